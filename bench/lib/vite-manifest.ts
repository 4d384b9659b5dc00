// Which built files a page needs before it can render: the entry chunk and everything it
// imports statically. Chunks reached only through import() load later and are not counted.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export interface BuiltAssets {
  /** JS files (relative to dist) the first view needs. */
  firstViewJs: string[];
  firstViewCss: string[];
  allJs: string[];
}

export async function readBuiltAssets(distDir: string): Promise<BuiltAssets> {
  const manifest = JSON.parse(await readFile(path.join(distDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const firstView = new Set<string>();
  const visit = (key: string) => {
    if (firstView.has(key) || !manifest[key]) return;
    firstView.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

  const chunks = [...firstView].map((key) => manifest[key] as ManifestChunk);
  const isJs = (file: string) => file.endsWith('.js');
  // All JS is read from disk, not the manifest, so a chunk the manifest omits still counts.
  const files = await readdir(distDir, { recursive: true });
  return {
    firstViewJs: chunks.map((chunk) => chunk.file).filter(isJs),
    firstViewCss: [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))],
    allJs: files.filter((file) => isJs(file) && !file.startsWith('data')).map((file) => file.split(path.sep).join('/')),
  };
}
