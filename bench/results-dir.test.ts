// A bench run's figures are a run's, not the sources': they go to an ignored folder, and the
// tracked docs keep goals and method only.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchResults } from './goals.ts';
import { RESULTS_DIR, saveResults } from './results-dir.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const results: BenchResults = {
  startedAt: '2026-12-01T10:20:30.000Z',
  quick: true,
  machine: { cpus: 2, cpuModel: 'test cpu', node: 'v20', memoryGb: 4 },
  largeCorpus: 1000,
  errors: { lighthouse: 'no browser' },
  goals: [{ what: 'all JavaScript', goal: '≤ 200 KB gzip', measured: '150.0 KB', pass: true }],
  durationS: 12,
};

describe(saveResults, () => {
  it('writes the latest figures and report, and a copy named by the run, into the folder given', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-results-'));
    try {
      const saved = await saveResults(results, dir);
      expect((await readdir(dir)).sort()).toEqual(['report.md', 'results.json', 'run-20261201-102030.json', 'run-20261201-102030.md']);
      expect(JSON.parse(await readFile(saved.json, 'utf8'))).toEqual(results);
      const report = await readFile(saved.report, 'utf8');
      expect(report).toContain('Run of 2026-12-01 10:20 UTC (quick');
      expect(report).toContain('150.0 KB');
      expect(report).toContain('lighthouse: no browser');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('writes by default into bench/results/, which git ignores', () => {
    expect(path.relative(ROOT, RESULTS_DIR)).toBe(path.join('bench', 'results'));
    expect(readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('bench/results/');
  });
});

describe('tracked performance docs', () => {
  it('keep goals and method, and no run figures', () => {
    for (const file of ['docs/performance.md', 'README.md']) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      expect(text, file).not.toMatch(/<!-- figures:|Run of \d{4}-|latest figure|bench\/results\.json/);
    }
    expect(readFileSync(path.join(ROOT, 'docs/performance.md'), 'utf8')).toMatch(/## Goals[\s\S]*## How to run[\s\S]*## What is measured, and how/);
  });

  it('are not written by the bench', () => {
    for (const file of ['run.ts', 'render-doc.ts', 'report-markdown.ts', 'results-dir.ts']) {
      expect(readFileSync(path.join(ROOT, 'bench', file), 'utf8'), file).not.toMatch(/docs\/performance\.md|README/);
    }
  });
});
