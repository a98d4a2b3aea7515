import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englandCalendar } from '../../../src/domain/calendar-templates';
import { findHeaderRow, guessColumns, type ColumnRole } from '../../../src/domain/import/columns';
import { readOwnerKey, type KeyEntry } from '../../../src/domain/import/owners';
import {
  inferredSpan,
  planFromSpreadsheet,
  type SpreadsheetChoices,
} from '../../../src/domain/import/spreadsheet-plan';
import { summaryText, type ImportSummary } from '../../../src/domain/import/import-summary';
import { monthLabel } from '../../../src/domain/month';
import type { Action, Plan } from '../../../src/domain/plan';
import { readDelimitedText } from '../../../src/io/spreadsheet/read-table';

/** The shared fixtures (PRODUCT.md's riverside plan), copied into test/fixtures/import. */
function fixtureText(name: string): string {
  return readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');
}

function rowsOf(text: string): string[][] {
  const table = readDelimitedText(text);
  if (!table.ok) throw new Error(JSON.stringify(table.problems));
  return table.value.rows;
}

const baseChoices = {
  headerRow: 0,
  dateOrder: 'day-first',
  numberOrderIsSequence: false,
  key: [] as KeyEntry[],
  name: 'Test plan',
  calendar: englandCalendar,
} satisfies Partial<SpreadsheetChoices>;

function imported(rows: string[][], choices: Partial<SpreadsheetChoices> = {}) {
  const headerRow = choices.headerRow ?? 0;
  const columns = choices.columns ?? guessColumns(rows[headerRow] ?? [], rows.slice(headerRow + 1));
  const result = planFromSpreadsheet(rows, { ...baseChoices, columns, ...choices });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const actionsOf = (plan: Plan) => Object.values(plan.actions);
const titled = (plan: Plan, title: string): Action => {
  const action = actionsOf(plan).find((a) => a.title === title);
  if (!action) throw new Error(`no action "${title}"`);
  return action;
};
const byRef = (plan: Plan, reference: string) =>
  actionsOf(plan).find((a) => a.reference === reference) as Action;
const where = (action: Action) => (action.month ? monthLabel(action.month) : 'Unscheduled');
const ownersOf = (plan: Plan, action: Action) => action.ownerIds.map((id) => plan.people[id]?.name);

function riverside(choices: Partial<SpreadsheetChoices> = {}) {
  const rows = rowsOf(fixtureText('riverside-primary-plan.csv'));
  const headerRow = findHeaderRow(rows);
  const columns = guessColumns(rows[headerRow] ?? [], rows.slice(headerRow + 1));
  const key = readOwnerKey(rowsOf(fixtureText('riverside-key.csv')));
  return imported(rows, { headerRow, columns, key: key.ok ? key.value : [], ...choices });
}

describe('importing the Riverside plan', () => {
  it('makes 16 actions in 4 projects with codes and palette colours', () => {
    const { plan } = riverside();
    expect(actionsOf(plan)).toHaveLength(16);
    expect(plan.projectOrder.map((id) => plan.projects[id])).toMatchObject([
      { name: 'Raise attainment in writing across KS2', code: 'RAWA', colour: '#CC6677' },
      { name: 'Develop a shared language of learning', code: 'DSLL', colour: '#332288' },
      { name: 'Strengthen provision for SEND pupils', code: 'SPSP', colour: '#DDCC77' },
      { name: 'Prepare for inspection', code: 'PI', colour: '#117733' },
    ]);
    expect(plan.phase).toBe('custom');
    expect(plan.name).toBe('Test plan');
  });

  it('puts the rows with a blank objective in the project above', () => {
    const { plan } = riverside();
    const projectOf = (ref: string) => plan.projects[byRef(plan, ref).projectId]?.code;
    expect(['1.1', '1.5', '2.4', '3.4', '4.3'].map(projectOf)).toEqual([
      'RAWA',
      'RAWA',
      'DSLL',
      'SPSP',
      'PI',
    ]);
  });

  // fixtures/README.md: what a good import does with each time-line.
  it.each([
    ['1.1', 'Sept 2026', 'September 2026', ''],
    ['1.2', 'Oct-26', 'October 2026', ''],
    ['1.3', 'Autumn term 2026', 'September 2026', 'Autumn term 2026'],
    ['1.4', 'Spring 1 2027', 'January 2027', 'Spring 1 2027'],
    ['1.5', 'Half termly', 'Unscheduled', 'Half termly'],
    ['2.1', 'Sep/Oct 2026', 'September 2026', 'Sep/Oct 2026'],
    ['2.2', 'Jan 2027', 'January 2027', ''],
    ['2.3', 'March 2027', 'March 2027', ''],
    ['2.4', 'Summer 2027', 'April 2027', 'Summer 2027'],
    ['3.1', '09/11/2026', 'November 2026', ''],
    ['3.2', 'On-going', 'Unscheduled', 'On-going'],
    ['3.3', 'TBC', 'Unscheduled', 'TBC'],
    ['3.4', 'Dec 2026, Apr 2027, Jul 2027', 'December 2026', 'Dec 2026, Apr 2027, Jul 2027'],
    ['4.1', '2026-11-30', 'November 2026', ''],
    ['4.2', 'Feb 2027', 'February 2027', ''],
    ['4.3', '(blank)', 'Unscheduled', ''],
  ])('places %s (%s) in %s, keeping %j', (ref, _written, month, kept) => {
    const action = byRef(riverside().plan, ref);
    expect(where(action)).toBe(month);
    expect(action.timeLine).toBe(kept);
  });

  it('reads 09/11/2026 as 11 September when the team says the dates are month first', () => {
    const { plan } = riverside({ dateOrder: 'month-first' });
    expect(where(byRef(plan, '3.1'))).toBe('September 2026');
  });

  it('sums it up before the team confirms', () => {
    const { summary } = riverside();
    expect(summaryText(summary)).toBe(
      '16 actions from 4 priorities; 12 placed, 4 unscheduled ' +
        '(Half termly x1, On-going x1, TBC x1, blank x1); 4 with several owners',
    );
    expect(summary.skipped).toEqual([]);
  });

  it('names owners from the key, keeping several and the outside helper', () => {
    const { plan } = riverside();
    expect(ownersOf(plan, byRef(plan, '1.2'))).toEqual(['Zoë Clarke', 'Łukasz Nowak']);
    expect(ownersOf(plan, byRef(plan, '2.1'))).toEqual(['All teaching staff']);
    expect(ownersOf(plan, byRef(plan, '4.2'))).toEqual(['Siân Roberts', 'LA adviser']);
    const people = Object.values(plan.people);
    expect(people.map((p) => p.initials).sort()).toEqual(
      ['ALL TEACHERS', 'DHT', 'EL', 'FLO', 'GOVS', 'HT', 'LAA', 'SENCo', 'SLT'].sort(),
    );
    expect(people.filter((p) => p.isGroup).map((p) => p.name)).toEqual([
      'Senior leadership team',
      'All teaching staff',
      'Governors',
    ]);
  });

  it('keeps resources, who checks, status and the unclaimed column in notes', () => {
    const { plan } = riverside();
    expect(byRef(plan, '2.3')).toMatchObject({
      title: 'Parent workshop: learning at home',
      resources: '£150 refreshments',
      monitoring: 'HT',
      status: 'not-started',
      notes: 'Success looks like: 40 families attend',
    });
    expect(byRef(plan, '1.1').status).toBe('met');
    expect(byRef(plan, '1.2').status).toBe('in-progress');
  });

  it('makes 1.x depend on the number before only when number order is sequence order', () => {
    const dependsOn = (plan: Plan) =>
      actionsOf(plan)
        .filter((a) => a.dependsOn.length > 0)
        .map((a) => `${a.reference} after ${a.dependsOn.map((id) => plan.actions[id]?.reference)}`);
    expect(dependsOn(riverside().plan)).toEqual([]);
    expect(dependsOn(riverside({ numberOrderIsSequence: true }).plan)).toEqual([
      '1.2 after 1.1',
      '1.3 after 1.2',
      '1.4 after 1.3',
      '1.5 after 1.4',
      '2.2 after 2.1',
      '2.3 after 2.2',
      '2.4 after 2.3',
      '3.2 after 3.1',
      '3.3 after 3.2',
      '3.4 after 3.3',
      '4.2 after 4.1',
      '4.3 after 4.2',
    ]);
  });

  it('spans the months its time-lines name, unless the team sets the span', () => {
    const rows = rowsOf(fixtureText('riverside-primary-plan.csv'));
    const columns = guessColumns(rows[0] ?? [], rows.slice(1));
    expect(inferredSpan(rows, { ...baseChoices, columns })).toEqual({
      startMonth: '2026-09',
      lengthMonths: 12,
    });
    const { plan } = riverside({ startMonth: '2026-07', lengthMonths: 18 });
    expect([plan.startMonth, plan.lengthMonths]).toEqual(['2026-07', 18]);
  });
});

const HEADER = ['Priority', 'Ref', 'Action', 'Lead', 'When', 'Status'];
const COLUMNS: ColumnRole[] = ['project', 'reference', 'action', 'owner', 'timeLine', 'status'];
const sheet = (...rows: string[][]) => imported([HEADER, ...rows], { columns: COLUMNS });

describe('reading rows', () => {
  it.each([
    ['Met', 'met'],
    ['Not met', 'not-met'],
    ['Partially met', 'partially-met'],
    ['In progress', 'in-progress'],
    ['Started', 'in-progress'],
    ['Complete', 'met'],
    ['Completed', 'met'],
    ['DONE', 'met'],
    ['', 'not-started'],
    ['Green', 'met'],
    ['Amber', 'partially-met'],
    ['Red', 'not-met'],
  ])('reads the status %j as %s', (written, status) => {
    const { plan } = sheet(['Reading', '1', 'Phonics audit', 'HT', 'Oct 2026', written]);
    expect(titled(plan, 'Phonics audit').status).toBe(status);
  });

  it('keeps a status it cannot read in the notes', () => {
    const { plan } = sheet(['Reading', '1', 'Phonics audit', 'HT', 'Oct 2026', 'Slipping']);
    expect(titled(plan, 'Phonics audit')).toMatchObject({
      status: 'not-started',
      notes: 'Status: Slipping',
    });
  });

  it.each([
    ['Process', 'process'],
    ['evidence', 'evidence'],
    ['Early evidence', 'evidence'],
    ['Early evidence of change', 'evidence'],
    ['', 'process'],
  ])('reads the kind %j as %s', (written, kind) => {
    const { plan } = imported(
      [
        ['Action', 'Kind'],
        ['Phonics audit', written],
      ],
      { columns: ['action', 'kind'] },
    );
    expect(titled(plan, 'Phonics audit').kind).toBe(kind);
  });

  it('starts a project from a row holding only a priority, and skips a row without action', () => {
    const { plan, summary } = sheet(
      ['Early reading', '1', '', '', '', ''],
      ['', '1.1', 'Phonics audit', 'HT', 'Oct 2026', ''],
      ['', '1.2', '', 'HT', 'Nov 2026', ''],
      ['Maths', '', '', '', '', ''],
    );
    expect(plan.projectOrder.map((id) => plan.projects[id]?.name)).toEqual([
      'Early reading',
      'Maths',
    ]);
    expect(plan.projects[titled(plan, 'Phonics audit').projectId]?.name).toBe('Early reading');
    expect(summary.skipped).toEqual([{ row: 4, reason: 'no action text' }]);
    expect(summaryText(summary)).toBe(
      '1 action from 2 priorities; 1 placed; 1 row skipped (row 4)',
    );
  });

  it('makes one person per initials, numbering two people whose names share them', () => {
    const { plan, summary } = sheet(
      ['Reading', '1', 'Phonics audit', 'Sam Reid', '', ''],
      ['', '2', 'Book look', 'Siân Roberts / SENCo', '', ''],
      ['', '3', 'Reading cafe', 'SR, SENCO', '', ''],
    );
    const owners = (title: string) =>
      titled(plan, title).ownerIds.map(
        (id) => `${plan.people[id]?.initials} ${plan.people[id]?.name}`,
      );
    expect(owners('Phonics audit')).toEqual(['SR Sam Reid']);
    expect(owners('Book look')).toEqual(['SR2 Siân Roberts', 'SENCo SENCo']);
    expect(owners('Reading cafe')).toEqual(['SR Sam Reid', 'SENCo SENCo']);
    expect(Object.keys(plan.people)).toHaveLength(3);
    expect(summary.severalOwners).toBe(2);
  });

  it('puts actions in one project named after the plan when there is no project column', () => {
    const { plan } = imported(
      [
        ['Action', 'When'],
        ['Phonics audit', 'Oct 2026'],
      ],
      { columns: ['action', 'timeLine'], name: 'Oakwood 2026-27' },
    );
    expect(Object.values(plan.projects)).toMatchObject([{ name: 'Oakwood 2026-27', code: 'OA' }]);
  });

  it('takes codes and colours from their columns when they are usable', () => {
    const { plan } = imported(
      [
        ['Priority', 'Code', 'Colour', 'Action'],
        ['Early reading', 'ER', '#123456', 'Phonics audit'],
        ['Maths', 'ER', 'blue', 'Number sense'],
        ['Writing', 'toolong', '', 'Book look'],
      ],
      { columns: ['project', 'projectCode', 'projectColour', 'action'] },
    );
    expect(plan.projectOrder.map((id) => plan.projects[id])).toMatchObject([
      { code: 'ER', colour: '#123456' },
      { code: 'MA', colour: '#CC6677' },
      { code: 'WR', colour: '#332288' },
    ]);
  });

  it('keeps other columns as notes, each under its heading, and Notes as written', () => {
    const { plan } = imported(
      [
        ['Action', 'Success criteria', 'Notes', 'Cost'],
        ['Phonics audit', 'All pupils assessed', 'Ask the hub', ''],
      ],
      { columns: ['action', 'notes', 'notes', 'notes'] },
    );
    expect(titled(plan, 'Phonics audit').notes).toBe(
      'Success criteria: All pupils assessed\nAsk the hub',
    );
  });

  it('takes off the quote that stops a spreadsheet running a cell as a formula', () => {
    const { plan } = imported(
      [
        ['Action', 'Resources'],
        ['\'=HYPERLINK("http://x")', "'-£50"],
        ["'Tis the season", "''=1"],
      ],
      { columns: ['action', 'resources'] },
    );
    expect(actionsOf(plan).map((a) => [a.title, a.resources])).toEqual([
      ['=HYPERLINK("http://x")', '-£50'],
      ["'Tis the season", "'=1"],
    ]);
  });

  it('reads depends-on cells by reference or title, keeping what names no action', () => {
    const { plan } = imported(
      [
        ['Ref', 'Action', 'Depends on'],
        ['1', 'Audit, then plan', ''],
        ['2', 'Train staff', '1'],
        ['3', 'Review', 'Audit, then plan; Train staff'],
        ['4', 'Report', 'the governors meeting, 3'],
      ],
      { columns: ['reference', 'action', 'dependsOn'] },
    );
    const after = (title: string) =>
      titled(plan, title).dependsOn.map((id) => plan.actions[id]?.title);
    expect(after('Train staff')).toEqual(['Audit, then plan']);
    expect(after('Review')).toEqual(['Audit, then plan', 'Train staff']);
    expect(after('Report')).toEqual([]);
    expect(titled(plan, 'Report').notes).toBe('Depends on: the governors meeting, 3');
  });

  it('leaves out a dependency that would make a loop', () => {
    const { plan } = imported(
      [
        ['Ref', 'Action', 'Depends on'],
        ['1', 'Audit', '2'],
        ['2', 'Train', '1'],
      ],
      { columns: ['reference', 'action', 'dependsOn'] },
    );
    expect(titled(plan, 'Audit').dependsOn).toEqual([titled(plan, 'Train').id]);
    expect(titled(plan, 'Train').dependsOn).toEqual([]);
  });

  it('refuses when there is nothing to import, saying why', () => {
    const refusal = (rows: string[][], columns: ColumnRole[]) =>
      planFromSpreadsheet(rows, { ...baseChoices, columns });
    expect(refusal([['Lead'], ['HT']], ['owner'])).toEqual({
      ok: false,
      problems: [{ where: 'columns', reason: 'choose the column that holds the actions' }],
    });
    expect(refusal([['Action']], ['action'])).toEqual({
      ok: false,
      problems: [{ where: '', reason: 'there are no rows below the headings' }],
    });
    expect(
      refusal(
        [
          ['Action', 'Lead'],
          ['', 'HT'],
        ],
        ['action', 'owner'],
      ),
    ).toEqual({
      ok: false,
      problems: [{ where: '', reason: 'no row has any text in the action column' }],
    });
  });

  it('never throws, whatever the rows and column roles', () => {
    const roles: ColumnRole[] = [
      'project',
      'projectCode',
      'projectColour',
      'reference',
      'action',
      'owner',
      'timeLine',
      'status',
      'kind',
      'size',
      'dependsOn',
      'resources',
      'monitoring',
      'tags',
      'notes',
      'ignore',
    ];
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('1.1', '1.2', 'HT/DHT', 'Sept 2026', '3/4/27', 'Met', "'=1", '#12ab34', ''),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }),
        fc.array(fc.constantFrom(...roles), { maxLength: 6 }),
        fc.boolean(),
        (rows, columns, isSequence) => {
          const result = planFromSpreadsheet(rows, {
            ...baseChoices,
            columns,
            numberOrderIsSequence: isSequence,
          });
          if (!result.ok) expect(result.problems[0]?.reason).not.toBe('');
          else expect(result.value.summary.actions).toBe(actionsOf(result.value.plan).length);
        },
      ),
    );
  });
});

describe('row numbers in what the import reports', () => {
  it('are the rows of the file, blank rows counted, as the team finds them in Excel', () => {
    const text = [
      'Priority,Action,Lead',
      'Reading,Audit books,HT',
      ',,',
      '',
      ',,EL',
      ',Pupil voice,EL',
    ].join('\r\n');
    const { summary } = imported(rowsOf(text));
    expect(summary.skipped).toEqual([{ row: 5, reason: 'no action text' }]);
  });
});

describe('the summary in words', () => {
  const summary = (fields: Partial<ImportSummary>): ImportSummary => ({
    actions: 0,
    projects: 0,
    placed: 0,
    unscheduled: [],
    severalOwners: 0,
    skipped: [],
    ...fields,
  });

  it.each([
    [
      summary({
        actions: 38,
        projects: 5,
        placed: 31,
        unscheduled: [
          { text: 'On-going', count: 4 },
          { text: 'Half termly', count: 2 },
          { text: 'blank', count: 1 },
        ],
        severalOwners: 9,
      }),
      '38 actions from 5 priorities; 31 placed, 7 unscheduled (On-going x4, Half termly x2, blank x1); 9 with several owners',
    ],
    [summary({ actions: 1, projects: 1, placed: 1 }), '1 action from 1 priority; 1 placed'],
    [
      summary({ actions: 2, projects: 1, unscheduled: [{ text: 'TBC', count: 2 }] }),
      '2 actions from 1 priority; 2 unscheduled (TBC x2)',
    ],
    [
      summary({
        actions: 3,
        projects: 2,
        placed: 3,
        severalOwners: 1,
        skipped: [1, 4, 5, 9, 12, 20, 21].map((row) => ({ row, reason: 'no action text' })),
      }),
      '3 actions from 2 priorities; 3 placed; 1 with several owners; ' +
        '7 rows skipped (rows 1, 4, 5, 9, 12 and 2 more)',
    ],
  ])('says %#', (given, text) => {
    expect(summaryText(given)).toBe(text);
  });
});
