import { ok, refused, type Result } from '../../domain/result';

/** Larger than any real plan saved as CSV or .xlsx; refused before the file is read. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const NOT_TEXT = 'this file is not text: is it a spreadsheet saved as CSV?';
export const EMPTY_FILE = 'this file is empty';

/**
 * Bytes to text, in whichever encoding the spreadsheet program chose: UTF-8 (with or without a
 * BOM), UTF-16 (Excel's "Unicode text", with or without a BOM) or, failing those, Windows-1252,
 * which is what Excel on Windows writes for "CSV" so that `Zoë` arrives as one byte.
 */
export function decodeText(bytes: Uint8Array): Result<string> {
  const text = decodeBytes(bytes);
  if (text === null) return refused([{ where: '', reason: NOT_TEXT }]);
  // Old DOS tools end a text file with Ctrl+Z; it is not part of the table.
  const body = text.endsWith('\u001a') ? text.slice(0, -1) : text;
  if (body.length === 0) return refused([{ where: '', reason: EMPTY_FILE }]);
  if (looksBinary(body)) return refused([{ where: '', reason: NOT_TEXT }]);
  return ok(body);
}

function decodeBytes(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decode('utf-8', bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return decode('utf-16le', bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return decode('utf-16be', bytes.subarray(2));
  const wide = utf16WithoutBom(bytes);
  if (wide) return decode(wide, bytes);
  // NUL never appears in 8-bit text; it is the surest sign of a binary file renamed .csv.
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decode('windows-1252', bytes).replace(/[\u0080-\u009f]/g, windows1252Punctuation);
  }
}

/**
 * Windows-1252 puts curly quotes, dashes and € where Latin-1 has control codes. Node's decoder
 * (unlike browsers') reads that range as Latin-1, so it is mapped here to read alike in both.
 */
const WINDOWS_1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252Punctuation(char: string): string {
  return WINDOWS_1252_80_9F[char.charCodeAt(0) - 0x80] ?? char;
}

function decode(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Text of Latin letters in UTF-16 has a NUL in every other byte: on the odd bytes for
 * little-endian, the even ones for big-endian. A binary file has NULs scattered on both.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(Math.floor(bytes.length / 2), 2048);
  if (pairs === 0) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNuls++;
    if (bytes[2 * i + 1] === 0) oddNuls++;
  }
  const isMostly = (count: number) => count >= pairs * 0.4;
  const isRare = (count: number) => count <= pairs * 0.05;
  if (isMostly(oddNuls) && isRare(evenNuls)) return 'utf-16le';
  if (isMostly(evenNuls) && isRare(oddNuls)) return 'utf-16be';
  return null;
}

/**
 * Control characters other than tab, line breaks and form feed: a stray one is a typing
 * accident, but in a binary file decoded as Windows-1252 about one character in eight is one.
 */
function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    const isControl =
      (code < 0x20 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0x7f;
    if (isControl) controls++;
  }
  return controls > 0 && controls * 50 > text.length;
}
