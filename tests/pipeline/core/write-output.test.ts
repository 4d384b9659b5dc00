import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../../src/pipeline/build.ts';
import { removeLeftovers, splitDirFor, writeOutputs } from '../../../src/pipeline/write-output.ts';
import { Bundle } from '../../../src/schema/bundle.ts';

const bundle = buildBundle({
  articles: [
    {
      id: 'a', file: 'a.txt', title: 'A', outlet: 'Test Wire', url: null, publishedAt: '2025-05-15', language: 'en',
      dateNote: '', text: 'Turkish Foreign Minister Hakan Fidan opened the talks in Istanbul.',
    },
  ],
  annotations: null,
});
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function outDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ptt-write-'));
  dirs.push(dir);
  return dir;
}

describe(writeOutputs, () => {
  it('writes bundle.json and the split copy next to it', () => {
    const dir = outDir();
    const outFile = path.join(dir, 'nested', 'bundle.json');
    writeOutputs(outFile, bundle);
    expect(splitDirFor(outFile)).toBe(path.join(dir, 'nested', 'bundle'));
    expect(Bundle.parse(JSON.parse(readFileSync(outFile, 'utf8')))).toEqual(bundle);
    expect(readdirSync(path.join(dir, 'nested', 'bundle', 'articles'))).toEqual(['a.json']);
  });

  it('keeps an unchanged article payload from the previous run and rewrites one that differs', () => {
    const dir = outDir();
    const outFile = path.join(dir, 'bundle.json');
    const payload = path.join(dir, 'bundle', 'articles', 'a.json');
    writeOutputs(outFile, bundle);
    const written = readFileSync(payload, 'utf8');
    const firstInode = statSync(payload).ino;

    writeOutputs(outFile, bundle);
    expect(statSync(payload).ino).toBe(firstInode);
    expect(readFileSync(payload, 'utf8')).toBe(written);

    // Same length, other bytes: what a stale or hand-edited copy looks like.
    writeFileSync(payload, written.replace('Istanbul', 'Istanbux'));
    writeOutputs(outFile, bundle);
    expect(readFileSync(payload, 'utf8')).toBe(written);
    expect(readdirSync(dir).sort()).toEqual(['bundle', 'bundle.json']);
  });

  it('leaves an identical bundle.json in place and replaces one that differs', () => {
    const dir = outDir();
    const outFile = path.join(dir, 'bundle.json');
    writeOutputs(outFile, bundle);
    const first = statSync(outFile);

    writeOutputs(outFile, bundle);
    expect(statSync(outFile).ino).toBe(first.ino);
    expect(statSync(outFile).mtimeMs).toBe(first.mtimeMs);

    const retitled = { ...bundle, articles: bundle.articles.map((article) => ({ ...article, title: 'Retitled' })) };
    writeOutputs(outFile, retitled);
    expect(statSync(outFile).ino).not.toBe(first.ino);
    expect(Bundle.parse(JSON.parse(readFileSync(outFile, 'utf8')))).toEqual(retitled);
    expect(readdirSync(dir).sort()).toEqual(['bundle', 'bundle.json']);
  });

  it('removes what killed runs left behind but not what a running one is writing', () => {
    const dir = outDir();
    const deadPid = 2 ** 22 + 12345; // above Linux's default pid_max, so never a live process
    mkdirSync(path.join(dir, `.bundle.tmp-${deadPid}`));
    writeFileSync(path.join(dir, `.bundle.json.tmp-${deadPid}`), 'half a bundle');
    mkdirSync(path.join(dir, '.bundle.tmp-1')); // pid 1 is always running
    writeOutputs(path.join(dir, 'bundle.json'), bundle);
    expect(readdirSync(dir).sort()).toEqual(['.bundle.tmp-1', 'bundle', 'bundle.json']);
  });

  it('puts back a split copy a killed run had set aside before its new one was in place', () => {
    const dir = outDir();
    const deadPid = 2 ** 22 + 54321;
    mkdirSync(path.join(dir, `.bundle.old-${deadPid}`));
    writeFileSync(path.join(dir, `.bundle.old-${deadPid}`, 'index.json'), '{"previous":true}');
    removeLeftovers(dir, 'bundle');
    expect(readFileSync(path.join(dir, 'bundle', 'index.json'), 'utf8')).toBe('{"previous":true}');
    expect(readdirSync(dir)).toEqual(['bundle']);
  });
});
