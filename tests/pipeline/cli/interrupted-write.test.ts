import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { finished, runCli, snapshot, startCli, tempDir, writePreviousOutput } from './run-cli.ts';

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * Many mid-sized articles, so writing the output takes long enough to interrupt. The
 * filler names nothing and dates nothing: the point is the bytes written, not the items.
 */
function bigCorpus(dir: string): void {
  const paragraph = `${'Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor '.repeat(30)}.\n`;
  const text = paragraph.repeat(300);
  mkdirSync(dir, { recursive: true });
  const articles = Array.from({ length: 30 }, (_, i) => {
    const file = `article-${String(i).padStart(2, '0')}.txt`;
    writeFileSync(path.join(dir, file), text);
    return { file, title: file, outlet: 'Test Wire', url: null, publishedAt: '2025-05-15', language: 'en', dateNote: '' };
  });
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ articles }));
}

describe('a run killed while writing', () => {
  it('leaves the previous bundle.json intact, and the next run cleans up', async () => {
    const work = tempDir('killed');
    scratch.push(work);
    bigCorpus(path.join(work, 'in'));
    const outDir = path.join(work, 'out');
    const outFile = path.join(outDir, 'bundle.json');
    writePreviousOutput(outFile);
    const previous = readFileSync(outFile);

    const child = startCli(path.join(work, 'in'), outFile);
    const done = finished(child);
    let killedDuringWrite = false;
    while (child.exitCode === null && child.signalCode === null) {
      if (readdirSync(outDir).some((name) => name.includes('.tmp-'))) {
        child.kill('SIGKILL');
        killedDuringWrite = true;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const result = await done;

    expect(killedDuringWrite).toBe(true);
    expect(result.signal).toBe('SIGKILL');
    expect(readFileSync(outFile).equals(previous)).toBe(true);
    const leftovers = readdirSync(outDir).filter((name) => name.startsWith('.'));
    expect(leftovers.length).toBeGreaterThan(0);
    // The split copy is still loadable: either the old one or a complete new one.
    const splitIndex = path.join(outDir, 'bundle', 'index.json');
    if (existsSync(splitIndex)) expect(() => JSON.parse(readFileSync(splitIndex, 'utf8'))).not.toThrow();

    const rerun = await runCli(path.join(work, 'in'), outFile);
    expect(rerun.code).toBe(0);
    expect(readdirSync(outDir).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(Object.keys(snapshot(outDir))).toContain(path.join('bundle', 'index.json'));
  }, 120_000);
});
