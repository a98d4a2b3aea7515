import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonthsToKey,
  isMonthKey,
  monthLabel,
  monthRange,
  monthsBetween,
  type MonthKey,
} from '../../src/domain/month';

const monthKeys = fc
  .record({ year: fc.integer({ min: 1990, max: 2090 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}` as MonthKey);

describe('months', () => {
  it('are named in English with a four-digit year', () => {
    expect(monthLabel('2026-10')).toBe('October 2026');
    expect(monthLabel('2027-01')).toBe('January 2027');
  });

  it('step across year ends', () => {
    expect(addMonthsToKey('2026-12', 1)).toBe('2027-01');
    expect(addMonthsToKey('2027-01', -1)).toBe('2026-12');
    expect(monthRange('2026-11', 4)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-09', '2028-02')).toBe(17);
  });

  it('accept only real month keys', () => {
    expect(isMonthKey('2026-09')).toBe(true);
    expect(isMonthKey('2026-13')).toBe(false);
    expect(isMonthKey('Sept 2026')).toBe(false);
  });

  it('come back to where they started after n months forward and n back', () => {
    fc.assert(
      fc.property(monthKeys, fc.integer({ min: -60, max: 60 }), (key, n) => {
        expect(addMonthsToKey(addMonthsToKey(key, n), -n)).toBe(key);
        expect(monthsBetween(key, addMonthsToKey(key, n))).toBe(n);
      }),
    );
  });
});
