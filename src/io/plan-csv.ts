import Papa from 'papaparse';
import { compareText, byReference } from '../domain/action-order';
import { calendarOf } from '../domain/calendar-templates';
import { escapeFormula, kindWord, sizeWord, statusWord } from '../domain/import/cell-words';
import { parseTimeLine } from '../domain/import/time-line';
import { monthLabel } from '../domain/month';
import type { Action, Plan } from '../domain/plan';

/** Headings the importer's column guesser reads back as the same roles. */
export const PLAN_CSV_HEADINGS = [
  'Project',
  'Code',
  'Colour',
  'Ref',
  'Action',
  'Owner',
  'When',
  'Status',
  'Kind',
  'Size',
  'Depends on',
  'Resources',
  'Monitoring',
  'Tags',
  'Notes',
] as const;

function csvText(headings: readonly string[], rows: string[][]): string {
  const data = rows.map((row) => row.map(escapeFormula));
  // RFC 4180: CRLF line ends, a line end after the last row too.
  return `${Papa.unparse({ fields: [...headings], data }, { newline: '\r\n' })}\r\n`;
}

/**
 * The When cell, and the written time-line it cannot carry: a note moved since its time-line was
 * written (`Autumn term 2026` now in November) is exported at its month, with the old words in
 * its notes, since a spreadsheet cell that says both would be read back at the wrong month.
 */
function whenOf(plan: Plan, action: Action): { when: string; stale: string } {
  const month = action.month ? monthLabel(action.month) : '';
  if (!action.timeLine) return { when: month, stale: '' };
  const calendar = calendarOf(plan.calendar);
  const read = parseTimeLine(action.timeLine, { calendar, dateOrder: 'day-first' });
  const isSaidByText = read.month === action.month && read.keep === action.timeLine;
  return isSaidByText
    ? { when: action.timeLine, stale: '' }
    : { when: month, stale: action.timeLine };
}

/** By reference where that names one action alone, else by title (the importer tries both). */
function dependencyNames(plan: Plan): (action: Action) => string {
  const actions = Object.values(plan.actions);
  const uses = new Map<string, number>();
  for (const a of actions) uses.set(a.reference, (uses.get(a.reference) ?? 0) + 1);
  const nameOf = (a: Action) =>
    a.reference && uses.get(a.reference) === 1 ? a.reference : a.title;
  return (action) =>
    action.dependsOn
      .map((id) => plan.actions[id])
      .filter((a) => a !== undefined)
      .map(nameOf)
      .join(', ');
}

function inMonthOrder(a: Action, b: Action): number {
  if (a.month !== b.month) {
    if (a.month === null) return 1;
    if (b.month === null) return -1;
    return compareText(a.month, b.month);
  }
  return byReference(a, b);
}

/**
 * The plan as a spreadsheet: one row per action, in project order then month order (unscheduled
 * last), plus a row holding only the project for a project without actions. CRLF line ends,
 * RFC 4180 quoting; a cell starting with `=`, `+`, `-`, `@`, tab or carriage return gets a
 * leading `'` so no spreadsheet runs it as a formula (the importer takes it off again).
 *
 * `planFromSpreadsheet` reads it back to the same projects (name, code, colour, order) and
 * actions (title, project, reference, owners' initials, month, status, kind, size, dependencies,
 * resources, monitoring, tags, notes, time-line). A CSV does not carry: ids; people's names,
 * roles and groups (`ownerKeyCsv` writes them as a key of abbreviations to import beside it);
 * project leads, descriptions, success criteria, risks and strategic flags; the plan's name,
 * start, length, phase, events and settings; text's leading and trailing spaces (the reader
 * trims cells); and tags holding a comma or semicolon, which read back as two tags.
 */
export function planCsv(plan: Plan): string {
  const dependsOn = dependencyNames(plan);
  const rows: string[][] = [];
  for (const projectId of plan.projectOrder) {
    const project = plan.projects[projectId];
    if (!project) continue;
    const head = [project.name, project.code, project.colour];
    const actions = Object.values(plan.actions)
      .filter((a) => a.projectId === projectId)
      .sort(inMonthOrder);
    if (actions.length === 0) rows.push([...head, ...PLAN_CSV_HEADINGS.slice(3).map(() => '')]);
    for (const action of actions) {
      const { when, stale } = whenOf(plan, action);
      const owners = action.ownerIds.map((id) => plan.people[id]?.initials ?? '').filter(Boolean);
      const notes = [action.notes, stale ? `Time-line as written: ${stale}` : ''].filter(Boolean);
      rows.push([
        ...head,
        action.reference,
        action.title,
        owners.join(' / '),
        when,
        statusWord(action.status),
        kindWord(action.kind),
        sizeWord(action.size),
        dependsOn(action),
        action.resources,
        action.monitoring,
        action.tags.join(', '),
        notes.join('\n'),
      ]);
    }
  }
  return csvText(PLAN_CSV_HEADINGS, rows);
}

/**
 * The plan's people as a key of abbreviations (`Initials,Name,Role,Group?`), which the import
 * dialog reads beside the plan's CSV to give owners back their names.
 */
export function ownerKeyCsv(plan: Plan): string {
  const rows = Object.values(plan.people).map((p) => [
    p.initials,
    p.name,
    p.role,
    p.isGroup ? 'yes' : 'no',
  ]);
  return csvText(['Initials', 'Name', 'Role', 'Group?'], rows);
}
