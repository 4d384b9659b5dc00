// What the build hands the browser, beyond what a page shows.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { COMPILE_HINT } from '../../scripts/compile-hints.ts';

const ASSETS = join(inject('distDir'), 'assets');

describe('built scripts', () => {
  it('each starts with the compile hint, so Chromium compiles it off the main thread', () => {
    const scripts = readdirSync(ASSETS).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(1);
    for (const name of scripts) expect(readFileSync(join(ASSETS, name), 'utf8').split('\n', 1)[0], name).toBe(COMPILE_HINT);
  });
});

describe('static files', () => {
  it('the favicon, link preview and robots.txt from public/ are served beside the page', () => {
    const dist = inject('distDir');
    for (const name of ['favicon.svg', 'social-preview.png', 'robots.txt']) {
      expect(readFileSync(join(dist, name)).length, name).toBeGreaterThan(0);
    }
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('href="/favicon.svg"');
  });
});
