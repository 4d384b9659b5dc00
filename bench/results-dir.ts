// Where a bench run leaves its figures: bench/results/, ignored by git. Each run writes
// results.json and report.md there (the latest run), and a copy of both named by its start time.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchResults } from './goals.ts';
import { renderReport } from './report-markdown.ts';

export const RESULTS_DIR = path.resolve(import.meta.dirname, 'results');

export function resultPaths(dir: string, stamp?: string) {
  const base = stamp ? `run-${stamp}` : null;
  return {
    json: path.join(dir, base ? `${base}.json` : 'results.json'),
    report: path.join(dir, base ? `${base}.md` : 'report.md'),
  };
}

/** Writes the run's figures and report; returns the paths of the latest ones. */
export async function saveResults(results: BenchResults, dir = RESULTS_DIR): Promise<{ json: string; report: string }> {
  await mkdir(dir, { recursive: true });
  const json = JSON.stringify(results, null, 2) + '\n';
  const report = renderReport(results);
  const stamp = results.startedAt.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  for (const paths of [resultPaths(dir), resultPaths(dir, stamp)]) {
    await writeFile(paths.json, json);
    await writeFile(paths.report, report);
  }
  return resultPaths(dir);
}
