/**
 * The characters the PDF's font keeps when the build cuts it down (`pdfFontSubset` in
 * vite.config.ts). Noto Sans maps about 3,000; jsPDF reads every glyph of an embedded font each
 * time it makes a document, so the whole font cost an export about 60 ms per style and made every
 * PDF larger.
 *
 * Kept: the Latin, Greek and Cyrillic letters that names and titles are written in (Vietnamese
 * and Welsh included), the marks that combine with them, and the punctuation, currency and
 * number signs a plan uses. Left out: polytonic Greek, the rarer Latin and Cyrillic extensions
 * and phonetic letters, which no school's names need.
 */
const PDF_FONT_RANGES: readonly (readonly [first: number, last: number])[] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x024f], // Latin-1 Supplement, Latin Extended-A and -B
  [0x0250, 0x02af], // IPA letters, for the ə of Azerbaijani names
  [0x02b0, 0x036f], // modifier letters and combining marks
  [0x0370, 0x03ff], // Greek
  [0x0400, 0x052f], // Cyrillic and its supplement
  [0x1e00, 0x1eff], // Latin Extended Additional: Vietnamese, Welsh ẁ ẃ ẅ
  [0x2000, 0x206f], // punctuation: dashes, curly quotes, ellipsis
  [0x20a0, 0x20cf], // currency
  [0x2100, 0x218f], // letter-like signs and number forms
  [0x2200, 0x22ff], // mathematical operators
  [0x25a0, 0x25ff], // geometric shapes
  [0xfb00, 0xfb06], // Latin ligatures
  [0xfffd, 0xfffd], // the replacement character
];

/** Every character of `PDF_FONT_RANGES`, as the text a subsetter keeps the glyphs for. */
export function pdfFontText(): string {
  let text = '';
  for (const [first, last] of PDF_FONT_RANGES) {
    for (let code = first; code <= last; code++) text += String.fromCodePoint(code);
  }
  return text;
}
