// Builds the stack floor on its own: no Tailwind, no app views; `publicDir` is set by the bench
// so the page loads the same data as the dashboard it is compared with.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compileHints } from '../../scripts/compile-hints.ts';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), compileHints()],
  logLevel: 'warn',
  build: { outDir: '../out/dist-stack', emptyOutDir: true, manifest: true },
});
