import { refused, type Result } from '../../domain/result';
import { EMPTY_FILE } from './decode-text';
import { tableFromCells, XLSX_READER_MISSING, type Table } from './read-table';

/** A cell as the .xlsx library gives it: text, number, true/false, a date, or empty. */
export type XlsxCell = string | number | boolean | Date | null | undefined;
/** Reads the first sheet of an .xlsx file into rows of cells. */
export type XlsxReader = (bytes: ArrayBuffer) => Promise<readonly (readonly XlsxCell[])[]>;

const DAMAGED =
  'this .xlsx file could not be read: it may be damaged or password-protected; ' +
  'open it in Excel and save it again, or save it as CSV';
const OLD_EXCEL = 'this is an old Excel file (.xls) with an .xlsx name: save it as .xlsx or CSV';

/** The first sheet of an .xlsx as a table; the library is fetched only when one is chosen. */
export async function readXlsx(bytes: ArrayBuffer, reader?: XlsxReader): Promise<Result<Table>> {
  let read: XlsxReader;
  try {
    read = reader ?? (await loadReader());
  } catch {
    return refused([{ where: '', reason: XLSX_READER_MISSING }]);
  }
  let cells: readonly (readonly XlsxCell[])[];
  try {
    cells = await read(bytes);
  } catch (error) {
    return refused([{ where: '', reason: reasonFor(error) }]);
  }
  return tableFromCells(cells.map((row) => row.map(cellText)));
}

async function loadReader(): Promise<XlsxReader> {
  const { readSheet } = await import('read-excel-file/browser');
  return (bytes) => readSheet(bytes) as Promise<XlsxCell[][]>;
}

function reasonFor(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'XLS_FILE_NOT_SUPPORTED') return OLD_EXCEL;
  if (code === 'NO_DATA') return EMPTY_FILE;
  return DAMAGED;
}

/**
 * Text as a person reads the cell. A date cell becomes an ISO date, which the time-line
 * parser reads without guessing the day-month order; the library hands dates at UTC midnight.
 */
function cellText(cell: XlsxCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}
