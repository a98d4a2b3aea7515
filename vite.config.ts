/// <reference types="vitest/config" />
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import subsetFont from 'subset-font';
import { pdfFontText } from './src/io/pdf/font-coverage.ts';

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

/**
 * The PDF's font file cut down to the characters in `font-coverage.ts`, without hinting or
 * OpenType layout, neither of which jsPDF uses. Also what the unit tests export with.
 */
export async function subsetPdfFont(file: string): Promise<Uint8Array> {
  return subsetFont(await readFile(file), pdfFontText(), {
    targetFormat: 'sfnt',
    noHinting: true,
    noLayoutClosure: true,
    keepFeatures: [],
    dropTables: ['GSUB', 'GPOS', 'GDEF'],
  });
}

const PDF_FONT_IMPORT = /\.ttf\?pdf-subset$/;

/**
 * `import url from 'font.ttf?pdf-subset'` gives the URL of the cut-down font: a file of its own
 * in the build, a data URL on the dev server.
 */
export function pdfFontSubset(): Plugin {
  let isBuild = false;
  return {
    name: 'termboard-pdf-font-subset',
    enforce: 'pre',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    async load(id) {
      if (!PDF_FONT_IMPORT.test(id)) return null;
      const file = id.replace(/\?.*$/, '');
      const font = await subsetPdfFont(file);
      if (!isBuild) {
        return `export default ${JSON.stringify(`data:font/ttf;base64,${Buffer.from(font).toString('base64')}`)};`;
      }
      const ref = this.emitFile({ type: 'asset', name: basename(file), source: font });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy, pdfFontSubset()],
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
