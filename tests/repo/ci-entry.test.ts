// CI and the README both rely on `npm test` and `.ci/run`; these checks keep the wiring intact.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

describe('test entry points', () => {
  it('npm test runs the staged test script', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.test).toBe('node scripts/test.mjs');
  });

  it('.ci/run is an executable bash script that installs cleanly and runs npm test', () => {
    const path = join(ROOT, '.ci/run');
    expect(statSync(path).mode & 0o111).not.toBe(0);
    const lines = readFileSync(path, 'utf8').split('\n').map((line) => line.trim());
    expect(lines[0]).toBe('#!/usr/bin/env bash');
    expect(lines).toContain('set -euo pipefail');
    expect(lines.indexOf('npm ci')).toBeGreaterThan(-1);
    expect(lines.indexOf('npm test')).toBeGreaterThan(lines.indexOf('npm ci'));
  });

  it('keeps the end-to-end suite out of the unit projects', async () => {
    const { default: config } = await import('../../vite.config.ts');
    const includes = JSON.stringify((config as { test?: unknown }).test ?? {});
    expect(includes).not.toContain('e2e');
  });
});
