// Re-renders a run's report from its figures without measuring again.
// Usage: tsx bench/render-doc.ts   (reads bench/results/results.json, writes bench/results/report.md)
import { readFile, writeFile } from 'node:fs/promises';
import type { BenchResults } from './goals.ts';
import { renderReport } from './report-markdown.ts';
import { RESULTS_DIR, resultPaths } from './results-dir.ts';

const paths = resultPaths(RESULTS_DIR);
const results = JSON.parse(await readFile(paths.json, 'utf8')) as BenchResults;
await writeFile(paths.report, renderReport(results));
console.log(`wrote ${paths.report}`);
