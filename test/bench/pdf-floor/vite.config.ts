import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { pdfFontSubset } from '../../../vite.config';

// Built on its own, never into the app's dist/, with the app's cut-down PDF font.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [pdfFontSubset()],
  build: {
    outDir: fileURLToPath(new URL('../../../dist-bench/pdf-floor', import.meta.url)),
    emptyOutDir: true,
  },
});
