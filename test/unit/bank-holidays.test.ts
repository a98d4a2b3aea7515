import { endOfMonth, isWeekend, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bankHolidays,
  halfTermBreaks,
  holidayEvents,
  type HolidayDate,
} from '../../src/domain/bank-holidays';
import { CALENDAR_TEMPLATE_IDS } from '../../src/domain/calendar';
import { addMonthsToKey, monthStart, type MonthKey } from '../../src/domain/month';

/** `2027-12-27 Christmas Day (substitute day)`, or a break `2027-10-25 to 2027-10-29 ...`. */
const lines = (days: HolidayDate[]) =>
  days.map((d) => `${d.date}${d.end ? ` to ${d.end}` : ''} ${d.title}`);

// Checked against the dates gov.uk and the US Office of Personnel Management publish for 2027.
describe('the bank holidays of 2027', () => {
  it('England and Wales, Christmas and Boxing Day kept on the Monday and Tuesday', () => {
    expect(lines(bankHolidays('england', '2027-01', 12))).toEqual([
      "2027-01-01 New Year's Day",
      '2027-03-26 Good Friday',
      '2027-03-29 Easter Monday',
      '2027-05-03 Early May bank holiday',
      '2027-05-31 Spring bank holiday',
      '2027-08-30 Summer bank holiday',
      '2027-12-27 Christmas Day (substitute day)',
      '2027-12-28 Boxing Day (substitute day)',
    ]);
  });

  it('Scotland: 2 January, the first Monday in August and St Andrew’s Day; no Easter Monday', () => {
    expect(lines(bankHolidays('scotland', '2027-01', 12))).toEqual([
      "2027-01-01 New Year's Day",
      '2027-01-04 2nd January (substitute day)',
      '2027-03-26 Good Friday',
      '2027-05-03 Early May bank holiday',
      '2027-05-31 Spring bank holiday',
      '2027-08-02 Summer bank holiday',
      "2027-11-30 St Andrew's Day",
      '2027-12-27 Christmas Day (substitute day)',
      '2027-12-28 Boxing Day (substitute day)',
    ]);
  });

  it("Northern Ireland: St Patrick's Day and the Twelfth as well", () => {
    expect(lines(bankHolidays('northern-ireland', '2027-01', 12))).toEqual([
      "2027-01-01 New Year's Day",
      "2027-03-17 St Patrick's Day",
      '2027-03-26 Good Friday',
      '2027-03-29 Easter Monday',
      '2027-05-03 Early May bank holiday',
      '2027-05-31 Spring bank holiday',
      "2027-07-12 Battle of the Boyne (Orangemen's Day)",
      '2027-08-30 Summer bank holiday',
      '2027-12-27 Christmas Day (substitute day)',
      '2027-12-28 Boxing Day (substitute day)',
    ]);
  });

  it('United States: a Saturday holiday kept on the Friday, New Year 2028 on 31 December', () => {
    expect(lines(bankHolidays('us', '2027-01', 12))).toEqual([
      "2027-01-01 New Year's Day",
      '2027-01-18 Martin Luther King Jr. Day',
      "2027-02-15 Presidents' Day",
      '2027-05-31 Memorial Day',
      '2027-09-06 Labor Day',
      '2027-11-11 Veterans Day',
      '2027-11-25 Thanksgiving Day',
      '2027-12-24 Christmas Day (observed)',
      "2027-12-31 New Year's Day (observed)",
    ]);
  });

  it('a custom calendar has none', () => {
    expect(bankHolidays('custom', '2027-01', 12)).toEqual([]);
  });
});

describe('substitute days in other years', () => {
  it('keeps Boxing Day on its Monday when Christmas is a Sunday (2022)', () => {
    expect(lines(bankHolidays('england', '2022-12', 1))).toEqual([
      '2022-12-26 Boxing Day',
      '2022-12-27 Christmas Day (substitute day)',
    ]);
  });

  it('moves a Saturday Boxing Day to the Monday (2026)', () => {
    expect(lines(bankHolidays('england', '2026-12', 1))).toEqual([
      '2026-12-25 Christmas Day',
      '2026-12-28 Boxing Day (substitute day)',
    ]);
  });

  it('gives Scotland two weekdays for a New Year on a weekend (2022)', () => {
    expect(lines(bankHolidays('scotland', '2022-01', 1))).toEqual([
      "2022-01-03 New Year's Day (substitute day)",
      '2022-01-04 2nd January (substitute day)',
    ]);
  });

  it('keeps a Sunday US holiday on the Monday (Christmas 2022)', () => {
    expect(lines(bankHolidays('us', '2022-12', 1))).toEqual([
      '2022-12-26 Christmas Day (observed)',
    ]);
  });
});

describe('half-term breaks', () => {
  it('England and Wales: late October, mid-February and the spring bank holiday week', () => {
    expect(lines(halfTermBreaks('england', '2026-09', 12))).toEqual([
      '2026-10-26 to 2026-10-30 October half-term',
      '2027-02-15 to 2027-02-19 February half-term',
      '2027-05-31 to 2027-06-04 May half-term',
    ]);
    expect(lines(halfTermBreaks('england', '2027-09', 12))).toEqual([
      '2027-10-25 to 2027-10-29 October half-term',
      '2028-02-14 to 2028-02-18 February half-term',
      '2028-05-29 to 2028-06-02 May half-term',
    ]);
  });

  it('Northern Ireland: the Halloween week and a February mid-term', () => {
    expect(lines(halfTermBreaks('northern-ireland', '2026-09', 12))).toEqual([
      '2026-10-26 to 2026-10-30 Halloween break',
      '2027-02-15 to 2027-02-19 February mid-term break',
    ]);
  });

  it('none for Scotland, the US or a custom calendar', () => {
    for (const templateId of ['scotland', 'us', 'custom'] as const) {
      expect(halfTermBreaks(templateId, '2026-08', 12)).toEqual([]);
    }
  });

  it('includes a break the months start in the middle of', () => {
    expect(lines(halfTermBreaks('england', '2027-06', 1))).toEqual([
      '2027-05-31 to 2027-06-04 May half-term',
    ]);
  });
});

it('lists bank holidays and breaks together by date as holiday events', () => {
  expect(lines(holidayEvents('england', '2027-05', 1))).toEqual([
    '2027-05-03 Early May bank holiday',
    '2027-05-31 Spring bank holiday',
    '2027-05-31 to 2027-06-04 May half-term',
  ]);
  expect(holidayEvents('england', '2027-05', 0)).toEqual([]);
});

it('gives for any calendar and months only weekdays inside them, each once, in date order', () => {
  const startMonth = fc
    .record({ year: fc.integer({ min: 2020, max: 2040 }), month: fc.integer({ min: 1, max: 12 }) })
    .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}` as MonthKey);
  fc.assert(
    fc.property(
      fc.constantFrom(...CALENDAR_TEMPLATE_IDS),
      startMonth,
      fc.integer({ min: 1, max: 36 }),
      (templateId, start, length) => {
        const days = bankHolidays(templateId, start, length);
        const from = monthStart(start);
        const to = endOfMonth(monthStart(addMonthsToKey(start, length - 1)));
        for (const day of days) {
          const date = parseISO(day.date);
          expect(isWeekend(date)).toBe(false);
          expect(date >= from && date <= to).toBe(true);
        }
        const dates = days.map((d) => d.date);
        expect(dates).toEqual([...dates].sort());
        expect(new Set(dates).size).toBe(dates.length);
      },
    ),
  );
});
