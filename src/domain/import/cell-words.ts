import type { Kind, Size, Status } from '../plan';

/*
 * The words spreadsheets use for a status, a kind and a size, both ways: what the importer reads
 * and what the CSV export writes (the first word of each list), so an exported plan reads back.
 */

const STATUS_WORDS: Record<Status, readonly string[]> = {
  'not-started': ['not started', '', 'to do', 'todo', 'planned', 'not yet started'],
  'in-progress': ['in progress', 'started', 'ongoing', 'on-going', 'underway', 'on track'],
  met: ['met', 'complete', 'completed', 'done', 'achieved', 'fully met', 'green'],
  'partially-met': [
    'partially met',
    'partly met',
    'partial',
    'part met',
    'partially achieved',
    'amber',
  ],
  'not-met': ['not met', 'not achieved', 'missed', 'failed', 'red'],
};

const KIND_WORDS: Record<Kind, readonly string[]> = {
  process: ['process', 'process benchmark', 'action', ''],
  evidence: [
    'evidence',
    'early evidence',
    'early evidence of change',
    'impact',
    'evidence of change',
  ],
};

const SIZE_WORDS: Record<Size, readonly string[]> = {
  small: ['small', 's', '1', ''],
  medium: ['medium', 'm', '2'],
  large: ['large', 'l', '3'],
};

function lookUp<T extends string>(words: Record<T, readonly string[]>, cell: string): T | null {
  const wanted = cell.trim().toLocaleLowerCase().replace(/\s+/g, ' ');
  const match = (Object.keys(words) as T[]).find((value) => words[value].includes(wanted));
  return match ?? null;
}

/**
 * `Met`, `Done`, `Partially met`, blank, and RAG ratings read as a plan's review uses them:
 * Green met, Amber partially met, Red not met. Null for other words, which the importer keeps
 * in the action's notes.
 */
export function statusOfCell(cell: string): Status | null {
  return lookUp(STATUS_WORDS, cell);
}

export function kindOfCell(cell: string): Kind | null {
  return lookUp(KIND_WORDS, cell);
}

export function sizeOfCell(cell: string): Size | null {
  return lookUp(SIZE_WORDS, cell);
}

function capitalised(word: string): string {
  return word.charAt(0).toLocaleUpperCase() + word.slice(1);
}

/** `Not started`, `Partially met`: how the CSV export writes a status. */
export function statusWord(status: Status): string {
  return capitalised(STATUS_WORDS[status][0] ?? status);
}

export function kindWord(kind: Kind): string {
  return capitalised(KIND_WORDS[kind][0] ?? kind);
}

export function sizeWord(size: Size): string {
  return capitalised(SIZE_WORDS[size][0] ?? size);
}

/** What a spreadsheet would run as a formula: `=`, `+`, `-`, `@`, tab or carriage return first. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * A cell made safe to open in a spreadsheet: a leading `'` stops it running as a formula. Cells
 * that already start with quotes before such a character get one more, so that
 * `unescapeFormula` gives back exactly what was written.
 */
export function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}
