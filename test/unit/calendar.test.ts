import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { easterSunday } from '../../src/domain/easter';
import { englandCalendar, isoDate, termsForMonths } from '../../src/domain/calendar';
import { monthLabel, monthStart, type MonthKey } from '../../src/domain/month';
import { planCalendar, termGroups } from '../../src/domain/plan-calendar';
import { getDaysInMonth, parseISO, differenceInCalendarDays, max, min, endOfMonth } from 'date-fns';

function daysIn(month: Date, start: string, end: string): number {
  const from = max([month, parseISO(start)]);
  const to = min([endOfMonth(month), parseISO(end)]);
  return Math.max(0, differenceInCalendarDays(to, from) + 1);
}

const england = (startMonth: MonthKey, lengthMonths: number) =>
  planCalendar({ startMonth, lengthMonths, calendar: { templateId: 'england' } });

const termNames = (startMonth: MonthKey, lengthMonths: number) => {
  const calendar = england(startMonth, lengthMonths);
  return calendar.months.map(
    (m) => `${monthLabel(m)}: ${calendar.termOf.get(m)?.name ?? 'holiday'}`,
  );
};

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
    expect(calendar.months).toHaveLength(18);
    expect(calendar.months.at(-1)).toBe('2028-02');
    expect(calendar.terms.map((t) => t.name)).toEqual([
      'Autumn 2026',
      'Spring 2027',
      'Summer 2027',
      'Autumn 2027',
      'Spring 2028',
    ]);
  });

  it('starts a plan mid-year in the term of its first month', () => {
    expect(termNames('2027-01', 12).slice(0, 1)).toEqual(['January 2027: Spring 2027']);
    expect(termNames('2027-01', 12).slice(-5)).toEqual([
      'August 2027: holiday',
      'September 2027: Autumn 2027',
      'October 2027: Autumn 2027',
      'November 2027: Autumn 2027',
      'December 2027: Autumn 2027',
    ]);
  });

  it('gives April, split by the Easter break, to the term holding more of it', () => {
    // Easter 2020 is 12 April: Spring ends on the 10th, Summer starts on the 20th.
    expect(termNames('2019-09', 12)[7]).toBe('April 2020: Summer 2020');
  });

  it('ends the spring term at Easter, so a late Easter keeps April in Spring', () => {
    expect(isoDate(easterSunday(2024))).toBe('2024-03-31');
    expect(isoDate(easterSunday(2027))).toBe('2027-03-28');
    expect(isoDate(easterSunday(2030))).toBe('2030-04-21');
    expect(termNames('2029-09', 12)[7]).toBe('April 2030: Spring 2030');
  });

  it('groups consecutive months under one band and August alone as a holiday band', () => {
    const groups = termGroups(england('2026-09', 13));
    expect(groups.map((g) => [g.term?.name ?? 'holiday', g.months.length])).toEqual([
      ['Autumn 2026', 4],
      ['Spring 2027', 3],
      ['Summer 2027', 4],
      ['holiday', 1],
      ['Autumn 2027', 1],
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
        calendar.months.forEach((m, i) => {
          const date = monthStart(m);
          expect(date.getMonth()).toBe((monthStart(start).getMonth() + i) % 12);
          const term = calendar.termOf.get(m);
          if (!term) {
            expect(date.getMonth()).toBe(7); // only August has no term in England
            return;
          }
          const days = termsForMonths(englandCalendar, [m]).map((t) =>
            daysIn(date, t.start, t.end),
          );
          expect(daysIn(date, term.start, term.end)).toBe(Math.max(...days));
          expect(days.reduce((a, b) => a + b, 0) * 2).toBeGreaterThanOrEqual(getDaysInMonth(date));
        });
      }),
    );
  });
});
