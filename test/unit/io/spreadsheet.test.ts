import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { problemText, type Result } from '../../../src/domain/result';
import { decodeText, MAX_IMPORT_BYTES } from '../../../src/io/spreadsheet/decode-text';
import {
  readDelimitedText,
  readSpreadsheetFile,
  type Table,
} from '../../../src/io/spreadsheet/read-table';
import { readXlsx } from '../../../src/io/spreadsheet/read-xlsx';

// Ours and the shared riverside fixtures (copied in) live together in test/fixtures/import.
const ours = (name: string) =>
  fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url));

/** As much of a browser `File` as the reader uses, counting reads. */
function fileOf(name: string, bytes: Uint8Array, size = bytes.length) {
  const file = {
    name,
    size,
    reads: 0,
    arrayBuffer: async () => {
      file.reads++;
      return bytes.buffer.slice(
        bytes.byteOffset,
        bytes.byteOffset + bytes.byteLength,
      ) as ArrayBuffer;
    },
  };
  return file;
}

async function readFixture(path: string): Promise<string[][]> {
  const name = path.split('/').pop()!;
  return rowsOf(await readSpreadsheetFile(fileOf(name, readFileSync(path))));
}

function rowsOf(result: Result<Table>): string[][] {
  if (!result.ok) throw new Error(result.problems.map(problemText).join('\n'));
  return result.value.rows;
}

function messages(result: Result<unknown>): string[] {
  return result.ok ? [] : result.problems.map(problemText);
}

describe('reading the fixtures', () => {
  it('reads the riverside plan: every row, blank objectives kept blank, quoted lists whole', async () => {
    const rows = await readFixture(ours('riverside-primary-plan.csv'));
    expect(rows).toHaveLength(17);
    expect(rows[0]).toEqual([
      'Strategic objective',
      'No.',
      'What we will do',
      'Who leads',
      'When',
      'Resources',
      'Success looks like',
      'Who checks',
      'Status',
    ]);
    expect(rows[2]).toEqual([
      '',
      '1.2',
      'Agree a whole-school writing sequence',
      'EL / DHT',
      'Oct-26',
      'INSET day',
      'Sequence in use in every class',
      'HT',
      'In progress',
    ]);
    expect(rows[13]![4]).toBe('Dec 2026, Apr 2027, Jul 2027');
    expect(rows.every((row) => row.length === 9)).toBe(true);
  });

  it('keeps Siân and Zoë from the key Excel saved as Windows-1252', async () => {
    const rows = await readFixture(ours('riverside-key-windows1252.csv'));
    expect(rows.slice(0, 3)).toEqual([
      ['Initials', 'Name', 'Role', 'Group?'],
      ['HT', 'Siân Roberts', 'Headteacher', 'no'],
      ['EL', 'Zoë Clarke', 'English lead', 'no'],
    ]);
  });

  it('reads the UTF-8 key with names beyond Latin-1', async () => {
    const rows = await readFixture(ours('riverside-key.csv'));
    expect(rows.map((row) => row[1])).toContain('Nguyễn Thị Lan');
    expect(rows.map((row) => row[1])).toContain('Łukasz Nowak');
  });

  it('splits a European export on semicolons, keeping decimal commas and the BOM out', async () => {
    const rows = await readFixture(ours('ecole-europeenne-semicolon.csv'));
    expect(rows[0]).toEqual([
      'Priority',
      'Ref',
      'Action',
      'Lead',
      'When',
      'Cost (€)',
      'Status',
      'Remarks',
    ]);
    expect(rows.map((row) => row[5])).toEqual([
      'Cost (€)',
      '1.250,00',
      '150,50',
      '75,00',
      '320,00',
      '0,00',
    ]);
    expect(rows[3]![2]).toBe('Reading café for parents; once a term');
    expect(rows[5]![7]).toBe('Ask the commune first');
  });

  it('reads a TSV, leaving quotes inside a cell alone', async () => {
    const rows = await readFixture(ours('hillside-academy-plan.tsv'));
    expect(rows[0]).toEqual(['Area', 'Action', 'Owner', 'Timescale', 'RAG', 'Success criteria']);
    expect(rows[2]).toEqual([
      '',
      'Staff "drop-in" sessions on de-escalation',
      'AHT Pastoral',
      'Nov 2026',
      'Amber',
      'Fewer than 5 internal exclusions a term',
    ]);
    expect(rows[3]).toEqual(['', 'Review the on-call rota', 'SLT', 'Jan 2027', '', '']);
  });

  const unicodeText = [
    ['Objective', 'No.', 'Action', 'Who leads', 'When'],
    ['Reading for pleasure', '1.1', "Zoë's book club for Year 5", 'EL', 'Oct 2026'],
    ['', '1.2', 'Łukasz runs a staff "reading spine" meeting', 'DHT', 'Nov 2026'],
    ['', '1.3', 'Nguyễn Thị Lan adapts texts for pupils with SEND', 'SENCo', 'Spring 1 2027'],
  ];

  it("reads Excel's Unicode text: UTF-16 LE with a BOM, tab-separated", async () => {
    expect(await readFixture(ours('excel-unicode-text.txt'))).toEqual(unicodeText);
  });

  it('reads UTF-16 without a BOM, little- and big-endian, from the pattern of NULs', () => {
    const little = readFileSync(ours('excel-unicode-text.txt')).subarray(2);
    const big = Uint8Array.from(little, (_, i) => little[i ^ 1]!);
    for (const bytes of [little, big]) {
      const text = decodeText(bytes);
      expect(text.ok && rowsOf(readDelimitedText(text.value))).toEqual(unicodeText);
    }
  });

  it('keeps quoted newlines in their cell and pads ragged rows to the widest', async () => {
    const rows = await readFixture(ours('quoted-newlines-ragged.csv'));
    expect(rows).toEqual([
      ['Objective', 'Ref', 'Action', 'Lead', 'Time-line', 'Notes', ''],
      [
        'Attendance',
        '1',
        'Call home on the first day of absence\n(office staff, before 10am)',
        'AO',
        'Sept 2026',
        '',
        '',
      ],
      [
        '',
        '2',
        'Weekly attendance report to SLT',
        'AO',
        'Half termly',
        'Share with governors\nat each full meeting',
        'spare cell',
      ],
      ['', '3', 'Rewards assembly for 100% attendance', 'HT', '', '', ''],
      // The blank line stays, so the rows below keep the numbers the team sees in Excel.
      ['', '', '', '', '', '', ''],
      [
        '',
        '4',
        'Letter to families below 90%, "persistent absence" explained',
        'AO',
        'Oct 2026',
        '',
        '',
      ],
    ]);
  });

  it('keeps title rows above the header (finding the header is the column guesser’s job)', async () => {
    const rows = await readFixture(ours('oakwood-title-rows.csv'));
    expect(rows[0]).toEqual([
      'Oakwood Infant School: School Development Plan 2026-27',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(rows[1]![0]).toBe('Updated by the headteacher, 2 September 2026');
    expect(rows[2]).toEqual(['', '', '', '', '', '']);
    expect(rows[3]).toEqual([
      'Key priority',
      'Ref',
      'Actions',
      'Lead person',
      'Timescale',
      'Monitoring',
    ]);
    expect(rows).toHaveLength(8);
  });

  it('reads the college plan with US dates as written, commas inside quoted money kept', async () => {
    const rows = await readFixture(ours('lakeview-college-us-dates.csv'));
    expect(rows.map((row) => row[3])).toEqual([
      'Deadline',
      '9/15/2026',
      '10/30/2026',
      '1/20/2027',
      '12/18/2026',
      '9/25/2026',
      '1/20/2027',
      '5/28/2027',
    ]);
    expect(rows[2]![5]).toBe('$2,400');
  });
});

describe('reading .xlsx', () => {
  const dateCell = (y: number, m: number, d: number) => ({
    value: new Date(Date.UTC(y, m - 1, d)),
    type: Date,
    format: 'mm/dd/yyyy',
  });

  async function xlsxBytes(): Promise<Uint8Array> {
    const buffer = await writeExcelFile([
      ['Initiative', 'Task', 'Person responsible', 'Deadline', 'Cost', 'Done?'],
      [
        'Student retention',
        'Call every absent student',
        'Dean of Students',
        dateCell(2026, 9, 15),
        150.5,
        false,
      ],
      [null, 'Peer mentors', 'M. Alvarez', dateCell(2027, 1, 20), 2400, true],
      [null, null, null, null, null, null],
      ['Guided pathways', 'Publish program maps', 'Provost', 'Spring 2027', null, null],
    ]).toBuffer();
    return new Uint8Array(buffer);
  }

  it('reads the first sheet: date cells as ISO dates, numbers as written, blank rows kept', async () => {
    const rows = rowsOf(await readSpreadsheetFile(fileOf('Lakeview plan.XLSX', await xlsxBytes())));
    expect(rows).toEqual([
      ['Initiative', 'Task', 'Person responsible', 'Deadline', 'Cost', 'Done?'],
      [
        'Student retention',
        'Call every absent student',
        'Dean of Students',
        '2026-09-15',
        '150.5',
        'FALSE',
      ],
      ['', 'Peer mentors', 'M. Alvarez', '2027-01-20', '2400', 'TRUE'],
      ['', '', '', '', '', ''],
      ['Guided pathways', 'Publish program maps', 'Provost', 'Spring 2027', '', ''],
    ]);
  });

  it('uses the reader it is given', async () => {
    const reader = async () => [
      ['Action', new Date(Date.UTC(2026, 10, 30))],
      ['Audit', 3],
    ];
    expect(rowsOf(await readXlsx(new ArrayBuffer(0), reader))).toEqual([
      ['Action', '2026-11-30'],
      ['Audit', '3'],
    ]);
  });

  const damaged =
    'this .xlsx file could not be read: it may be damaged or password-protected; ' +
    'open it in Excel and save it again, or save it as CSV';

  it('refuses a damaged .xlsx, never throwing', async () => {
    const bytes = await xlsxBytes();
    const truncated = bytes.subarray(0, bytes.length / 2);
    expect(messages(await readSpreadsheetFile(fileOf('plan.xlsx', truncated)))).toEqual([damaged]);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(messages(await readSpreadsheetFile(fileOf('plan.xlsx', png)))).toEqual([damaged]);
  });

  it('refuses a sheet with nothing in it', async () => {
    const reader = async () => [[null, '  '], []];
    expect(messages(await readXlsx(new ArrayBuffer(0), reader))).toEqual(['this file is empty']);
  });
});

describe('bad input', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('refuses an empty file, or one of only blank lines', async () => {
    expect(messages(await readSpreadsheetFile(fileOf('plan.csv', new Uint8Array())))).toEqual([
      'this file is empty',
    ]);
    expect(
      messages(await readSpreadsheetFile(fileOf('plan.csv', utf8('\uFEFF \r\n ,, \r\n')))),
    ).toEqual(['this file is empty']);
  });

  it('refuses a binary file renamed .csv', async () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48,
    ]);
    const zip = utf8('PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml');
    const noNuls = Uint8Array.from({ length: 400 }, (_, i) => (i * 37) % 256 || 1);
    for (const bytes of [png, zip, noNuls]) {
      expect(messages(await readSpreadsheetFile(fileOf('plan.csv', bytes)))).toEqual([
        'this file is not text: is it a spreadsheet saved as CSV?',
      ]);
    }
  });

  it('refuses a file over the limit without reading it', async () => {
    const file = fileOf('whole-trust.csv', new Uint8Array(), 20 * 1024 * 1024);
    expect(messages(await readSpreadsheetFile(file))).toEqual([
      'this file is 20 MB; a spreadsheet to import can be at most 5 MB',
    ]);
    expect(file.reads).toBe(0);
    const justOver = fileOf('plan.xlsx', new Uint8Array(), MAX_IMPORT_BYTES + 1);
    expect(messages(await readSpreadsheetFile(justOver))).toEqual([
      'this file is 5.0 MB; a spreadsheet to import can be at most 5 MB',
    ]);
    expect(justOver.reads).toBe(0);
  });

  it('refuses more than 5,000 rows below the header, and takes exactly 5,000', () => {
    const plan = (rows: number) =>
      ['Action,When', ...Array.from({ length: rows }, (_, i) => `Action ${i},Sept 2026`)].join(
        '\n',
      );
    expect(messages(readDelimitedText(plan(5001)))).toEqual([
      'more than 5,000 rows: this file has 5,001 below the header; split it into smaller files',
    ]);
    expect(readDelimitedText(plan(5000)).ok).toBe(true);
  });

  it('refuses a kind of file it cannot read, naming the kinds it can', async () => {
    const bytes = utf8('Action\nAudit');
    expect(messages(await readSpreadsheetFile(fileOf('plan.ods', bytes)))).toEqual([
      'this kind of file cannot be imported: choose a .csv, .tsv, .txt or .xlsx file',
    ]);
    expect(messages(await readSpreadsheetFile(fileOf('plan', bytes)))).toEqual([
      'this kind of file cannot be imported: choose a .csv, .tsv, .txt or .xlsx file',
    ]);
    expect(messages(await readSpreadsheetFile(fileOf('plan.xls', bytes)))).toEqual([
      'old Excel files (.xls) cannot be read: save it as .xlsx or CSV first',
    ]);
  });
});

describe('readDelimitedText', () => {
  it.each([
    [
      'semicolons with decimal commas',
      'Action;Cost\nAudit;1,5\nTraining;150,50',
      ['Training', '150,50'],
    ],
    ['commas', 'Action,Cost\nAudit,"1,5"\nTraining,150', ['Training', '150']],
    ['tabs', 'Action\tCost\nAudit\t1,5\nTraining\t150', ['Training', '150']],
    ['pipes', 'Action|Cost\nAudit|1,5\nTraining|150', ['Training', '150']],
    ["Excel's sep= line", 'sep=;\nAction;Cost\nAudit;1,5\nTraining;150', ['Training', '150']],
    ['old Mac line breaks', 'Action,Cost\rAudit,1\rTraining,150', ['Training', '150']],
  ])('guesses %s', (_, text, lastRow) => {
    const rows = rowsOf(readDelimitedText(text));
    expect(rows[0]).toEqual(['Action', 'Cost']);
    expect(rows.at(-1)).toEqual(lastRow);
  });

  it('reads a single column, keeping a blank row between rows and none after the last', () => {
    expect(rowsOf(readDelimitedText('Action\nAudit books\n\nPupil voice\n\n\n'))).toEqual([
      ['Action'],
      ['Audit books'],
      [''],
      ['Pupil voice'],
    ]);
  });

  it('trims cells only at their edges and drops trailing columns blank throughout', () => {
    expect(
      rowsOf(readDelimitedText('  Action , When ,,\n  Audit  the books ,  Sept 2026,,\n')),
    ).toEqual([
      ['Action', 'When'],
      ['Audit  the books', 'Sept 2026'],
    ]);
  });

  it('refuses a ragged file wider than 256 columns', () => {
    expect(messages(readDelimitedText(`Action\n${'x,'.repeat(300)}x`))).toEqual([
      'more than 256 columns (301): is this file a plan?',
    ]);
  });

  const csvish = fc
    .array(
      fc.constantFrom(',', ';', '\t', '|', '"', '\n', '\r', '\r\n', ' ', 'a', 'Zoë', '1,5', 'sep='),
      {
        maxLength: 60,
      },
    )
    .map((parts) => parts.join(''));

  it('never throws, and every table it returns is rectangular, trimmed and ends with a filled row', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), csvish), (text) => {
        const result = readDelimitedText(text);
        if (!result.ok) return result.problems.length > 0;
        const { rows } = result.value;
        const width = rows[0]!.length;
        return (
          width > 0 &&
          rows.at(-1)!.some((cell) => cell !== '') &&
          rows.every((row) => row.length === width && row.every((cell) => cell === cell.trim()))
        );
      }),
      { numRuns: 1000 },
    );
  }, 20_000);
});

describe('decodeText', () => {
  it('strips a UTF-8 BOM', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0x2c, 0x42]))).toEqual({
      ok: true,
      value: 'A,B',
    });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // Zoë, Siân, £150, an en dash, € and curly quotes as Excel on Windows writes them.
    const bytes = Uint8Array.from([
      0x5a, 0x6f, 0xeb, 0x2c, 0x53, 0x69, 0xe2, 0x6e, 0x2c, 0xa3, 0x31, 0x35, 0x30, 0x96, 0x80,
      0x93, 0x94,
    ]);
    expect(decodeText(bytes)).toEqual({ ok: true, value: 'Zoë,Siân,£150–€“”' });
  });

  it('forgives a stray control character and a DOS end-of-file mark', () => {
    const text = `Action,Notes\nAudit,copied from Word\u000b with a line tab\n\u001a`;
    expect(decodeText(new TextEncoder().encode(text))).toEqual({
      ok: true,
      value: 'Action,Notes\nAudit,copied from Word\u000b with a line tab\n',
    });
  });

  it('never throws on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = decodeText(bytes);
        return result.ok ? result.value.length > 0 : result.problems.length === 1;
      }),
    );
  });
});
