/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Issue #7: plan text is only ever text, and the built app allows nothing else to run — no
 * inline script, no plugins, no <base>. Build only: the dev server injects an inline script.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const contentSecurityPolicy: Plugin = {
  name: 'termboard-content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
};

/**
 * Issue #5: the initial JS is budgeted by its gzip size, file by file. Left alone, rolldown puts
 * every module the start-up code shares with a lazy dialog into its own small common chunk, and
 * each of those pays for its own gzip stream and import glue. `$initial` marks exactly what the
 * entry loads statically, so one group keeps the start-up code in a single file while anything
 * reached only through `import()` (jsPDF, the font, the dialogs, the spreadsheet readers, valibot,
 * papaparse) stays in its lazy chunks. One file gzips smaller than an app chunk plus a vendor chunk.
 */
const startUpInOneChunk = { groups: [{ name: 'index', tags: ['$initial' as const] }] };

export default defineConfig({
  plugins: [react(), contentSecurityPolicy],
  build: {
    sourcemap: true,
    // With start-up in one file there is nothing left for the polyfill to preload, and a lazy
    // chunk's imports still fall back to rel=preload where modulepreload is missing.
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: startUpInOneChunk } },
  },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/unit/node20-global-setup.ts'],
  },
});
