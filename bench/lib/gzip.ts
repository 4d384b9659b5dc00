// Sizes as a browser would download them: gzip at zlib's default level 6, which is
// what typical static hosts use (level 9 would flatter the numbers by a few percent).
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

export const GZIP_LEVEL = 6;

export const gzipSize = (content: Buffer | string): number => gzipSync(content, { level: GZIP_LEVEL }).length;

export async function gzipSizeOfFiles(files: readonly string[]): Promise<number> {
  let total = 0;
  for (const file of files) total += gzipSize(await readFile(file));
  return total;
}
