// Builds the blank page on its own: no Tailwind, no app code, same bundler and React plugin.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: '../out/dist-blank', emptyOutDir: true, manifest: true },
});
