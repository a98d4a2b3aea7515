/*
 * What jsPDF alone takes to write the text of Termboard's PDF, for `npm run bench`: the pages of a
 * generated plan are laid out by the app's own layout (not timed), then a document gets only their
 * text runs, in one font, with no boxes, lines or colours, and is output as a file. Termboard's
 * warm export cannot be faster than this; the bench reports it next to `pdfWarm`.
 */
import { generatedPlan } from '../../../src/domain/generated-plan';
import { defaultPrintOptions } from '../../../src/domain/print-options';
import { createDocument, measureWith } from '../../../src/io/pdf/draw-pdf';
import { loadFonts } from '../../../src/io/pdf/export-pdf';
import { layoutPlanPdf } from '../../../src/io/pdf/layout';
import { pageSize } from '../../../src/io/pdf/pdf-page';

// The first writes run while V8 is still compiling and optimising jsPDF. A floor should be the
// least jsPDF can take, so it is measured well past them (the app's warm export is its second).
const WARM_UPS = 3;

async function pdfTextFloor(size: number, runs: number): Promise<number[]> {
  const fonts = await loadFonts();
  const options = { ...defaultPrintOptions(), exportedAt: new Date('2026-11-24T10:00:00Z') };
  const page = pageSize(options);
  const pages = layoutPlanPdf(
    generatedPlan(size, 1),
    options,
    measureWith(createDocument(page, fonts)),
  );
  const times: number[] = [];
  for (let run = 0; run < WARM_UPS + runs; run++) {
    const doc = createDocument(page, fonts);
    const start = performance.now();
    pages.forEach((p, i) => {
      if (i > 0) doc.addPage([p.width, p.height], p.width > p.height ? 'l' : 'p');
      for (const item of p.items) {
        if (item.kind === 'text') doc.text(item.text, item.x, item.y, { baseline: 'top' });
      }
    });
    doc.output('blob');
    if (run >= WARM_UPS) times.push(performance.now() - start);
  }
  return times;
}

declare global {
  interface Window {
    pdfTextFloor: typeof pdfTextFloor;
  }
}
window.pdfTextFloor = pdfTextFloor;
