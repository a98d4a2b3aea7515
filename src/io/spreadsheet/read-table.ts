import Papa from 'papaparse';
import { ok, refused, type Result } from '../../domain/result';
import { decodeText, EMPTY_FILE, MAX_IMPORT_BYTES } from './decode-text';

/** A plan of more rows than this is not a plan a team can sequence on one board. */
export const MAX_ROWS = 5000;
/** Past this a "spreadsheet" is a file of stray delimiters, and padding it would eat memory. */
export const MAX_COLUMNS = 256;

/** What every reader hands the importer: cells as text, every row as wide as the widest. */
export interface Table {
  rows: string[][];
}

const DELIMITERS = [',', ';', '\t', '|'] as const;
/** Enough rows to see which delimiter splits the header and the rows alike. */
const SAMPLE_ROWS = 50;
const DELIMITED_EXTENSIONS = ['csv', 'tsv', 'txt'];
const ACCEPTED = 'choose a .csv, .tsv, .txt or .xlsx file';
/** Said when the code that reads .xlsx, fetched on demand, did not arrive. */
export const XLSX_READER_MISSING =
  'the .xlsx reader could not be loaded: check the connection and try again, or save the sheet as CSV';

/**
 * CSV or TSV text to a table. The delimiter is guessed, since a European Excel writes
 * semicolons (its comma is the decimal point) and "Unicode text" is tab-separated.
 */
export function readDelimitedText(text: string): Result<Table> {
  // One line-break style lets a file mixing CRLF and LF split on every line.
  let body = text.replace(/\r\n?/g, '\n');
  // Excel honours, and sometimes writes, a first line naming the delimiter.
  const declared = /^sep=(.)\n/i.exec(body);
  if (declared) body = body.slice(declared[0].length);
  const delimiter = declared?.[1] ?? guessDelimiter(body);
  let cells: string[][];
  try {
    cells = Papa.parse<string[]>(body, { delimiter, newline: '\n', quoteChar: '"' }).data;
  } catch {
    return refused([{ where: '', reason: 'this file could not be read as CSV' }]);
  }
  return tableFromCells(cells);
}

/**
 * The delimiter under which the header and the rows below it split into the same number of
 * cells. A semicolon file with `150,50` splits unevenly on commas, so semicolon wins.
 */
function guessDelimiter(body: string): string {
  let best: { delimiter: string; score: number; width: number } = {
    delimiter: ',',
    score: 0,
    width: 1,
  };
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(body, {
      delimiter,
      newline: '\n',
      preview: SAMPLE_ROWS,
      skipEmptyLines: 'greedy',
    }).data;
    const width = rows[0]?.length ?? 0;
    if (width < 2) continue;
    const score = rows.filter((row) => row.length === width).length / rows.length;
    if (score > best.score || (score === best.score && width > best.width)) {
      best = { delimiter, score, width };
    }
  }
  return best.delimiter;
}

/**
 * Cells from any reader to a table: trimmed, every row padded to the widest and trailing
 * columns that are blank throughout dropped (Excel pads CSV rows with commas to the widest cell
 * it ever formatted). Blank rows stay, but for those at the end, so that row 14 of the table is
 * row 14 of the team's spreadsheet when the import reports a row it could not read.
 */
export function tableFromCells(cells: readonly (readonly string[])[]): Result<Table> {
  const trimmed = cells.map((row) => row.map((cell) => cell.trim()));
  const isFilled = (row: readonly string[]) => row.some((cell) => cell !== '');
  const rows = trimmed.slice(0, trimmed.findLastIndex(isFilled) + 1);
  const firstFilled = rows.findIndex(isFilled);
  if (firstFilled < 0) return refused([{ where: '', reason: EMPTY_FILE }]);
  const dataRows = rows.slice(firstFilled + 1).filter(isFilled).length;
  if (dataRows > MAX_ROWS) {
    return refused([
      {
        where: '',
        reason:
          `more than ${MAX_ROWS.toLocaleString('en-GB')} rows: this file has ` +
          `${dataRows.toLocaleString('en-GB')} below the header; split it into smaller files`,
      },
    ]);
  }
  const width = Math.max(...rows.map(lastFilledIndex)) + 1;
  if (width > MAX_COLUMNS) {
    return refused([
      {
        where: '',
        reason: `more than ${MAX_COLUMNS} columns (${width}): is this file a plan?`,
      },
    ]);
  }
  return ok({
    rows: rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? '')),
  });
}

function lastFilledIndex(row: readonly string[]): number {
  for (let i = row.length - 1; i >= 0; i--) if (row[i] !== '') return i;
  return -1;
}

/** The file chosen in the Import dialog, as much of `File` as the readers need. */
export interface SpreadsheetFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A spreadsheet file to a table, refusing a file too large before reading any of it. */
export async function readSpreadsheetFile(file: SpreadsheetFile): Promise<Result<Table>> {
  // The dialog names the file itself, so a problem with the whole file has no `where`.
  const refuse = (reason: string) => refused([{ where: '', reason }]);
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const isDelimited = DELIMITED_EXTENSIONS.includes(extension);
  if (!isDelimited && extension !== 'xlsx') {
    if (extension === 'xls') {
      return refuse(`old Excel files (.xls) cannot be read: save it as .xlsx or CSV first`);
    }
    return refuse(`this kind of file cannot be imported: ${ACCEPTED}`);
  }
  if (file.size > MAX_IMPORT_BYTES) {
    return refuse(
      `this file is ${megabytes(file.size)} MB; a spreadsheet to import can be at most ` +
        `${megabytes(MAX_IMPORT_BYTES)} MB`,
    );
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return refuse('this file could not be read: try choosing it again');
  }
  return isDelimited ? readDelimitedBytes(bytes) : readXlsxOnDemand(bytes);
}

function readDelimitedBytes(bytes: ArrayBuffer): Result<Table> {
  const text = decodeText(new Uint8Array(bytes));
  return text.ok ? readDelimitedText(text.value) : text;
}

// Loaded only when an .xlsx is chosen, like the library it wraps.
async function readXlsxOnDemand(bytes: ArrayBuffer): Promise<Result<Table>> {
  try {
    const { readXlsx } = await import('./read-xlsx');
    return await readXlsx(bytes);
  } catch {
    return refused([{ where: '', reason: XLSX_READER_MISSING }]);
  }
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}
