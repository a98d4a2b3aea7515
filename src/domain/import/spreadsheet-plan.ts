import type { CalendarTemplate } from '../calendar';
import { createAction, createPlan } from '../create-plan';
import { newId, type ProjectId } from '../ids';
import { monthKey, type MonthKey } from '../month';
import type { Plan } from '../plan';
import { ok, refused, type Result } from '../result';
import { kindOfCell, sizeOfCell, statusOfCell } from './cell-words';
import type { ColumnRole } from './columns';
import { linkDependencies } from './import-dependencies';
import { peopleDirectory } from './import-people';
import { projectBook } from './import-projects';
import { unscheduledGroups, type ImportSummary } from './import-summary';
import { parseOwners, type KeyEntry } from './owners';
import { bodyOf, isProjectRow, notesOf, tagsOf, textOf, type SheetRow } from './sheet-rows';
import type { DateOrder } from './date-order';
import { parseTimeLine, spanOfMonths } from './time-line';

export interface SpreadsheetChoices {
  /** Index into the rows; rows above it (a title, a school's name) are not read. */
  headerRow: number;
  /** One per column. */
  columns: ColumnRole[];
  /** Decided from the column, or by the user when the column cannot tell. */
  dateOrder: DateOrder;
  /** `1.4` depends on `1.3` within a project only when the team says so. */
  numberOrderIsSequence: boolean;
  key: KeyEntry[];
  name: string;
  calendar: CalendarTemplate;
  /** Override the span the time-lines suggest. */
  startMonth?: MonthKey;
  lengthMonths?: number;
}

type SpanChoices = Omit<SpreadsheetChoices, 'startMonth' | 'lengthMonths' | 'name' | 'key'>;

/** The plan span the time-line column suggests, for the dialog to show and let the team edit. */
export function inferredSpan(
  rows: readonly string[][],
  choices: SpanChoices,
): { startMonth: MonthKey; lengthMonths: number } | null {
  return spanOfRows(bodyOf(rows, choices.headerRow), choices);
}

function spanOfRows(body: readonly SheetRow[], choices: SpanChoices) {
  const context = { calendar: choices.calendar, dateOrder: choices.dateOrder };
  const months = body
    .filter((row) => textOf(choices.columns, row, 'action') !== '')
    .map((row) => parseTimeLine(textOf(choices.columns, row, 'timeLine'), context).month)
    .filter((month) => month !== null);
  return spanOfMonths(months);
}

/**
 * Without a single date to go by, the plan starts with the current school year: the dialog
 * shows the span, so the team sees and can change it before confirming.
 */
function thisSchoolYear(calendar: CalendarTemplate): MonthKey {
  const today = new Date();
  const year =
    today.getMonth() + 1 >= calendar.yearStartMonth ? today.getFullYear() : today.getFullYear() - 1;
  return monthKey(new Date(year, calendar.yearStartMonth - 1, 1));
}

/**
 * Rows (with the header row and any title rows above it) → a new plan and what the import did.
 * Row by row it keeps what can be placed and reports the rest: a row without action text is
 * skipped (a row holding only a priority starts that project); a blank priority means the one
 * above. The phase is always `custom`: a spreadsheet does not say which level it was written
 * for, and a 12-month plan may as well be the first phase of a Silver one. Words it cannot read
 * (a status, a kind, a size, a dependency naming no action) are kept in the action's notes.
 * Refused only when there is nothing to import.
 */
export function planFromSpreadsheet(
  rows: readonly string[][],
  choices: SpreadsheetChoices,
): Result<{ plan: Plan; summary: ImportSummary }> {
  if (!choices.columns.includes('action')) {
    return refused([{ where: 'columns', reason: 'choose the column that holds the actions' }]);
  }
  const body = bodyOf(rows, choices.headerRow);
  if (body.length === 0) {
    return refused([{ where: '', reason: 'there are no rows below the headings' }]);
  }
  try {
    return importRows(rows[choices.headerRow] ?? [], body, choices);
  } catch (error) {
    // A bug here must not take the dialog down with it: the team sees why, nothing changes.
    return refused([
      { where: '', reason: `this spreadsheet could not be imported (${String(error)})` },
    ]);
  }
}

/** A status, kind or size word; one it cannot read goes to the notes as `Status: Slipping`. */
function wordIn<T>(
  text: string,
  label: string,
  read: (text: string) => T | null,
  fallback: T,
  unread: string[],
): T {
  const value = read(text);
  if (value === null) unread.push(`${label}: ${text}`);
  return value ?? fallback;
}

interface RowReader {
  header: readonly string[];
  choices: SpreadsheetChoices;
  people: ReturnType<typeof peopleDirectory>;
}

/** One row with action text → its action, with what is settled once every row is read. */
function actionOfRow(row: SheetRow, title: string, projectId: ProjectId, reader: RowReader) {
  const { header, choices, people } = reader;
  const cell = (role: ColumnRole) => textOf(choices.columns, row, role);
  const written = cell('timeLine');
  const placed = parseTimeLine(written, {
    calendar: choices.calendar,
    dateOrder: choices.dateOrder,
  });
  const notes = notesOf(header, choices.columns, row);
  const action = createAction({
    id: newId<'ActionId'>('act'),
    title,
    projectId,
    ownerIds: people.idsOf(parseOwners(cell('owner'), choices.key)),
    month: placed.month,
    status: wordIn(cell('status'), 'Status', statusOfCell, 'not-started', notes),
    kind: wordIn(cell('kind'), 'Kind', kindOfCell, 'process', notes),
    size: wordIn(cell('size'), 'Size', sizeOfCell, 'small', notes),
    reference: cell('reference'),
    resources: cell('resources'),
    monitoring: cell('monitoring'),
    tags: tagsOf(cell('tags')),
    timeLine: placed.keep,
  });
  return { action, written, dependsOn: cell('dependsOn'), notes };
}

function importRows(
  header: readonly string[],
  body: readonly SheetRow[],
  choices: SpreadsheetChoices,
): Result<{ plan: Plan; summary: ImportSummary }> {
  const { columns } = choices;
  const span = spanOfRows(body, choices);
  const plan = createPlan({
    name: choices.name,
    phase: 'custom',
    startMonth: choices.startMonth ?? span?.startMonth ?? thisSchoolYear(choices.calendar),
    lengthMonths: choices.lengthMonths ?? span?.lengthMonths ?? 12,
  });
  plan.calendar = { templateId: choices.calendar.id, terms: [] };
  const projects = projectBook(plan);
  const reader: RowReader = { header, choices, people: peopleDirectory() };
  const fallbackProject = columns.includes('project')
    ? 'Other actions'
    : choices.name.trim() || 'Actions';

  const read: ReturnType<typeof actionOfRow>[] = [];
  const skipped: ImportSummary['skipped'] = [];
  let project: ProjectId | null = null;
  for (const row of body) {
    const cell = (role: ColumnRole) => textOf(columns, row, role);
    const projectName = cell('project');
    if (projectName) {
      project = projects.projectNamed(projectName, cell('projectCode'), cell('projectColour'));
    }
    const title = cell('action');
    if (title) {
      project ??= projects.projectNamed(fallbackProject);
      read.push(actionOfRow(row, title, project, reader));
    } else if (!isProjectRow(columns, row)) {
      skipped.push({ row: row.number, reason: 'no action text' });
    }
  }
  // Priorities alone are a plan still to be broken into actions; no priority either is nothing.
  if (read.length === 0 && plan.projectOrder.length === 0) {
    return refused([{ where: '', reason: 'no row has any text in the action column' }]);
  }

  const actions = read.map((r) => r.action);
  const dependsOn = new Map(read.map((r) => [r.action.id, r.dependsOn]));
  const unreadDependencies = linkDependencies(actions, dependsOn, choices.numberOrderIsSequence);
  for (const { action, notes } of read) {
    const unread = unreadDependencies.get(action.id);
    action.notes = [...notes, ...(unread ? [`Depends on: ${unread}`] : [])].join('\n');
    plan.actions[action.id] = action;
  }
  plan.people = reader.people.people;

  const unscheduled = read.filter((r) => r.action.month === null);
  const summary: ImportSummary = {
    actions: actions.length,
    projects: plan.projectOrder.length,
    placed: actions.length - unscheduled.length,
    unscheduled: unscheduledGroups(unscheduled.map((r) => r.written)),
    severalOwners: actions.filter((a) => a.ownerIds.length > 1).length,
    skipped,
  };
  return ok({ plan, summary });
}
