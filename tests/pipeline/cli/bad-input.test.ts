import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli, snapshot, tempDir, writePreviousOutput } from './run-cli.ts';

const CASES_DIR = path.join(REPO, 'tests', 'pipeline', 'fixtures', 'bad');
const cases = readdirSync(CASES_DIR).sort();
const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the CLI on bad input', { timeout: 60_000 }, () => {
  it('has a case for every kind of bad input', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'empty-file', 'binary-file', 'non-utf8', 'manifest-not-json', 'missing-field', 'file-missing',
        'listed-twice', 'impossible-date', 'malformed-date', 'curated-quote-not-found', 'unknown-language', 'utf16-bom', 'utf16-no-bom',
      ]),
    );
  });

  it.each(cases)('%s: names the problem, exits 1 and leaves the previous bundle as it was', async (name) => {
    const expected = readFileSync(path.join(CASES_DIR, name, 'expected-error.txt'), 'utf8').trim();
    const work = tempDir(name);
    scratch.push(work);
    const outDir = path.join(work, 'out');
    const outFile = path.join(outDir, 'bundle.json');
    writePreviousOutput(outFile);
    const before = snapshot(outDir);

    const result = await runCli(path.join(CASES_DIR, name), outFile);

    expect(result.stderr).toContain(expected);
    expect(result.code).toBe(1);
    expect(snapshot(outDir)).toEqual(before);
  });

  it('reports every problem in one run, one line each', async () => {
    const work = tempDir('several');
    scratch.push(work);
    cpSync(path.join(CASES_DIR, 'file-missing'), path.join(work, 'in'), { recursive: true });
    const manifestPath = path.join(work, 'in', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.articles[0].publishedAt = '2025-13-01';
    await import('node:fs').then((fs) => fs.writeFileSync(manifestPath, JSON.stringify(manifest)));

    const result = await runCli(path.join(work, 'in'), path.join(work, 'out', 'bundle.json'));

    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n');
    expect(lines.filter((line) => line.startsWith('manifest.json: articles[0] (a.txt).publishedAt: impossible date "2025-13-01"'))).toHaveLength(1);
    expect(lines).toContain('b.txt: file listed in manifest.json (articles[1]) but missing');
    expect(lines).toContain('2 input problem(s); nothing was written.');
  });
});
