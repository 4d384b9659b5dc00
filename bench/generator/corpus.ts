// Writes a synthetic corpus in the same layout as seeds/: one .txt per article and a manifest.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateArticle, type ManifestEntry } from './article.ts';

export interface CorpusSummary {
  dir: string;
  articles: number;
  bytes: number;
}

export async function writeCorpus(count: number, outDir: string, seed = 1): Promise<CorpusSummary> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const entries: ManifestEntry[] = [];
  let bytes = 0;
  // Written in batches: 10,000 files at once would exhaust file handles, one by one is slow.
  const BATCH = 200;
  for (let start = 0; start < count; start += BATCH) {
    const batch = [];
    for (let index = start; index < Math.min(count, start + BATCH); index++) {
      const { entry, text } = generateArticle(seed, index);
      entries.push(entry);
      bytes += Buffer.byteLength(text);
      batch.push(writeFile(path.join(outDir, entry.file), text));
    }
    await Promise.all(batch);
  }
  await writeFile(path.join(outDir, 'manifest.json'), JSON.stringify({ articles: entries }, null, 2) + '\n');
  return { dir: outDir, articles: count, bytes };
}
