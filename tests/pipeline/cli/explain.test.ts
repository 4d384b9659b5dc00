// `npm run data -- --explain ITEM_ID` through the real command: the item, the sentence its
// evidence sits in, and the rules that made it; nothing is written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../../src/schema/bundle.ts';
import { REPO, runCli, tempDir } from './run-cli.ts';

const ARTICLE = [
  'Delegations met in Istanbul on Monday.',
  'Ukraine\'s General Staff said Russia had lost 40 tanks over the past week, a figure that could not be verified.',
  'Ukraine is ready to keep talking, its negotiator told reporters.',
].join(' ');

const work = tempDir('explain');
const inDir = path.join(work, 'in');
let bundle: Bundle;

function explain(id: string, outFile = path.join(work, 'explain-out', 'bundle.json')) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(REPO, 'src', 'pipeline', 'cli.ts'), '--in', inDir, '--out', outFile, '--explain', id],
    { cwd: REPO, encoding: 'utf8' },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  mkdirSync(inDir, { recursive: true });
  writeFileSync(path.join(inDir, 'a.txt'), ARTICLE);
  const entry = { file: 'a.txt', title: 'Talks', outlet: 'Test Wire', url: null, publishedAt: '2025-06-03', language: 'en', dateNote: '' };
  writeFileSync(path.join(inDir, 'manifest.json'), JSON.stringify({ articles: [entry] }));
  const added = {
    action: 'add', kind: 'position',
    cite: { article: 'a', quote: 'Ukraine is ready to keep talking' },
    item: { actor: 'ukraine', topic: 'direct-talks', stance: 'for', summary: 'Ukraine: ready to keep talking', date: '2025-06-03' },
  };
  writeFileSync(path.join(inDir, 'annotations.json'), JSON.stringify({ entries: [added] }));
  const outFile = path.join(work, 'out', 'bundle.json');
  expect((await runCli(inDir, outFile)).code).toBe(0);
  bundle = JSON.parse(readFileSync(outFile, 'utf8'));
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run data -- --explain', { timeout: 60_000 }, () => {
  it('prints an extracted claim, the whole sentence its evidence sits in, and its rule trace', () => {
    const claim = bundle.claims.find((item) => item.value === 40)!;
    const { code, stdout } = explain(claim.id);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe(`claim ${claim.id}`);
    expect(lines).toContain('  value: 40');
    expect(stdout).toContain(`  a [${claim.evidence[0]!.start}, ${claim.evidence[0]!.end}): "${claim.evidence[0]!.quote}"`);
    expect(stdout).toMatch(/(in the sentence: "Ukraine's General Staff said Russia had lost 40 tanks over the past week, a figure that could not be verified\."|: "Ukraine's General Staff said Russia had lost 40 tanks over the past week, a figure that could not be verified\.")/);
    expect(lines.at(-1)).toMatch(/^rules: (no rule trace recorded|[\w/+-]+( → [\w/+-]+)*)$/);
  });

  it('names the annotation rule for an item a person added, with the sentence around its quote', () => {
    const position = bundle.positions.find((item) => item.origin === 'curated')!;
    const { stdout } = explain(position.id);
    expect(stdout).toContain('  a [');
    expect(stdout).toContain('): "Ukraine is ready to keep talking"\n    in the sentence: "Ukraine is ready to keep talking, its negotiator told reporters."');
    expect(stdout.trim().split('\n').at(-1)).toBe('rules: annotations/add');
  });

  it('writes nothing', () => {
    const outFile = path.join(work, 'not-written', 'bundle.json');
    explain(bundle.claims[0]!.id, outFile);
    expect(existsSync(path.dirname(outFile))).toBe(false);
  });

  it('says so, and exits 1, for an id the bundle does not hold', () => {
    const { code, stderr } = explain('claim-nothing');
    expect(stderr).toContain(`no item with id "claim-nothing" in the bundle built from ${inDir}`);
    expect(code).toBe(1);
  });
});
