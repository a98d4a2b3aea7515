import type { ColumnRole } from './columns';
import { unescapeFormula } from './cell-words';

/* The rows below a spreadsheet's headings, read cell by cell for the roles the team chose. */

export interface SheetRow {
  /** 1-based, as the spreadsheet numbers it. */
  number: number;
  cells: string[];
}

export function bodyOf(rows: readonly string[][], headerRow: number): SheetRow[] {
  return rows
    .map((cells, index) => ({
      number: index + 1,
      cells: cells.map((c) => unescapeFormula(c.trim())),
    }))
    .slice(headerRow + 1)
    .filter((row) => row.cells.some((c) => c !== ''));
}

/** The text of every column given a role, one line each. */
export function textOf(columns: readonly ColumnRole[], row: SheetRow, role: ColumnRole): string {
  return row.cells.filter((cell, i) => columns[i] === role && cell !== '').join('\n');
}

// Roles that may stand beside a priority on the row that starts it.
const PROJECT_ROW_ROLES = new Set<ColumnRole>([
  'project',
  'projectCode',
  'projectColour',
  'reference',
  'ignore',
]);

/** `Success looks like: Audit shared with all staff`; a column headed Notes is taken as written. */
export function notesOf(
  header: readonly string[],
  columns: readonly ColumnRole[],
  row: SheetRow,
): string[] {
  return row.cells.flatMap((cell, i) => {
    if (columns[i] !== 'notes' || cell === '') return [];
    const heading = header[i]?.trim() ?? '';
    return [heading === '' || /^notes?$/i.test(heading) ? cell : `${heading}: ${cell}`];
  });
}

export function tagsOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map((t) => t.trim())
        .filter((t) => t !== ''),
    ),
  ];
}

/** A row holding a priority and nothing but its code, colour or number: it starts a project. */
export function isProjectRow(columns: readonly ColumnRole[], row: SheetRow): boolean {
  const hasProject = row.cells.some((c, i) => c !== '' && columns[i] === 'project');
  return (
    hasProject &&
    row.cells.every((c, i) => c === '' || PROJECT_ROW_ROLES.has(columns[i] ?? 'ignore'))
  );
}
