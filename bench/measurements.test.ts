import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composeChunks, ownerOf, type BuildSizes } from './bundle-bench.ts';
import { readBuiltAssets } from './lib/vite-manifest.ts';
import { median, percentile } from './lib/stats.ts';
import { ratioRange } from './pipeline-bench.ts';

const scratch = await mkdtemp(path.join(os.tmpdir(), 'bench-measure-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe(percentile, () => {
  it.each([
    { values: [5, 1, 4, 2, 3], fraction: 0.5, expected: 3 },
    { values: Array.from({ length: 30 }, (_, i) => i + 1), fraction: 0.9, expected: 27 },
    { values: [10], fraction: 0.9, expected: 10 },
  ])('takes the nearest measured rank: p$fraction of $values.length values is $expected', ({ values, fraction, expected }) => {
    expect(percentile(values, fraction)).toBe(expected);
  });
});

describe(median, () => {
  it('averages the middle pair of an even count and ignores order', () => {
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(median([])).toBeNaN();
  });
});

describe(ratioRange, () => {
  it('gives the lowest and highest ratio of the pairs, and nothing when a CPU time is missing', () => {
    expect(ratioRange([[2000, 200], [2300, 200], [1900, 200]])).toEqual([9.5, 11.5]);
    expect(ratioRange([[2000, 200], [null, 200]])).toBeNull();
    expect(ratioRange([])).toBeNull();
  });
});

describe(readBuiltAssets, () => {
  it('counts the entry and its static imports as first view, and lazy chunks only in all JS', async () => {
    const dist = path.join(scratch, 'dist');
    await mkdir(path.join(dist, '.vite'), { recursive: true });
    await mkdir(path.join(dist, 'assets'), { recursive: true });
    for (const file of ['index.js', 'vendor.js', 'charts.js', 'charts-vendor.js']) await writeFile(path.join(dist, 'assets', file), '0');
    await writeFile(
      path.join(dist, '.vite/manifest.json'),
      JSON.stringify({
        'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_vendor'], dynamicImports: ['src/Charts.tsx'], css: ['assets/index.css'] },
        _vendor: { file: 'assets/vendor.js' },
        'src/Charts.tsx': { file: 'assets/charts.js', isDynamicEntry: true, imports: ['_charts-vendor', '_vendor'] },
        '_charts-vendor': { file: 'assets/charts-vendor.js' },
      }),
    );
    const assets = await readBuiltAssets(dist);
    expect(assets.firstViewJs.sort()).toEqual(['assets/index.js', 'assets/vendor.js']);
    expect(assets.firstViewCss).toEqual(['assets/index.css']);
    expect(assets.allJs.sort()).toEqual(['assets/charts-vendor.js', 'assets/charts.js', 'assets/index.js', 'assets/vendor.js']);
  });
});

describe(composeChunks, () => {
  const oneChunk = (file: string, gzipBytes: number): BuildSizes => ({
    firstViewJsBytes: 0,
    firstViewCssBytes: 0,
    allJsBytes: gzipBytes,
    chunks: [{ file, gzipBytes, firstView: false }],
  });

  it("shares out a chunk's gzip size by owner, leaving out owners under 0.5 KB", () => {
    const sizes = oneChunk('assets/a.js', 10_000);
    const modules = { 'assets/a.js': { 'node_modules/recharts/lib/a.js': 6000, 'node_modules/recharts/lib/b.js': 2000, 'src/lib/x.ts': 1800, 'src/app/y.ts': 200 } };
    expect(composeChunks(sizes, modules, false)[0]!.owners).toEqual({ recharts: 8000, 'src/lib': 1800 });
  });

  it('still names the largest owner of a chunk whose every owner is under 0.5 KB', () => {
    const sizes = oneChunk('assets/small.js', 493);
    const modules = { 'assets/small.js': { 'src/lib/wrap-text.ts': 300, 'src/components/charts/palette.ts': 100 } };
    expect(composeChunks(sizes, modules, false)[0]!.owners).toEqual({ 'src/lib': 370 });
  });
});

describe(ownerOf, () => {
  it.each([
    ['node_modules/react-dom/cjs/react-dom-client.production.js', 'react-dom'],
    ['node_modules/@tanstack/query-core/build/modern/query.js', '@tanstack/query-core'],
    ['node_modules/.pnpm/zod@4/node_modules/zod/v4/core/schemas.js', 'zod'],
    ['src/features/claims/ClaimsView.tsx', 'src/features/claims'],
  ])('attributes %s to %s', (moduleId, owner) => {
    expect(ownerOf(moduleId)).toBe(owner);
  });
});
