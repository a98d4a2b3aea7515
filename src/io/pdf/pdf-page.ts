import type { PaperSize, PrintOptions } from '../../domain/print-options';

/*
 * A PDF described as data: pages of boxes, lines and text runs in millimetres, from the top-left
 * corner. The layout functions produce it without jsPDF, so tests can check where everything
 * goes; `draw-pdf.ts` turns it into a file.
 */

/** Width and height in millimetres, portrait. */
export const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  a3: { width: 297, height: 420 },
  letter: { width: 215.9, height: 279.4 },
  tabloid: { width: 279.4, height: 431.8 },
};

/** The page's width and height in millimetres, turned for the chosen orientation. */
export function pageSize(options: Pick<PrintOptions, 'paper' | 'orientation'>): {
  width: number;
  height: number;
} {
  const { width, height } = PAPER_MM[options.paper];
  return options.orientation === 'landscape' ? { width: height, height: width } : { width, height };
}

export interface PdfBox {
  kind: 'box';
  x: number;
  y: number;
  width: number;
  height: number;
  fill?: string;
  stroke?: string;
  /** What the box stands for, so tests can find the notes. */
  role?: 'note' | 'swatch' | 'column' | 'band';
  actionId?: string;
}

export interface PdfLine {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  colour: string;
  width: number;
  dashed?: boolean;
}

export interface PdfText {
  kind: 'text';
  /** The left edge, or the right edge when `align` is 'right'. */
  x: number;
  /** The top of the line. */
  y: number;
  text: string;
  /** Points. */
  size: number;
  bold?: boolean;
  colour?: string;
  align?: 'left' | 'right';
}

export type PdfItem = PdfBox | PdfLine | PdfText;

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

/**
 * Width of `text` in millimetres at `size` points: from the embedded font's metrics. Widths add
 * up: a line is as wide as its words and spaces together, as with no kerning.
 */
export type Measure = (text: string, size: number, bold?: boolean) => number;

export const PT_TO_MM = 25.4 / 72;

/** Line height in millimetres for text of `size` points. */
export const lineHeight = (size: number) => size * PT_TO_MM * 1.25;

export const ELLIPSIS = '…';

/**
 * `text` broken into lines no wider than `width`, at spaces where it can and inside a word only
 * when one word is wider than the line. With `maxLines`, the last line kept ends in an ellipsis
 * when text was cut.
 */
export function wrapText(
  text: string,
  width: number,
  size: number,
  measure: Measure,
  options: { bold?: boolean; maxLines?: number } = {},
): string[] {
  // Each word is measured once and lines are summed, not measured again with every word added:
  // a 300-note plan's layout measured 370,000 characters that way.
  const widthOf = (s: string) => measure(s, size, options.bold);
  const space = widthOf(' ');
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = widthOf(word);
    const joined = line ? lineWidth + space + wordWidth : wordWidth;
    if (joined <= width) {
      line = line ? `${line} ${word}` : word;
      lineWidth = joined;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    lineWidth = wordWidth;
    // A word longer than the line is cut where it must be.
    while (lineWidth > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && widthOf(line.slice(0, cut)) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
      lineWidth = widthOf(line);
    }
  }
  if (line) lines.push(line);
  const max = options.maxLines;
  if (max === undefined || lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1] ?? '';
  let lastWidth = widthOf(last) + widthOf(ELLIPSIS);
  while (last && lastWidth > width) {
    const shorter = last.slice(0, -1).trimEnd();
    lastWidth -= widthOf(last.slice(shorter.length));
    last = shorter;
  }
  kept[max - 1] = `${last}${ELLIPSIS}`;
  return kept;
}
