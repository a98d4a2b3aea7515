// The initial JS and CSS of the built app, gzipped, and whether an export library is among them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Text only each library's own code contains (a chunk that merely imports it lazily names its file).
const EXPORT_MARKERS = { jspdf: '%PDF-', html2canvas: 'html2canvas: ', exceljs: 'xl/workbook.xml' };

export function bundleFigures(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1],
  );
  // Static imports of the entry chunk load with it: follow them.
  const initial = new Set(files);
  for (const file of [...initial]) {
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;\s])import\s*(?:[\w{},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      initial.add(`assets/${m[1]}`);
    }
  }
  let js = 0;
  let css = 0;
  const libraries = new Set();
  for (const file of initial) {
    const content = readFileSync(join(dist, file));
    const size = gzipSync(content).length / 1024;
    if (file.endsWith('.css')) css += size;
    else js += size;
    const text = content.toString('utf8');
    for (const [lib, marker] of Object.entries(EXPORT_MARKERS))
      if (text.includes(marker)) libraries.add(lib);
  }
  return {
    initialFiles: [...initial],
    jsKB: js,
    cssKB: css,
    totalKB: js + css,
    exportLibrariesInInitial: [...libraries],
  };
}
