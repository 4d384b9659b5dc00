/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { compileHints } from './scripts/compile-hints.ts';
import { liveData } from './scripts/live-data.ts';

// Only the page's own origin may serve scripts, styles, images and data. Dev mode
// needs an inline preamble for fast refresh, so the policy is added to built pages only.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    compileHints(),
    liveData(),
    {
      name: 'content-security-policy',
      apply: 'build',
      transformIndexHtml: (html) =>
        html.replace(
          '<head>',
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
        ),
    },
  ],
  // Every browser this page supports preloads modules itself; the polyfill would be dead weight.
  build: { modulePreload: { polyfill: false } },
  preview: { headers: { 'Content-Security-Policy': contentSecurityPolicy } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/pipeline/**/*.test.ts', 'src/pipeline/**/*.test.ts', 'src/schema/**/*.test.ts', 'src/lib/**/*.test.ts', 'tests/repo/**/*.test.ts', 'bench/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['tests/setup-dom.ts'],
          include: ['src/app/**/*.test.tsx', 'src/features/**/*.test.tsx', 'src/components/**/*.test.tsx', 'tests/app/**/*.test.tsx'],
        },
      },
    ],
  },
});
