import { formatISO, isValid, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOf, isIsoDate, isoDate } from '../../src/domain/calendar';
import { monthKey, monthStart, type MonthKey } from '../../src/domain/month';

// date-fns' parseISO and formatISO are the reference: the hand-written readers must agree with
// them on every date a plan can hold, valid or not.
const anyDay = fc.date({
  min: new Date(1900, 0, 1),
  max: new Date(2200, 11, 31),
  noInvalidDate: true,
});

describe('plan dates, yyyy-mm-dd', () => {
  it('writes and reads back any day as date-fns does', () => {
    fc.assert(
      fc.property(anyDay, (date) => {
        const text = isoDate(date);
        expect(text).toBe(formatISO(date, { representation: 'date' }));
        expect(dateOf(text).getTime()).toBe(parseISO(text).getTime());
      }),
    );
  });

  it('refuses what is not a real day, as date-fns does', () => {
    const digits = (n: number) =>
      fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
    fc.assert(
      fc.property(digits(4), digits(2), digits(2), (y, m, d) => {
        const text = `${y}-${m}-${d}`;
        if (Number(y) < 100) return; // years before 100 are not plan dates
        expect(isIsoDate(text)).toBe(isValid(parseISO(text)));
      }),
    );
    for (const text of ['2027-02-29', '2026-13-01', '2026-00-10', '2026-6-1', '15/06/2027', ''])
      expect(isIsoDate(text), text).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });

  it('names the month of any day and starts each month on its first', () => {
    fc.assert(
      fc.property(anyDay, (date) => {
        const key = monthKey(date);
        expect(key).toBe(formatISO(date, { representation: 'date' }).slice(0, 7));
        expect(monthStart(key as MonthKey).getTime()).toBe(parseISO(`${key}-01`).getTime());
      }),
    );
    expect(() => monthStart('2026-13' as MonthKey)).toThrow('Not a month key');
  });
});
