// Download sizes (gzip level 6) of a built dashboard: the JS its first view needs, all of
// its JS, and the data its first view loads, with a breakdown of where the data's bytes go.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSize, gzipSizeOfFiles } from './lib/gzip.ts';
import { readBuiltAssets } from './lib/vite-manifest.ts';
import { COLLECTIONS } from '../src/schema/bundle.ts';

export interface ChunkSize {
  file: string;
  gzipBytes: number;
}

export interface BuildSizes {
  firstViewJsBytes: number;
  firstViewCssBytes: number;
  allJsBytes: number;
  /** Every JS chunk, largest first, marked when the first view needs it. */
  chunks: (ChunkSize & { firstView: boolean })[];
}

export async function measureBuild(distDir: string): Promise<BuildSizes> {
  const assets = await readBuiltAssets(distDir);
  const inDist = (files: string[]) => files.map((file) => path.join(distDir, file));
  const chunks = await Promise.all(
    assets.allJs.map(async (file) => ({
      file,
      gzipBytes: await gzipSizeOfFiles(inDist([file])),
      firstView: assets.firstViewJs.includes(file),
    })),
  );
  return {
    firstViewJsBytes: await gzipSizeOfFiles(inDist(assets.firstViewJs)),
    firstViewCssBytes: await gzipSizeOfFiles(inDist(assets.firstViewCss)),
    allJsBytes: await gzipSizeOfFiles(inDist(assets.allJs)),
    chunks: chunks.sort((a, b) => b.gzipBytes - a.gzipBytes),
  };
}

export interface IndexSizes {
  /** `index.json`, which every view loads. */
  rawBytes: number;
  gzipBytes: number;
  /** Gzip bytes of each top-level field of `index.json` on its own (they do not add up exactly: gzip shares context). */
  byField: Record<string, number>;
  /** Gzip and raw bytes of each collection file (`events`, `positions`, `claims`), loaded by the view that draws it. */
  collections: Record<string, { rawBytes: number; gzipBytes: number }>;
  /** Gzip bytes saved if every evidence `quote` in the collections were empty: how much the quotes cost. */
  evidenceQuoteBytes: number;
  articles: number;
}

const withoutQuotes = (_key: string, value: unknown) =>
  value && typeof value === 'object' && 'quote' in value && 'start' in value ? { ...value, quote: '' } : value;

/** Sizes of `<dist>/data/bundle/`: the index every view fetches and each view's collection. */
export async function measureIndex(distDir: string): Promise<IndexSizes> {
  const read = (name: string) => readFile(path.join(distDir, 'data/bundle', `${name}.json`), 'utf8');
  const raw = await read('index');
  const index = JSON.parse(raw) as Record<string, unknown>;
  const byField: Record<string, number> = {};
  for (const [key, value] of Object.entries(index)) byField[key] = gzipSize(JSON.stringify(value));
  const collections: IndexSizes['collections'] = {};
  let evidenceQuoteBytes = 0;
  for (const name of COLLECTIONS) {
    const text = await read(name);
    const gzipBytes = gzipSize(text);
    collections[name] = { rawBytes: Buffer.byteLength(text), gzipBytes };
    evidenceQuoteBytes += gzipBytes - gzipSize(JSON.stringify(JSON.parse(text), withoutQuotes));
  }
  return {
    rawBytes: Buffer.byteLength(raw),
    gzipBytes: gzipSize(raw),
    byField,
    collections,
    evidenceQuoteBytes,
    articles: Array.isArray(index.articles) ? index.articles.length : 0,
  };
}

/** "react-dom", "zod", "src/features/timeline" …: the unit a fix would target. */
export function ownerOf(moduleId: string): string {
  // The last node_modules/ wins: a nested dependency belongs to itself, not to the package that nests it.
  const packageMatch = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(moduleId);
  if (packageMatch) return packageMatch[1]!;
  const parts = moduleId.replace(/^\0/, '').split('/');
  return parts[0] === 'src' ? parts.slice(0, Math.min(3, parts.length - 1)).join('/') || moduleId : parts[0] ?? moduleId;
}

export interface ChunkComposition {
  file: string;
  gzipBytes: number;
  /** Package or source folder → estimated gzip bytes (its share of the chunk's code, applied to the chunk's gzip size). */
  owners: Record<string, number>;
}

export function composeChunks(sizes: BuildSizes, moduleSizes: Record<string, Record<string, number>>, onlyFirstView: boolean): ChunkComposition[] {
  return sizes.chunks
    .filter((chunk) => !onlyFirstView || chunk.firstView)
    .map((chunk) => {
      const modules = moduleSizes[chunk.file] ?? {};
      const total = Object.values(modules).reduce((sum, bytes) => sum + bytes, 0) || 1;
      const owners: Record<string, number> = {};
      for (const [id, bytes] of Object.entries(modules)) owners[ownerOf(id)] = (owners[ownerOf(id)] ?? 0) + bytes;
      const estimated = Object.entries(owners)
        .map(([owner, bytes]) => [owner, Math.round((bytes / total) * chunk.gzipBytes)] as const)
        .sort((a, b) => b[1] - a[1])
        // Small owners are left out, but a small chunk still names its largest.
        .filter(([, bytes], rank) => rank === 0 || bytes >= 500);
      return { file: chunk.file, gzipBytes: chunk.gzipBytes, owners: Object.fromEntries(estimated) };
    });
}
