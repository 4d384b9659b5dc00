// The floor the pipeline is compared with: read the manifest and every article, and run
// one plain regular expression over each text. Nothing a real pipeline could skip.
// Usage: node --import tsx bench/floor.ts DIR  → prints {"ms":…, "chars":…, "matches":…}
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: floor.ts DIR');

const started = performance.now();
const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { articles: { file: string }[] };
// Capitalised words and numbers: about the work a gazetteer plus a number scanner would do.
const TOKEN = /[A-Z][a-z]+|\d[\d,.]*/g;
let chars = 0;
let matches = 0;
for (const { file } of manifest.articles) {
  const text = await readFile(path.join(dir, file), 'utf8');
  chars += text.length;
  for (const _ of text.matchAll(TOKEN)) matches++;
}
console.log(JSON.stringify({ ms: performance.now() - started, chars, matches }));
