import { differenceInCalendarDays, endOfMonth, getDaysInMonth, max, min, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate, termsForMonths, type Term } from '../../src/domain/calendar';
import { englandCalendar } from '../../src/domain/calendar-templates';
import { easterSunday } from '../../src/domain/easter';
import { monthLabel, monthStart, type MonthKey } from '../../src/domain/month';
import { planCalendar, termGroups } from '../../src/domain/plan-calendar';

const england = (startMonth: MonthKey, lengthMonths: number) =>
  planCalendar({ startMonth, lengthMonths, calendar: { templateId: 'england', terms: [] } });

/** What the board shows above each month: `October 2026: Autumn 2026`. */
const termNames = (startMonth: MonthKey, lengthMonths: number) => {
  const calendar = england(startMonth, lengthMonths);
  return calendar.months.map(
    (m) => `${monthLabel(m)}: ${calendar.termOf.get(m)?.name ?? 'holiday'}`,
  );
};

/** Counted here independently of the code under test, with date-fns. */
function daysOfMonthIn(month: MonthKey, term: Term): number {
  const first = monthStart(month);
  const from = max([first, parseISO(term.start)]);
  const to = min([endOfMonth(first), parseISO(term.end)]);
  return Math.max(0, differenceInCalendarDays(to, from) + 1);
}

describe('the England school year', () => {
  it('puts each month of a Bronze plan from September 2026 in its term, August a holiday', () => {
    expect(termNames('2026-09', 12)).toEqual([
      'September 2026: Autumn 2026',
      'October 2026: Autumn 2026',
      'November 2026: Autumn 2026',
      'December 2026: Autumn 2026',
      'January 2027: Spring 2027',
      'February 2027: Spring 2027',
      'March 2027: Spring 2027',
      'April 2027: Summer 2027',
      'May 2027: Summer 2027',
      'June 2027: Summer 2027',
      'July 2027: Summer 2027',
      'August 2027: holiday',
    ]);
  });

  it('runs an 18-month Silver plan across two year ends, each term once and in order', () => {
    const calendar = england('2026-09', 18);
    const months = calendar.months.map(monthLabel);
    expect(months).toHaveLength(18);
    expect([months[0], months.at(-1)]).toEqual(['September 2026', 'February 2028']);
    const terms = calendar.terms.map((t) => t.name);
    expect(terms).toEqual([
      'Autumn 2026',
      'Spring 2027',
      'Summer 2027',
      'Autumn 2027',
      'Spring 2028',
    ]);
    expect(new Set(terms).size).toBe(terms.length);
    expect(termNames('2026-09', 18).slice(11)).toEqual([
      'August 2027: holiday',
      'September 2027: Autumn 2027',
      'October 2027: Autumn 2027',
      'November 2027: Autumn 2027',
      'December 2027: Autumn 2027',
      'January 2028: Spring 2028',
      'February 2028: Spring 2028',
    ]);
  });

  it('starts a plan mid-year in the term of its first month', () => {
    expect(termNames('2027-01', 12)).toEqual([
      'January 2027: Spring 2027',
      'February 2027: Spring 2027',
      'March 2027: Spring 2027',
      'April 2027: Summer 2027',
      'May 2027: Summer 2027',
      'June 2027: Summer 2027',
      'July 2027: Summer 2027',
      'August 2027: holiday',
      'September 2027: Autumn 2027',
      'October 2027: Autumn 2027',
      'November 2027: Autumn 2027',
      'December 2027: Autumn 2027',
    ]);
    expect(england('2027-01', 12).terms.map((t) => t.name)).toEqual([
      'Spring 2027',
      'Summer 2027',
      'Autumn 2027',
    ]);
  });

  it('finds Easter Sunday for years with early and late Easters', () => {
    expect(isoDate(easterSunday(2024))).toBe('2024-03-31');
    expect(isoDate(easterSunday(2027))).toBe('2027-03-28');
    expect(isoDate(easterSunday(2030))).toBe('2030-04-21');
  });

  it('ends the spring term on Good Friday, so a late Easter keeps April in Spring', () => {
    const spring2030 = england('2029-09', 12).terms.find((t) => t.name === 'Spring 2030');
    expect(spring2030?.end).toBe('2030-04-19');
    expect(termNames('2029-09', 12)[7]).toBe('April 2030: Spring 2030');
  });

  it('starts the summer term a week after Easter Monday', () => {
    const summer2027 = england('2026-09', 12).terms.find((t) => t.name === 'Summer 2027');
    expect([summer2027?.start, summer2027?.end]).toEqual(['2027-04-05', '2027-07-22']);
  });

  it('gives an April split by the Easter break to the term holding more of it, even under half', () => {
    // Easter 2031 is 13 April: Spring holds 1-11 April (11 days), Summer 21-30 April (10 days).
    expect(termNames('2030-09', 12)[7]).toBe('April 2031: Spring 2031');
    // Easter 2020 is 12 April: Spring holds 10 days, Summer 11.
    expect(termNames('2019-09', 12)[7]).toBe('April 2020: Summer 2020');
  });

  it('groups consecutive months under one band and August alone as a holiday band', () => {
    const bands = (start: MonthKey, length: number) =>
      termGroups(england(start, length)).map(
        (g) => `${g.term?.name ?? 'holiday'}: ${g.months.map(monthLabel).join(', ')}`,
      );
    expect(bands('2026-09', 12)).toEqual([
      'Autumn 2026: September 2026, October 2026, November 2026, December 2026',
      'Spring 2027: January 2027, February 2027, March 2027',
      'Summer 2027: April 2027, May 2027, June 2027, July 2027',
      'holiday: August 2027',
    ]);
    expect(bands('2027-06', 5)).toEqual([
      'Summer 2027: June 2027, July 2027',
      'holiday: August 2027',
      'Autumn 2027: September 2027, October 2027',
    ]);
  });

  it('gives any plan its months in a row, each in the term holding most of its days', () => {
    const startMonth = fc
      .record({
        year: fc.integer({ min: 2020, max: 2040 }),
        month: fc.integer({ min: 1, max: 12 }),
      })
      .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}` as MonthKey);
    fc.assert(
      fc.property(startMonth, fc.integer({ min: 1, max: 24 }), (start, length) => {
        const calendar = england(start, length);
        expect(calendar.months).toHaveLength(length);
        calendar.months.forEach((month, i) => {
          const date = monthStart(month);
          const first = monthStart(start);
          expect(date.getFullYear() * 12 + date.getMonth()).toBe(
            first.getFullYear() * 12 + first.getMonth() + i,
          );

          const term = calendar.termOf.get(month);
          const halfMonth = getDaysInMonth(date) / 2;
          if (!term) {
            expect(monthLabel(month)).toMatch(/^August /); // the only holiday month in England
            return;
          }
          expect(calendar.terms).toContain(term);
          const shares = termsForMonths(englandCalendar, [month]).map((t) =>
            daysOfMonthIn(month, t),
          );
          const own = daysOfMonthIn(month, term);
          expect(own).toBe(Math.max(...shares));
          expect(shares.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(halfMonth);
          // Only April, which the Easter break can split, may sit in a term holding under half of it.
          if (!monthLabel(month).startsWith('April '))
            expect(own).toBeGreaterThanOrEqual(halfMonth);
        });
      }),
    );
  });
});
