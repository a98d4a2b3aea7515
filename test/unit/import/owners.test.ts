import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOwners, readOwnerKey, type KeyEntry } from '../../../src/domain/import/owners';
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

function riversideKey(): KeyEntry[] {
  const key = readOwnerKey(rowsOf(fixtureText('riverside-key.csv')));
  if (!key.ok) throw new Error(JSON.stringify(key.problems));
  return key.value;
}

/** `HT Siân Roberts (Headteacher)`, `FGB Full governing body [group]`: what a test reads. */
const shown = (cell: string, key: readonly KeyEntry[]) =>
  parseOwners(cell, key).map(
    (o) => `${o.initials} ${o.name}${o.role ? ` (${o.role})` : ''}${o.isGroup ? ' [group]' : ''}`,
  );

describe('reading a key of abbreviations', () => {
  it('reads the initials, name, role and group columns of the Riverside key', () => {
    expect(riversideKey()).toEqual([
      { initials: 'HT', name: 'Siân Roberts', role: 'Headteacher', isGroup: false },
      { initials: 'DHT', name: 'Łukasz Nowak', role: 'Deputy headteacher', isGroup: false },
      { initials: 'EL', name: 'Zoë Clarke', role: 'English lead', isGroup: false },
      {
        initials: 'SENCo',
        name: 'Nguyễn Thị Lan',
        role: 'Special educational needs co-ordinator',
        isGroup: false,
      },
      { initials: 'FLO', name: "Aoife O'Brien", role: 'Family liaison officer', isGroup: false },
      { initials: 'SLT', name: 'Senior leadership team', role: 'Group', isGroup: true },
      { initials: 'GOVS', name: 'Governors', role: 'Group', isGroup: true },
      { initials: 'FGB', name: 'Full governing body', role: 'Group', isGroup: true },
      { initials: 'ALL TEACHERS', name: 'All teaching staff', role: 'Group', isGroup: true },
      { initials: 'Chair', name: 'Chair of governors', role: 'Role', isGroup: false },
    ]);
  });

  it('finds the columns under a title line and in another order', () => {
    const key = readOwnerKey([
      ['Key to abbreviations', '', ''],
      ['Job title', 'Full name', 'Abbreviation'],
      ['Maths lead', 'Tomás Ó Briain', 'ML'],
    ]);
    expect(key).toMatchObject({
      ok: true,
      value: [{ initials: 'ML', name: 'Tomás Ó Briain', role: 'Maths lead', isGroup: false }],
    });
  });

  it('reads a pasted key without headings by what its columns hold', () => {
    const key = readOwnerKey([
      ['Siân Roberts', 'HT', 'Headteacher'],
      ['Whole staff', 'WS', 'Everyone', 'yes'],
      ['Łukasz Nowak', 'DHT', 'Deputy', 'no'],
    ]);
    expect(key.ok && key.value).toEqual([
      { initials: 'HT', name: 'Siân Roberts', role: 'Headteacher', isGroup: false },
      { initials: 'WS', name: 'Whole staff', role: 'Everyone', isGroup: true },
      { initials: 'DHT', name: 'Łukasz Nowak', role: 'Deputy', isGroup: false },
    ]);
  });

  it('marks groups by their name when the key has no group column', () => {
    const key = readOwnerKey([
      ['Initials', 'Name'],
      ['MFL', 'Languages department'],
      ['JB', 'Jo Bloggs'],
    ]);
    expect(key.ok && key.value.map((e) => e.isGroup)).toEqual([true, false]);
  });

  it('reports a row without initials and keeps the others', () => {
    const key = readOwnerKey([
      ['Initials', 'Name', 'Role'],
      ['HT', 'Siân Roberts', 'Headteacher'],
      ['', 'Aoife O’Brien', 'Family liaison officer'],
    ]);
    expect(key.ok && key.value.map((e) => e.initials)).toEqual(['HT']);
    expect(key.skipped).toEqual([{ where: 'row 3', reason: 'no initials for "Aoife O’Brien"' }]);
  });

  it('refuses a key with no entries, saying why', () => {
    expect(readOwnerKey([])).toEqual({
      ok: false,
      problems: [{ where: '', reason: 'the key is empty' }],
      skipped: [],
    });
    expect(
      readOwnerKey([
        ['Initials', 'Name'],
        ['', 'Zoë Clarke'],
      ]),
    ).toMatchObject({
      ok: false,
      problems: [{ where: 'row 2', reason: 'no initials for "Zoë Clarke"' }],
    });
  });
});

describe('reading an owner cell', () => {
  // Every owner form in riverside-primary-plan.csv (Who leads and Who checks), and the forms
  // PRODUCT.md and issue 7 name.
  const withKey: [string, string[]][] = [
    ['DHT', ['DHT Łukasz Nowak (Deputy headteacher)']],
    ['EL / DHT', ['EL Zoë Clarke (English lead)', 'DHT Łukasz Nowak (Deputy headteacher)']],
    ['EL', ['EL Zoë Clarke (English lead)']],
    ['SLT', ['SLT Senior leadership team (Group) [group]']],
    ['ALL TEACHERS', ['ALL TEACHERS All teaching staff (Group) [group]']],
    ['HT', ['HT Siân Roberts (Headteacher)']],
    ['FLO', ["FLO Aoife O'Brien (Family liaison officer)"]],
    ['HT & GOVS', ['HT Siân Roberts (Headteacher)', 'GOVS Governors (Group) [group]']],
    ['SENCo', ['SENCo Nguyễn Thị Lan (Special educational needs co-ordinator)']],
    [
      'DHT/SENCo',
      [
        'DHT Łukasz Nowak (Deputy headteacher)',
        'SENCo Nguyễn Thị Lan (Special educational needs co-ordinator)',
      ],
    ],
    ['HT with LA adviser', ['HT Siân Roberts (Headteacher)', 'LAA LA adviser']],
    ['Governors', ['GOVS Governors (Group) [group]']],
    ['FGB', ['FGB Full governing body (Group) [group]']],
    ['Chair', ['Chair Chair of governors (Role)']],
    ['senco', ['SENCo Nguyễn Thị Lan (Special educational needs co-ordinator)']],
    ['Siân Roberts', ['HT Siân Roberts (Headteacher)']],
    [
      'SLT and governors',
      ['SLT Senior leadership team (Group) [group]', 'GOVS Governors (Group) [group]'],
    ],
    ['HT/DHT', ['HT Siân Roberts (Headteacher)', 'DHT Łukasz Nowak (Deputy headteacher)']],
    ['', []],
  ];
  it.each(withKey)('reads %j with the Riverside key', (cell, expected) => {
    expect(shown(cell, riversideKey())).toEqual(expected);
  });

  const withoutKey: [string, string[]][] = [
    ['HOL', ['HOL HOL']],
    ['HTS FST MIL', ['HTS HTS', 'FST FST', 'MIL MIL']],
    ['HT/DHT', ['HT HT', 'DHT DHT']],
    ['EL / DHT', ['EL EL', 'DHT DHT']],
    ['HT & GOVS', ['HT HT', 'GOVS GOVS [group]']],
    ['DHT, SENCo', ['DHT DHT', 'SENCo SENCo']],
    ['DHT/SENCo', ['DHT DHT', 'SENCo SENCo']],
    ['SLT and governors', ['SLT SLT', 'GOV governors [group]']],
    ['SLT', ['SLT SLT']],
    ['ALL TEACHERS', ['AT ALL TEACHERS [group]']],
    ['all headteachers', ['AH all headteachers [group]']],
    ['full governing body', ['FGB full governing body [group]']],
    ['Maths department', ['MD Maths department [group]']],
    ['HT with LA adviser', ['HT HT', 'LAA LA adviser']],
    ['Siân Roberts', ['SR Siân Roberts']],
    ['Siân Roberts and Łukasz Nowak', ['SR Siân Roberts', 'ŁN Łukasz Nowak']],
    ['HT / HT', ['HT HT']],
    ['  DHT.  ', ['DHT DHT']],
    ['', []],
    ['   ', []],
  ];
  it.each(withoutKey)('reads %j without a key', (cell, expected) => {
    expect(shown(cell, [])).toEqual(expected);
  });

  it('gives back any run of initials, one owner each, in the order written', () => {
    const initials = fc.stringMatching(/^[A-Z]{2,4}$/).filter((s) => s !== 'AND');
    const separator = fc.constantFrom(' ', '/', ' / ', ', ', ' & ', ' and ', '; ');
    fc.assert(
      fc.property(
        fc.uniqueArray(initials, { minLength: 1, maxLength: 5 }),
        separator,
        (list, sep) => {
          expect(parseOwners(list.join(sep), []).map((o) => o.initials)).toEqual(list);
        },
      ),
    );
  });
});
