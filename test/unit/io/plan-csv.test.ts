import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarOf, englandCalendar } from '../../../src/domain/calendar-templates';
import {
  createAction,
  createPerson,
  createPlan,
  createProject,
} from '../../../src/domain/create-plan';
import { findHeaderRow, guessColumns } from '../../../src/domain/import/columns';
import { readOwnerKey, type KeyEntry } from '../../../src/domain/import/owners';
import { planFromSpreadsheet } from '../../../src/domain/import/spreadsheet-plan';
import { dateOrderOfColumn } from '../../../src/domain/import/date-order';
import { parseTimeLine } from '../../../src/domain/import/time-line';
import type { ActionId, PersonId, ProjectId } from '../../../src/domain/ids';
import { monthRange, type MonthKey } from '../../../src/domain/month';
import { PROJECT_PALETTE } from '../../../src/domain/palette';
import type { Action, Kind, Plan, Size, Status } from '../../../src/domain/plan';
import { ownerKeyCsv, planCsv, PLAN_CSV_HEADINGS } from '../../../src/io/plan-csv';
import { readDelimitedText } from '../../../src/io/spreadsheet/read-table';
import { makePlan } from '../../fixtures/make-plan';

/** What the import dialog does with a CSV file and the team's choices left as guessed. */
function reimported(csv: string, plan: Plan, key: KeyEntry[] = []): Plan {
  const table = readDelimitedText(csv);
  if (!table.ok) throw new Error(JSON.stringify(table.problems));
  const rows = table.value.rows;
  const headerRow = findHeaderRow(rows);
  const columns = guessColumns(rows[headerRow] ?? [], rows.slice(headerRow + 1));
  const when = rows.slice(headerRow + 1).map((row) => row[columns.indexOf('timeLine')] ?? '');
  const order = dateOrderOfColumn(when);
  const result = planFromSpreadsheet(rows, {
    headerRow,
    columns,
    dateOrder: order === 'month-first' ? 'month-first' : 'day-first',
    numberOrderIsSequence: false,
    key,
    name: plan.name,
    calendar: calendarOf(plan.calendar),
    startMonth: plan.startMonth,
    lengthMonths: plan.lengthMonths,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value.plan;
}

/** Everything a CSV carries, with ids replaced by what a reader sees. */
function carried(plan: Plan) {
  const title = (id: ActionId) => plan.actions[id]?.title;
  return plan.projectOrder.map((projectId) => {
    const project = plan.projects[projectId];
    return {
      name: project?.name,
      code: project?.code,
      colour: project?.colour,
      actions: Object.values(plan.actions)
        .filter((a) => a.projectId === projectId)
        .sort((a, b) => (a.title < b.title ? -1 : 1))
        .map((a) => ({
          title: a.title,
          reference: a.reference,
          owners: a.ownerIds.map((id) => plan.people[id]?.initials),
          month: a.month,
          status: a.status,
          kind: a.kind,
          size: a.size,
          dependsOn: a.dependsOn.map(title),
          resources: a.resources,
          monitoring: a.monitoring,
          tags: a.tags,
          notes: a.notes,
          timeLine: a.timeLine,
        })),
    };
  });
}

const lines = (csv: string) => csv.split('\r\n');

describe('exporting a plan as CSV', () => {
  it('writes one row per action, in project then month order, with CRLF line ends', () => {
    const plan = makePlan({
      projects: [
        { code: 'RD', name: 'Early reading' },
        { code: 'MA', name: 'Maths, mastery' },
      ],
      people: [{ initials: 'HT', name: 'Siân Roberts' }, { initials: 'EL' }],
      actions: [
        ['Book look', null, { project: 'RD', owners: [] }],
        [
          'Phonics audit',
          '2026-11',
          { project: 'RD', owners: ['HT', 'EL'], tags: ['urgent', 'funded'] },
        ],
        ['Train staff', '2026-10', { project: 'RD', dependsOn: ['Phonics audit'], size: 'large' }],
        ['Number "sense"\nsessions', '2027-01', { project: 'MA', owners: ['EL'] }],
      ],
    });
    expect(lines(planCsv(plan))).toEqual([
      PLAN_CSV_HEADINGS.join(','),
      'Early reading,RD,#CC6677,3,Train staff,HO,October 2026,Not started,Process,Large,2,,,,',
      'Early reading,RD,#CC6677,2,Phonics audit,HT / EL,November 2026,Not started,Process,Small,,,,"urgent, funded",',
      'Early reading,RD,#CC6677,1,Book look,,,Not started,Process,Small,,,,,',
      '"Maths, mastery",MA,#332288,4,"Number ""sense""\nsessions",EL,January 2027,Not started,Process,Small,,,,,',
      '',
    ]);
  });

  it('writes a project without actions as a row of its own, so it comes back', () => {
    const plan = makePlan({ projects: [{ code: 'RD', name: 'Early reading' }], actions: [] });
    expect(lines(planCsv(plan))[1]).toBe('Early reading,RD,#CC6677,,,,,,,,,,,,');
    expect(carried(reimported(planCsv(plan), plan))).toEqual(carried(plan));
  });

  it('escapes a cell a spreadsheet would run as a formula, and the import takes it back', () => {
    const plan = makePlan({
      actions: [
        ['=HYPERLINK("http://x")', '2026-10'],
        ['+44 call', null],
        ['-', null],
        ['@home', null],
      ],
    });
    const csv = planCsv(plan);
    expect(csv).toContain(`,"'=HYPERLINK(""http://x"")",`);
    expect(csv).toContain(`,'+44 call,`);
    expect(csv).toContain(`,'-,`);
    expect(csv).toContain(`,'@home,`);
    const back = reimported(csv, plan);
    expect(Object.values(back.actions).map((a) => a.title)).toEqual([
      '=HYPERLINK("http://x")',
      '+44 call',
      '-',
      '@home',
    ]);
  });

  it('exports a note moved since its time-line was written at its month, keeping the words', () => {
    const plan = makePlan({ actions: [['Coach teachers', '2026-11']] });
    const action = Object.values(plan.actions)[0] as Action;
    action.timeLine = 'Autumn term 2026';
    const back = Object.values(reimported(planCsv(plan), plan).actions)[0];
    expect(back).toMatchObject({
      month: '2026-11',
      timeLine: '',
      notes: 'Time-line as written: Autumn term 2026',
    });
  });

  it('writes the people as a key that gives owners back their names', () => {
    const plan = makePlan({
      people: [
        { initials: 'HT', name: 'Siân Roberts' },
        { initials: 'FGB', name: 'Full governing body', group: true },
      ],
      actions: [['Review policy', '2027-04', { owners: ['HT', 'FGB'] }]],
    });
    expect(lines(ownerKeyCsv(plan))).toEqual([
      'Initials,Name,Role,Group?',
      'HT,Siân Roberts,,no',
      'FGB,Full governing body,,yes',
      '',
    ]);
  });
});

// Generated plans: text with commas, quotes, newlines and formula characters, in any script.
const text = fc
  .tuple(
    fc.constantFrom('', '=', '+', '-', '@', "'=", '"', 'Zoë '),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom('', ',', '"', '\n', ', "x"', '; ', ' / '),
    fc.string({ unit: 'grapheme-ascii', maxLength: 6 }),
  )
  // The reader trims cells and reads a carriage return as a line end, as spreadsheets write it.
  .map((parts) => parts.join('').replace(/\r/g, '').trim());
const title = text.filter((t) => t !== '');
const tag = text.map((t) => t.replace(/[,;\n]/g, ' ').trim()).filter((t) => t !== '');
const initials = fc.stringMatching(/^[A-Z]{2,4}$/).filter((s) => s !== 'AND');
const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);

const START: MonthKey = '2026-09';
const MONTHS = monthRange(START, 12);
const context = { calendar: englandCalendar, dateOrder: 'day-first' as const };
/** A time-line as the importer would have left it beside the month: one it reads back the same. */
function timeLineFor(month: MonthKey | null, written: string): string {
  const read = parseTimeLine(written, context);
  return read.month === month && read.keep === written ? written : '';
}
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov'];
const writtenFor = (month: MonthKey | null) => {
  if (month === null) return fc.constantFrom('', 'On-going', 'Half termly', 'TBC', 'Weekly');
  const [year, number] = month.split('-').map(Number) as [number, number];
  const range = `${SHORT_MONTHS[number - 1] ?? 'Dec'}/${SHORT_MONTHS[number] ?? 'Jan'} ${year}`;
  return fc.constantFrom('', range, number === 9 ? `Autumn term ${year}` : '');
};

const actionFields = fc.record({
  title,
  project: fc.nat(),
  hasReference: fc.boolean(),
  owners: fc.uniqueArray(fc.nat(), { maxLength: 3 }),
  month: fc.option(fc.constantFrom(...MONTHS), { nil: null }),
  status: fc.constantFrom<Status>('not-started', 'in-progress', 'met', 'partially-met', 'not-met'),
  kind: fc.constantFrom<Kind>('process', 'evidence'),
  size: fc.constantFrom<Size>('small', 'medium', 'large'),
  dependsOn: fc.uniqueArray(fc.nat(), { maxLength: 3 }),
  resources: text,
  monitoring: text,
  tags: fc.uniqueArray(tag, { maxLength: 3 }),
  notes: text,
});

const generatedPlan = fc
  .record({
    projects: fc
      .uniqueArray(
        fc.record({
          name: title,
          code: fc.stringMatching(/^[A-Z]{2,4}$/),
          colour: fc.oneof(fc.constantFrom(...PROJECT_PALETTE), hex),
        }),
        { minLength: 1, maxLength: 4, selector: (p) => p.name },
      )
      .filter((ps) => new Set(ps.map((p) => p.code)).size === ps.length),
    people: fc.uniqueArray(initials, { minLength: 1, maxLength: 5 }),
    actions: fc.uniqueArray(actionFields, { maxLength: 12, selector: (a) => a.title }),
    written: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
  })
  .chain((shape) =>
    fc.tuple(fc.constant(shape), fc.tuple(...shape.actions.map((a) => writtenFor(a.month)))),
  )
  .map(([shape, written]) => {
    const plan = createPlan({
      name: 'Generated',
      phase: 'bronze',
      startMonth: START,
      lengthMonths: 12,
    });
    const projectIds = shape.projects.map((p, i) => {
      const id = `prj_${i}` as ProjectId;
      plan.projects[id] = createProject({ id, ...p });
      plan.projectOrder.push(id);
      return id;
    });
    const personIds = shape.people.map((initials, i) => {
      const id = `per_${i}` as PersonId;
      plan.people[id] = createPerson({ id, initials, name: initials });
      return id;
    });
    const actionIds = shape.actions.map((_, i) => `act_${i}` as ActionId);
    shape.actions.forEach((a, i) => {
      const id = actionIds[i] as ActionId;
      plan.actions[id] = createAction({
        ...a,
        id,
        projectId: projectIds[a.project % projectIds.length] as ProjectId,
        reference: a.hasReference ? `${(a.project % projectIds.length) + 1}.${i + 1}` : '',
        ownerIds: [...new Set(a.owners.map((n) => personIds[n % personIds.length] as PersonId))],
        // Only on actions written before it, as a plan without loops has them.
        dependsOn:
          i === 0 ? [] : [...new Set(a.dependsOn.map((n) => actionIds[n % i] as ActionId))],
        timeLine: timeLineFor(a.month, written[i] ?? ''),
      });
    });
    return plan;
  });

describe('the CSV round trip', () => {
  it('reads any plan back from its CSV as the same plan', () => {
    fc.assert(
      fc.property(generatedPlan, (plan) => {
        expect(carried(reimported(planCsv(plan), plan))).toEqual(carried(plan));
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('gives owners back their names, roles and groups with the key beside it', () => {
    const plan = makePlan({
      people: [
        { initials: 'HT', name: 'Siân Roberts, head' },
        { initials: 'SLT', name: 'Senior leadership team', group: true },
      ],
      actions: [['Review policy', '2027-04', { owners: ['HT', 'SLT'] }]],
    });
    const person = Object.values(plan.people)[0];
    if (person) person.role = '=Headteacher';
    const table = readDelimitedText(ownerKeyCsv(plan));
    const key = table.ok ? readOwnerKey(table.value.rows) : null;
    const back = reimported(planCsv(plan), plan, key?.ok ? key.value : []);
    const owners = Object.values(back.actions)[0]?.ownerIds.map((id) => back.people[id]);
    expect(owners).toMatchObject([
      { initials: 'HT', name: 'Siân Roberts, head', role: '=Headteacher', isGroup: false },
      { initials: 'SLT', name: 'Senior leadership team', role: '', isGroup: true },
    ]);
  });
});
