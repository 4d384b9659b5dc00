// Builds the blank page on its own: no Tailwind, no app code; the same bundler, React plugin
// and compile hints as the dashboard.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compileHints } from '../../scripts/compile-hints.ts';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), compileHints()],
  logLevel: 'warn',
  build: { outDir: '../out/dist-blank', emptyOutDir: true, manifest: true },
});
