import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Bundle, IndexFile } from '../../../src/schema/bundle.ts';
import { REPO, runCli, tempDir } from './run-cli.ts';

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('several runs writing the same output at once', () => {
  it('all succeed and leave one complete bundle, with no temp files', { timeout: 120_000 }, async () => {
    const out = tempDir('concurrent');
    scratch.push(out);
    const outFile = path.join(out, 'bundle.json');
    const results = await Promise.all([1, 2, 3].map(() => runCli(path.join(REPO, 'seeds'), outFile)));
    expect(results.map((result) => [result.code, result.stderr.includes('Built')])).toEqual([
      [0, true],
      [0, true],
      [0, true],
    ]);
    expect(() => Bundle.parse(JSON.parse(readFileSync(outFile, 'utf8')))).not.toThrow();
    expect(() => IndexFile.parse(JSON.parse(readFileSync(path.join(out, 'bundle', 'index.json'), 'utf8')))).not.toThrow();
    expect(readdirSync(out).sort()).toEqual(['bundle', 'bundle.json']);
  });
});
