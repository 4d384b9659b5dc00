import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ArticleMeta, Bundle, IndexFile } from '../src/schema/bundle.ts';
import { generateArticle } from './generator/article.ts';
import { writeCorpus } from './generator/corpus.ts';

const root = path.resolve(import.meta.dirname, '..');
const scratch = await mkdtemp(path.join(os.tmpdir(), 'corpus-test-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe(generateArticle, () => {
  it('gives the same article for the same seed and index, and a different one otherwise', () => {
    expect(generateArticle(1, 42)).toEqual(generateArticle(1, 42));
    expect(generateArticle(2, 42).text).not.toBe(generateArticle(1, 42).text);
    expect(generateArticle(1, 43).text).not.toBe(generateArticle(1, 42).text);
  });

  it('writes articles of 2 to 8 KB with manifest entries the pipeline accepts', () => {
    for (let index = 0; index < 300; index++) {
      const { entry, text } = generateArticle(7, index);
      const bytes = Buffer.byteLength(text);
      expect(bytes).toBeGreaterThanOrEqual(2_000);
      expect(bytes).toBeLessThanOrEqual(8_000);
      expect(z.omit(ArticleMeta, { id: true }).parse(entry)).toEqual(entry);
      expect(entry.publishedAt >= '2022-02-24' && entry.publishedAt <= '2025-12-31').toBe(true);
    }
  });

  it('varies spellings, venues and page furniture across a corpus', () => {
    const texts = Array.from({ length: 300 }, (_, index) => generateArticle(3, index).text).join('\n');
    for (const expected of ['Zelenskyy', 'Zelenskiy', 'Erdoğan', 'Kiev', 'Istanbul', 'Antalya', 'Riyadh', 'Geneva', 'Minsk', 'READ MORE:', 'DON’T MISS', 'Latest News', 'not been independently verified', 'He said: “']) {
      expect(texts).toContain(expected);
    }
  });
});

describe(writeCorpus, () => {
  it('writes identical files for the same seed', async () => {
    const first = await writeCorpus(25, path.join(scratch, 'a'), 5);
    const second = await writeCorpus(25, path.join(scratch, 'b'), 5);
    const files = (await readdir(first.dir)).sort();
    expect(files).toHaveLength(26);
    expect((await readdir(second.dir)).sort()).toEqual(files);
    for (const file of files) {
      expect(await readFile(path.join(second.dir, file), 'utf8')).toBe(await readFile(path.join(first.dir, file), 'utf8'));
    }
  });

  it('rewrites only what differs when the folder already holds a corpus, and removes the rest', async () => {
    const dir = path.join(scratch, 'again');
    await writeCorpus(30, dir, 5);
    const [kept, changed] = (await readdir(dir)).filter((file) => file.endsWith('.txt')).sort();
    // An old timestamp shows whether the file was written again.
    const longAgo = new Date('2001-01-01T00:00:00Z');
    await utimes(path.join(dir, kept!), longAgo, longAgo);
    await writeFile(path.join(dir, changed!), 'edited by hand');
    await writeFile(path.join(dir, 'stray.txt'), 'from another corpus');

    await writeCorpus(25, dir, 5);
    const fresh = await writeCorpus(25, path.join(scratch, 'fresh'), 5);
    expect((await readdir(dir)).sort()).toEqual((await readdir(fresh.dir)).sort());
    for (const file of await readdir(dir)) {
      expect(await readFile(path.join(dir, file), 'utf8')).toBe(await readFile(path.join(fresh.dir, file), 'utf8'));
    }
    expect((await stat(path.join(dir, kept!))).mtime).toEqual(longAgo);
  });
});

const cli = path.join(root, 'src/pipeline/cli.ts');

describe.skipIf(!existsSync(cli))('the pipeline on a synthetic corpus', () => {
  it('builds a valid bundle whose evidence quotes match the article text', { timeout: 120_000 }, async () => {
    const corpus = await writeCorpus(40, path.join(scratch, 'pipeline-in'), 11);
    const outFile = path.join(scratch, 'pipeline-out', 'bundle.json');
    await promisify(execFile)(process.execPath, ['--import', 'tsx', cli, '--in', corpus.dir, '--out', outFile], { cwd: root });

    const bundle = Bundle.parse(JSON.parse(await readFile(outFile, 'utf8')));
    expect(bundle.articles).toHaveLength(40);
    const texts = new Map(bundle.articles.map((article) => [article.id, article.text]));
    const items = [...bundle.events, ...bundle.positions, ...bundle.claims, ...bundle.quotes, ...bundle.mentions];
    expect(items.length).toBeGreaterThan(0);
    for (const evidence of items.flatMap((item) => item.evidence)) {
      expect(texts.get(evidence.articleId)?.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
    const index = IndexFile.parse(JSON.parse(await readFile(path.join(scratch, 'pipeline-out', 'bundle', 'index.json'), 'utf8')));
    expect(index.articles.map((article) => article.id).sort()).toEqual([...texts.keys()].sort());
  });
});
