import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termOfMonth } from '../../../src/domain/calendar';
import { englandCalendar } from '../../../src/domain/calendar-templates';
import type { DateOrder } from '../../../src/domain/import/date-order';
import { parseTimeLine, spanOfMonths } from '../../../src/domain/import/time-line';
import { isMonthKey, monthLabel, monthStart, type MonthKey } from '../../../src/domain/month';

/** What the board shows for a time-line: the month's name or the tray, and the text kept. */
function placed(text: string, dateOrder: DateOrder = 'day-first'): [string, string] {
  const { month, keep } = parseTimeLine(text, { calendar: englandCalendar, dateOrder });
  return [month ? monthLabel(month) : 'Unscheduled', keep];
}

/** Written, where it goes, and whether the note keeps the text. */
const says = (text: string, month: string): [string, string, string] => [text, month, ''];
const keeps = (text: string, month: string): [string, string, string] => [text, month, text];

describe('a time-line', () => {
  it.each([
    says('September 2014', 'September 2014'),
    says('Sept 14', 'September 2014'),
    says('Sep 2014', 'September 2014'),
    says('Sep-2014', 'September 2014'),
    says('Sep-14', 'September 2014'),
    says('Oct-26', 'October 2026'),
    says('sept. 2026', 'September 2026'),
    says("Sept '26", 'September 2026'),
    says('March 2027', 'March 2027'),
    says('09/2026', 'September 2026'),
    says('2026-09', 'September 2026'),
    says('SEPTEMBER   2026', 'September 2026'),
    says('Sept 2026', 'September 2026'),
    says('Jan 2027', 'January 2027'),
    says('Feb 2027', 'February 2027'),
    says('March 15 2027', 'March 2027'),
    says('15th March, 2027', 'March 2027'),
    says('1 Sept 2026', 'September 2026'),
    keeps('w/c 1 Sept 2026', 'September 2026'),
  ])('%s is written as a month: %s', (text, month, keep) => {
    expect(placed(text)).toEqual([month, keep]);
  });

  it.each([
    keeps('Autumn term 2026', 'September 2026'),
    keeps('Spring 2027', 'January 2027'),
    keeps('Spring term 2027', 'January 2027'),
    keeps('Spring 1 2027', 'January 2027'),
    keeps('Summer 2027', 'April 2027'),
    keeps('Summer term 2027', 'April 2027'),
    keeps('Fall 2026', 'September 2026'),
    keeps('Aut 1 2026', 'September 2026'),
    keeps('Spring 2026/27', 'January 2027'),
    // Easter 2014 fell on 20 April, so the summer term began on 28 April: a May term on the board.
    keeps('Summer 2014', 'May 2014'),
    // Second halves start at the term's middle day.
    keeps('Autumn 2 2026', 'November 2026'),
    keeps('Spring 2 2027', 'February 2027'),
    keeps('Summer 2 2027', 'June 2027'),
  ])('%s is a term or half-term: %s, the text kept', (text, month, keep) => {
    expect(placed(text)).toEqual([month, keep]);
  });

  it.each([
    keeps('Sep/Oct 2026', 'September 2026'),
    keeps('Jan-Mar 2027', 'January 2027'),
    keeps('January to March 2027', 'January 2027'),
    keeps('Sept 2026 - July 2027', 'September 2026'),
    keeps('April 2014/on-going', 'April 2014'),
    keeps('Dec 2026, Apr 2027, Jul 2027', 'December 2026'),
    // The year written once belongs to the last month; the first runs up to it.
    keeps('Nov-Feb 2027', 'November 2026'),
    keeps('Autumn/spring 2014', 'September 2013'),
    keeps('Summer/autumn 2026', 'April 2026'),
  ])('%s is a range or list: its first month, %s', (text, month, keep) => {
    expect(placed(text)).toEqual([month, keep]);
  });

  it.each<[string, DateOrder, string]>([
    ['3/4/27', 'day-first', 'April 2027'],
    ['3/4/27', 'month-first', 'March 2027'],
    ['03/04/2027', 'day-first', 'April 2027'],
    ['03/04/2027', 'month-first', 'March 2027'],
    ['3.4.2027', 'day-first', 'April 2027'],
    ['3-4-2027', 'month-first', 'March 2027'],
    ['09/11/2026', 'day-first', 'November 2026'],
    ['09/11/2026', 'month-first', 'September 2026'],
    ['2026-11-30', 'day-first', 'November 2026'],
    ['2026-11-30', 'month-first', 'November 2026'],
    ['2026-11-30T23:30:00Z', 'day-first', 'November 2026'],
    ['2026-11-30T23:30:00.000+01:00', 'day-first', 'November 2026'],
    ['2026-11-30 09:00', 'day-first', 'November 2026'],
  ])('%s read %s is %s', (text, order, month) => {
    expect(placed(text, order)).toEqual([month, '']);
  });

  it.each<[string, DateOrder]>([
    ['31/13/2026', 'day-first'],
    ['31/04/2027', 'day-first'],
    ['12/25/2026', 'day-first'],
    ['25/12/2026', 'month-first'],
    ['2026-02-30', 'day-first'],
    ['1/1/1850', 'day-first'],
  ])('%s cannot be a date read %s, so it waits unscheduled', (text, order) => {
    expect(placed(text, order)).toEqual(['Unscheduled', text]);
  });

  it.each([
    says('46356', 'November 2026'),
    says('46357', 'December 2026'),
    says('46356.75', 'November 2026'),
    says('32874', 'January 1990'),
    keeps('32873', 'Unscheduled'),
    keeps('80001', 'Unscheduled'),
  ])('%s is an Excel serial date: %s', (text, month, keep) => {
    expect(placed(text)).toEqual([month, keep]);
  });

  it.each([
    'Half termly',
    'On-going',
    'Ongoing',
    'TBC',
    'Termly',
    'Weekly',
    'as required',
    'n/a',
    '?',
    'September',
    'Summer',
    'May-July',
    'September 1850',
    'Year 6',
    '2 staff meetings',
    'KS2',
    '3 times a year',
    'Summerhill visit',
    'Mayor visits in 2027',
    'Budget 2027',
    'We may review it in 2027',
  ])('%s is no month: unscheduled, the text kept', (text) => {
    expect(placed(text)).toEqual(['Unscheduled', text]);
  });

  it('keeps nothing for a blank cell, and trims what it keeps', () => {
    expect(placed('')).toEqual(['Unscheduled', '']);
    expect(placed('  \t ')).toEqual(['Unscheduled', '']);
    expect(placed('  On-going \n')).toEqual(['Unscheduled', 'On-going']);
    expect(placed('  Autumn term 2026 ')).toEqual(['September 2026', 'Autumn term 2026']);
  });

  // /work/shared/fixtures/README.md: what a good import does with riverside-primary-plan.csv.
  it.each([
    says('Sept 2026', 'September 2026'),
    says('Oct-26', 'October 2026'),
    keeps('Autumn term 2026', 'September 2026'),
    keeps('Spring 1 2027', 'January 2027'),
    keeps('Half termly', 'Unscheduled'),
    keeps('Sep/Oct 2026', 'September 2026'),
    says('Jan 2027', 'January 2027'),
    says('March 2027', 'March 2027'),
    keeps('Summer 2027', 'April 2027'),
    says('09/11/2026', 'November 2026'),
    keeps('On-going', 'Unscheduled'),
    keeps('TBC', 'Unscheduled'),
    keeps('Dec 2026, Apr 2027, Jul 2027', 'December 2026'),
    says('2026-11-30', 'November 2026'),
    says('Feb 2027', 'February 2027'),
    says('', 'Unscheduled'),
  ])('in the Riverside plan, %s goes to %s', (text, month, keep) => {
    expect(placed(text, 'day-first')).toEqual([month, keep]);
  });
});

const monthKeys = (minYear: number, maxYear: number) =>
  fc
    .record({
      year: fc.integer({ min: minYear, max: maxYear }),
      month: fc.integer({ min: 1, max: 12 }),
    })
    .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}` as MonthKey);

/** Strings made of the pieces time-lines are made of, so the parser is tried deep, not just rejected. */
const timeLineLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Sep',
        'sept.',
        'March',
        'may',
        'Spring',
        'autumn',
        'Summer 2',
        'term',
        'Fall',
      ),
      fc.constantFrom('/', '-', '.', ',', ' ', ' to ', "'", 'T', ':', 'Z', '+'),
      fc.integer({ min: 0, max: 99999 }).map(String),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(''));

describe('any time-line', () => {
  it('gives a month of 1990 to 2100 or none, and keeps the trimmed text or nothing', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), timeLineLike),
        fc.constantFrom<DateOrder>('day-first', 'month-first'),
        (text, dateOrder) => {
          const { month, keep } = parseTimeLine(text, { calendar: englandCalendar, dateOrder });
          if (month !== null) {
            expect(isMonthKey(month)).toBe(true);
            expect(Number(month.slice(0, 4))).toBeGreaterThanOrEqual(1990);
            expect(Number(month.slice(0, 4))).toBeLessThanOrEqual(2100);
          }
          expect(['', text.trim()]).toContain(keep);
          if (month === null) expect(keep).toBe(text.trim());
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads back a month written as MMMM yyyy, MMM-yy, yyyy-MM-dd or a numeric date', () => {
    fc.assert(
      fc.property(
        monthKeys(2000, 2099),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom('/', '.', '-'),
        fc.constantFrom('yyyy', 'yy'),
        (month, day, separator, yearDigits) => {
          const date = monthStart(month);
          date.setDate(day);
          const written = (pattern: string) => placed(format(date, pattern), 'day-first');
          const label = monthLabel(month);
          expect(written('MMMM yyyy')).toEqual([label, '']);
          expect(written('MMM-yy')).toEqual([label, '']);
          expect(written('yyyy-MM-dd')).toEqual([label, '']);
          const dayFirst = ['dd', 'MM', yearDigits].join(separator);
          const monthFirst = ['M', 'd', yearDigits].join(separator);
          expect(placed(format(date, dayFirst), 'day-first')).toEqual([label, '']);
          expect(placed(format(date, monthFirst), 'month-first')).toEqual([label, '']);
        },
      ),
    );
  });

  it('names an English term by the first month the board shows under that term', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1991, max: 2099 }), (year) => {
        const terms = [
          ...englandCalendar.termsOfYear(year - 1),
          ...englandCalendar.termsOfYear(year),
        ];
        for (const season of ['Autumn', 'Spring', 'Summer']) {
          const { month } = parseTimeLine(`${season} ${year}`, {
            calendar: englandCalendar,
            dateOrder: 'day-first',
          });
          expect(month && termOfMonth(terms, month)?.name).toBe(`${season} ${year}`);
        }
      }),
    );
  });
});

describe('the span of the placed months', () => {
  it('runs from the earliest to the latest, and at least 12 months', () => {
    expect(spanOfMonths([])).toBeNull();
    expect(spanOfMonths(['2026-11'])).toEqual({ startMonth: '2026-11', lengthMonths: 12 });
    expect(spanOfMonths(['2027-02', '2026-09', '2026-12'])).toEqual({
      startMonth: '2026-09',
      lengthMonths: 12,
    });
    expect(spanOfMonths(['2027-03', '2026-09', '2028-01'])).toEqual({
      startMonth: '2026-09',
      lengthMonths: 17,
    });
  });

  it('covers every month it was given', () => {
    fc.assert(
      fc.property(fc.array(monthKeys(1990, 2100), { minLength: 1 }), (months) => {
        const span = spanOfMonths(months);
        expect(span).not.toBeNull();
        if (!span) return;
        expect(span.lengthMonths).toBeGreaterThanOrEqual(12);
        for (const month of months) expect(month >= span.startMonth).toBe(true);
        expect(months).toContain(span.startMonth);
      }),
    );
  });
});
