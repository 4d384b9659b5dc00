// Serves the built app with `vite preview` (so pages carry the same Content-Security-Policy
// header as production previews) and starts one Chromium server that every test file connects to.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/find-chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    wsEndpoint: string;
    /** The snapshot of dist/ being served. */
    distDir: string;
  }
}


async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

export default async function setup(project: TestProject) {
  const root = resolve(project.config.root);
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` before the end-to-end suite.');
  }
  // Serve a snapshot: a rebuild of dist/ while the suite runs must not swap files under it.
  const distDir = mkdtempSync(join(tmpdir(), 'peace-talks-e2e-'));
  cpSync(resolve(root, 'dist'), distDir, { recursive: true });
  const port = await freePort();
  const server = await preview({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const executablePath = findChromium();
  const browserServer = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, headless: true });

  project.provide('baseURL', `http://127.0.0.1:${port}/`);
  project.provide('wsEndpoint', browserServer.wsEndpoint());
  project.provide('distDir', distDir);

  return async () => {
    await browserServer.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
    rmSync(distDir, { recursive: true, force: true });
  };
}
