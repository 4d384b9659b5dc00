// Diagnosis, not a goal: which code the main thread runs during a cold load of a view.
// Usage: tsx bench/profile-load.ts --public bench/out/public-1000 --view claims
// Builds the dashboard with source maps into bench/out/dist-profile, then profiles one load.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { launchChromium } from './lib/chromium.ts';
import { attributeSelfTime, startProfiling, stopProfiling } from './lib/cpu-profile.ts';
import { openAndMeasure } from './lib/page-load.ts';
import { serveDirectory } from './lib/static-server.ts';

export async function buildWithSourceMaps(root: string, publicDir: string, outDir: string) {
  await rm(outDir, { recursive: true, force: true });
  await build({ configFile: path.join(root, 'vite.config.ts'), root, publicDir, logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: true } });
}

export async function profileView(distDir: string, view: string, top = 15) {
  const server = await serveDirectory(distDir);
  const browser = await launchChromium();
  try {
    const opened = await openAndMeasure(browser, server, `/?view=${view}`, view, 1, startProfiling);
    const selfTimes = await attributeSelfTime(await stopProfiling(opened.cdp), distDir, server.origin);
    await opened.context.close();
    return { view, taskMs: Math.round(opened.load.taskMs), top: selfTimes.slice(0, top) };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { public: { type: 'string' }, view: { type: 'string', multiple: true }, 'no-build': { type: 'boolean' } } });
  const root = path.resolve(import.meta.dirname, '..');
  // Its own folder, so a diagnosis run beside a full bench does not pull the bench's build from under it.
  const distDir = path.join(root, 'bench/out/dist-profile-cli');
  if (!values['no-build']) await buildWithSourceMaps(root, path.resolve(values.public ?? path.join(root, 'public')), distDir);
  for (const view of values.view ?? ['timeline']) {
    const result = await profileView(distDir, view);
    console.log(`\n${view}: main thread ${result.taskMs} ms; self time by source:`);
    for (const { where, ms } of result.top) console.log(`  ${String(ms).padStart(6)} ms  ${where}`);
  }
}
