// Writes a synthetic corpus in the same layout as seeds/: one .txt per article and a manifest.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateArticle, type ManifestEntry } from './article.ts';

export interface CorpusSummary {
  dir: string;
  articles: number;
  bytes: number;
}

export async function writeCorpus(count: number, outDir: string, seed = 1): Promise<CorpusSummary> {
  await mkdir(outDir, { recursive: true });
  const entries: ManifestEntry[] = [];
  const wanted = new Set(['manifest.json']);
  let bytes = 0;
  // Written in batches: 10,000 files at once would exhaust file handles, one by one is slow.
  const BATCH = 200;
  for (let start = 0; start < count; start += BATCH) {
    const batch = [];
    for (let index = start; index < Math.min(count, start + BATCH); index++) {
      const { entry, text } = generateArticle(seed, index);
      entries.push(entry);
      wanted.add(entry.file);
      bytes += Buffer.byteLength(text);
      batch.push(writeIfChanged(path.join(outDir, entry.file), text));
    }
    await Promise.all(batch);
  }
  // Anything else in the folder is from another corpus: a larger one, or another seed's.
  for (const name of await readdir(outDir)) {
    if (!wanted.has(name)) await rm(path.join(outDir, name), { recursive: true, force: true });
  }
  await writeIfChanged(path.join(outDir, 'manifest.json'), JSON.stringify({ articles: entries }, null, 2) + '\n');
  return { dir: outDir, articles: count, bytes };
}

/**
 * The bench regenerates its corpora on every run. Rewriting 10,000 unchanged files deleted and
 * created them just before the pipeline was measured, and a burst of deletions slows the file
 * creations that follow on ext4; a file that already holds the text is left alone.
 */
async function writeIfChanged(file: string, text: string): Promise<void> {
  const current = await readFile(file, 'utf8').catch(() => null);
  if (current !== text) await writeFile(file, text);
}
