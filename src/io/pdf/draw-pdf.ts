import { jsPDF } from 'jspdf';
import type { PdfItem, PdfPage } from './pdf-page';

export const FONT = 'NotoSans';

export interface PdfFonts {
  /** The TrueType files, base64-encoded, as jsPDF embeds them. */
  regular: string;
  bold: string;
}

/** A jsPDF document with the plan's Unicode font embedded, so Zoë and Nguyễn print as typed. */
export function createDocument(page: { width: number; height: number }, fonts: PdfFonts): jsPDF {
  const doc = new jsPDF({
    unit: 'mm',
    format: [page.width, page.height],
    orientation: page.width > page.height ? 'landscape' : 'portrait',
    compress: true,
  });
  doc.addFileToVFS(`${FONT}-Regular.ttf`, fonts.regular);
  doc.addFont(`${FONT}-Regular.ttf`, FONT, 'normal');
  doc.addFileToVFS(`${FONT}-Bold.ttf`, fonts.bold);
  doc.addFont(`${FONT}-Bold.ttf`, FONT, 'bold');
  doc.setFont(FONT, 'normal');
  return doc;
}

// Each character's advance in the embedded font, as a fraction of the font size; the same font
// gives the same widths in every document, so the cache outlives one export.
const advances = { normal: new Map<string, number>(), bold: new Map<string, number>() };

/**
 * Text widths in millimetres from the embedded font's own metrics: the sum of the characters'
 * advances (jsPDF applies no kerning to an embedded TrueType font, so neither do we). Laying out
 * a plan measures tens of thousands of candidate lines; asking jsPDF for each took longer than
 * drawing the pages.
 */
export function measureWith(doc: jsPDF) {
  const mmPerPoint = 1 / doc.internal.scaleFactor;
  return (text: string, size: number, bold = false): number => {
    const style = bold ? 'bold' : 'normal';
    const cache = advances[style];
    let units = 0;
    for (const char of text) {
      let advance = cache.get(char);
      if (advance === undefined) {
        doc.setFont(FONT, style);
        advance = doc.getStringUnitWidth(char);
        cache.set(char, advance);
      }
      units += advance;
    }
    return units * size * mmPerPoint;
  };
}

function drawItem(doc: jsPDF, item: PdfItem): void {
  switch (item.kind) {
    case 'box': {
      if (!item.fill && !item.stroke) return;
      if (item.fill) doc.setFillColor(item.fill);
      if (item.stroke) {
        doc.setDrawColor(item.stroke);
        doc.setLineWidth(0.2);
      }
      const style = item.fill && item.stroke ? 'FD' : item.fill ? 'F' : 'S';
      doc.rect(item.x, item.y, item.width, item.height, style);
      return;
    }
    case 'line':
      doc.setDrawColor(item.colour);
      doc.setLineWidth(item.width);
      doc.setLineDashPattern(item.dashed ? [1.6, 1.2] : [], 0);
      doc.line(item.x1, item.y1, item.x2, item.y2);
      doc.setLineDashPattern([], 0);
      return;
    case 'text':
      doc.setFont(FONT, item.bold ? 'bold' : 'normal');
      doc.setFontSize(item.size);
      doc.setTextColor(item.colour ?? '#1a1a1a');
      // Plain text only: nothing a user typed becomes markup or a link.
      doc.text(item.text, item.x, item.y, { baseline: 'top', align: item.align ?? 'left' });
      return;
  }
}

/** Draws one laid-out page; the document's first page is already there. */
export function drawPage(doc: jsPDF, page: PdfPage, index: number): void {
  if (index > 0) doc.addPage([page.width, page.height], page.width > page.height ? 'l' : 'p');
  for (const item of page.items) drawItem(doc, item);
}
