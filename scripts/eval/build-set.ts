// Builds a bundle from a labelled set (articles/, manifest.json, truth.json) in-process:
// the set's manifest is mapped to the project's input format the way the dev set's
// score.py prepares it, in a temporary folder, and read through the pipeline's own input
// checks, so a set that `npm run data` would refuse is refused here too.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Bundle } from '../../src/schema/bundle.ts';
import { buildWithReport } from '../../src/pipeline/build.ts';
import { readInput } from '../../src/pipeline/read-input.ts';

interface SetArticle {
  file: string;
  title: string;
  outlet: string;
  url?: string | null;
  publishedAt: string;
  publishedAtEvidence?: string;
}

/** Writes the project's manifest and copies the articles into `outDir`. */
export function prepareSet(setDir: string, outDir: string): void {
  const manifest = JSON.parse(readFileSync(path.join(setDir, 'manifest.json'), 'utf8')) as { articles: SetArticle[] };
  mkdirSync(outDir, { recursive: true });
  const articles = manifest.articles.map((entry) => {
    const name = path.basename(entry.file);
    copyFileSync(path.join(setDir, entry.file), path.join(outDir, name));
    return {
      file: name,
      title: entry.title,
      outlet: entry.outlet,
      url: entry.url ?? null,
      publishedAt: entry.publishedAt,
      language: 'en',
      // score.py keeps the first 300 characters (code points) of how the date was established.
      dateNote: [...(entry.publishedAtEvidence ?? '')].slice(0, 300).join(''),
    };
  });
  writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify({ articles }, null, 1)}\n`);
}

/** The bundle as `npm run data` would write it, read back as plain JSON. */
export function buildSet(setDir: string, workDir: string): Bundle {
  const inDir = path.join(workDir, 'in');
  prepareSet(setDir, inDir);
  const { bundle } = buildWithReport(readInput(inDir));
  return JSON.parse(JSON.stringify(bundle)) as Bundle;
}
