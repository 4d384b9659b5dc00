// The end-to-end suite runs on its own, after `npm run build`, against the built `dist/`
// served by `vite preview` and driven in headless Chromium. Kept out of the unit projects
// in vite.config.ts so `npx vitest run` stays fast and needs no browser.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // One browser, two cores: files run one after another so timings stay predictable.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
