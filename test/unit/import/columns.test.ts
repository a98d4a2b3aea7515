import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COLUMN_ROLE_LABELS,
  findHeaderRow,
  guessColumns,
  type ColumnRole,
} from '../../../src/domain/import/columns';
import { decodeText } from '../../../src/io/spreadsheet/decode-text';
import { readDelimitedText } from '../../../src/io/spreadsheet/read-table';

const FIXTURES: Record<string, string> = {
  riverside: '../../fixtures/import/riverside-primary-plan.csv',
  riversideKey: '../../fixtures/import/riverside-key.csv',
  ecole: '../../fixtures/import/ecole-europeenne-semicolon.csv',
  hillside: '../../fixtures/import/hillside-academy-plan.tsv',
  unicodeText: '../../fixtures/import/excel-unicode-text.txt',
  ragged: '../../fixtures/import/quoted-newlines-ragged.csv',
  oakwood: '../../fixtures/import/oakwood-title-rows.csv',
  lakeview: '../../fixtures/import/lakeview-college-us-dates.csv',
};

function rowsOf(fixture: string): string[][] {
  const bytes = readFileSync(fileURLToPath(new URL(FIXTURES[fixture]!, import.meta.url)));
  const text = decodeText(bytes);
  const table = text.ok ? readDelimitedText(text.value) : text;
  if (!table.ok) throw new Error(`${fixture} did not read`);
  return table.value.rows;
}

/** Heading and guessed role side by side, as the mapping dialog shows them. */
function guessed(rows: string[][], headerRow = findHeaderRow(rows)): [string, ColumnRole][] {
  const header = rows[headerRow]!;
  const roles = guessColumns(header, rows.slice(headerRow + 1));
  return header.map((heading, i) => [heading, roles[i]!]);
}

/** The same rows with their headings blanked: a guess from the contents alone. */
function guessedFromContents(rows: string[][]): ColumnRole[] {
  const headerRow = findHeaderRow(rows);
  return guessColumns(
    rows[headerRow]!.map(() => ''),
    rows.slice(headerRow + 1),
  );
}

describe('guessColumns from the fixtures’ headings', () => {
  it.each<[string, [string, ColumnRole][]]>([
    [
      'riverside',
      [
        ['Strategic objective', 'project'],
        ['No.', 'reference'],
        ['What we will do', 'action'],
        ['Who leads', 'owner'],
        ['When', 'timeLine'],
        ['Resources', 'resources'],
        ['Success looks like', 'notes'],
        ['Who checks', 'monitoring'],
        ['Status', 'status'],
      ],
    ],
    [
      'ecole',
      [
        ['Priority', 'project'],
        ['Ref', 'reference'],
        ['Action', 'action'],
        ['Lead', 'owner'],
        ['When', 'timeLine'],
        ['Cost (€)', 'resources'],
        ['Status', 'status'],
        ['Remarks', 'notes'],
      ],
    ],
    [
      'hillside',
      [
        ['Area', 'project'],
        ['Action', 'action'],
        ['Owner', 'owner'],
        ['Timescale', 'timeLine'],
        ['RAG', 'status'],
        ['Success criteria', 'notes'],
      ],
    ],
    [
      'ragged',
      [
        ['Objective', 'project'],
        ['Ref', 'reference'],
        ['Action', 'action'],
        ['Lead', 'owner'],
        ['Time-line', 'timeLine'],
        ['Notes', 'notes'],
        ['', 'notes'],
      ],
    ],
    [
      'oakwood',
      [
        ['Key priority', 'project'],
        ['Ref', 'reference'],
        ['Actions', 'action'],
        ['Lead person', 'owner'],
        ['Timescale', 'timeLine'],
        ['Monitoring', 'monitoring'],
      ],
    ],
    [
      'lakeview',
      [
        ['Initiative', 'project'],
        ['Task', 'action'],
        ['Person responsible', 'owner'],
        ['Deadline', 'timeLine'],
        ['Progress', 'status'],
        ['Budget', 'resources'],
      ],
    ],
  ])('%s', (fixture, expected) => {
    expect(guessed(rowsOf(fixture))).toEqual(expected);
  });
});

describe('guessColumns from headings alone', () => {
  const roleOf = (heading: string) => guessColumns([heading], [])[0];

  it.each<[string, ColumnRole]>([
    ['Priorities', 'project'],
    ['Strategic priority', 'project'],
    ['Target', 'project'],
    ['Goal', 'project'],
    ['#', 'reference'],
    ['Ref no.', 'reference'],
    ['Milestones', 'action'],
    ['Activity', 'action'],
    ['Benchmark', 'action'],
    ['By whom', 'owner'],
    ['Responsible', 'owner'],
    ['Action lead', 'owner'],
    ['Target date', 'timeLine'],
    ['By when?', 'timeLine'],
    ['Time-line', 'timeLine'],
    ['TERM', 'timeLine'],
    ['RAG rating', 'status'],
    ['Who monitors progress', 'monitoring'],
    ['Monitored by', 'monitoring'],
    ['Evaluation', 'monitoring'],
    ['Cost', 'resources'],
    ['Type', 'kind'],
    ['Impact', 'notes'],
    ['Evidence of impact', 'notes'],
    ['Outcome', 'notes'],
    ['Code', 'projectCode'],
    ['Project code', 'projectCode'],
    ['Color', 'projectColour'],
    ['Depends on', 'dependsOn'],
    ['Prerequisite', 'dependsOn'],
    ['Tags', 'tags'],
    ['Codes', 'tags'],
    ['Analysis', 'tags'],
    ['Weight', 'size'],
  ])('%s → %s', (heading, role) => {
    expect(roleOf(heading)).toBe(role);
  });

  it('gives each role to one column: the closest heading, else the leftmost', () => {
    expect(guessColumns(['Who', 'Who leads', 'Action', 'Actions'], [])).toEqual([
      'notes',
      'owner',
      'action',
      'notes',
    ]);
  });

  it('keeps unknown headings with text in notes and ignores columns with nothing in them', () => {
    expect(
      guessColumns(
        ['Action', 'Room', 'Spare'],
        [
          ['Audit books', 'Library', ''],
          ['Pupil voice', '', ''],
        ],
      ),
    ).toEqual(['action', 'notes', 'ignore']);
  });
});

describe('guessColumns from contents when the headings say nothing', () => {
  it.each<[string, ColumnRole[]]>([
    [
      'riverside',
      [
        'project',
        'reference',
        'action',
        'owner',
        'timeLine',
        'notes',
        'notes',
        'monitoring',
        'status',
      ],
    ],
    ['ecole', ['project', 'reference', 'action', 'owner', 'timeLine', 'notes', 'status', 'notes']],
    ['hillside', ['project', 'action', 'owner', 'timeLine', 'status', 'notes']],
    ['oakwood', ['project', 'reference', 'action', 'notes', 'timeLine', 'owner']],
    ['lakeview', ['project', 'action', 'notes', 'timeLine', 'status', 'notes']],
  ])('%s', (fixture, expected) => {
    expect(guessedFromContents(rowsOf(fixture))).toEqual(expected);
  });

  it.each<[string, string[], ColumnRole]>([
    ['outline numbers', ['1.1', '1.2', '2.1', '2.2'], 'reference'],
    ['month and term words', ['Sept 2026', 'Autumn term', 'On-going', 'Jan-27'], 'timeLine'],
    ['US dates', ['9/15/2026', '1/20/2027', '', '5/28/2027'], 'timeLine'],
    ['Excel serial dates', ['46280', '46407', '46500'], 'timeLine'],
    ['statuses', ['Met', 'Not met', 'In progress', '', 'Partially met'], 'status'],
    ['RAG letters', ['R', 'A', 'G', 'G'], 'status'],
    ['initials', ['HT', 'DHT/SENCo', 'EL / DHT', 'HT & GOVS'], 'owner'],
  ])('%s', (_, values, role) => {
    const rows = values.map((value, i) => [`Step ${i} of the work, written out in full`, value]);
    expect(guessColumns(['', ''], rows)).toEqual(['action', role]);
  });

  it('makes the longest text the action when nothing else claims it', () => {
    expect(
      guessColumns(
        ['', 'Col 2', ''],
        [
          ['x', 'Audit writing books in every class', 'short'],
          ['y', 'Agree a whole-school writing sequence', 'text'],
        ],
      ),
    ).toEqual(['notes', 'action', 'notes']);
  });
});

describe('findHeaderRow', () => {
  it('finds the header under the title rows', () => {
    // Row 4 of the file: a title, an "updated" line and a blank row sit above it.
    expect(findHeaderRow(rowsOf('oakwood'))).toBe(3);
  });

  it.each(['riverside', 'riversideKey', 'ecole', 'hillside', 'unicodeText', 'ragged', 'lakeview'])(
    '%s starts with its header',
    (fixture) => {
      expect(findHeaderRow(rowsOf(fixture))).toBe(0);
    },
  );

  it('is 0 when no row in the first 10 looks like headings', () => {
    expect(findHeaderRow([['Plan'], ['Audit books', 'HT'], ['Pupil voice', 'SLT']])).toBe(0);
    expect(
      findHeaderRow([
        ['Plan', ''],
        ['Audit books', 'HT'],
        ['Lead', 'Action'],
      ]),
    ).toBe(0);
    expect(findHeaderRow([])).toBe(0);
  });

  it('looks no further than the first 10 rows', () => {
    const title = ['Title', '', ''];
    expect(findHeaderRow([...Array(10).fill(title), ['Action', 'Lead', 'When']])).toBe(0);
    expect(findHeaderRow([...Array(9).fill(title), ['Action', 'Lead', 'When']])).toBe(9);
  });
});

it('labels every role for the mapping dialog', () => {
  expect(COLUMN_ROLE_LABELS.project).toBe('Project (priority)');
  expect(COLUMN_ROLE_LABELS.timeLine).toBe('Time-line');
  expect(COLUMN_ROLE_LABELS.notes).toBe('Keep in notes');
  expect(new Set(Object.values(COLUMN_ROLE_LABELS)).size).toBe(16);
});

it('guesses one role per column, each single role at most once, for any table', () => {
  const cell = fc.oneof(
    fc.constantFrom(
      '',
      'Action',
      'Who',
      'When',
      'Status',
      'HT',
      '1.1',
      'Met',
      'Sept 2026',
      'Notes',
    ),
    fc.string({ maxLength: 12 }),
  );
  fc.assert(
    fc.property(
      fc.array(cell, { maxLength: 8 }),
      fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 }),
      (header, rows) => {
        const roles = guessColumns(header, rows);
        const width = Math.max(header.length, ...rows.map((row) => row.length));
        const singles = roles.filter((role) => role !== 'notes' && role !== 'ignore');
        return roles.length === width && new Set(singles).size === singles.length;
      },
    ),
  );
});
