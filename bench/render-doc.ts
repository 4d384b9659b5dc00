// Re-renders docs/performance.md's figures from bench/results.json without measuring again.
// Usage: tsx bench/render-doc.ts
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchResults } from './goals.ts';
import { writeFiguresInto } from './report-markdown.ts';

const root = path.resolve(import.meta.dirname, '..');
const results = JSON.parse(await readFile(path.join(root, 'bench/results.json'), 'utf8')) as BenchResults;
await writeFiguresInto(path.join(root, 'docs/performance.md'), results);
