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
    expect(monthLabel('2027-08')).toBe('August 2027');
  });

  it('step forward and back across year ends', () => {
    expect(addMonthsToKey('2026-12', 1)).toBe('2027-01');
    expect(addMonthsToKey('2027-01', -1)).toBe('2026-12');
    expect(addMonthsToKey('2026-09', 17)).toBe('2028-02');
    expect(addMonthsToKey('2026-09', -21)).toBe('2024-12');
    expect(addMonthsToKey('2026-09', 0)).toBe('2026-09');
  });

  it('list a plan of any length as consecutive months', () => {
    expect(monthRange('2026-11', 4).map(monthLabel)).toEqual([
      'November 2026',
      'December 2026',
      'January 2027',
      'February 2027',
    ]);
    expect(monthRange('2026-09', 12).at(-1)).toBe('2027-08');
    expect(monthRange('2026-09', 0)).toEqual([]);
  });

  it('count the months from one to another', () => {
    expect(monthsBetween('2026-09', '2028-02')).toBe(17);
    expect(monthsBetween('2027-03', '2026-12')).toBe(-3);
  });

  it('accept only real month keys', () => {
    expect(isMonthKey('2026-09')).toBe(true);
    expect(isMonthKey('2026-13')).toBe(false);
    expect(isMonthKey('2026-9')).toBe(false);
    expect(isMonthKey('Sept 2026')).toBe(false);
  });

  it('come back to where they started after n months forward and n back', () => {
    fc.assert(
      fc.property(monthKeys, fc.integer({ min: -240, max: 240 }), (key, n) => {
        const there = addMonthsToKey(key, n);
        expect(isMonthKey(there)).toBe(true);
        expect(addMonthsToKey(there, -n)).toBe(key);
        expect(monthsBetween(key, there)).toBe(n);
      }),
    );
  });

  it('list each month of a range one month after the one before', () => {
    fc.assert(
      fc.property(monthKeys, fc.integer({ min: 0, max: 36 }), (start, length) => {
        const range = monthRange(start, length);
        expect(range).toHaveLength(length);
        range.forEach((month, i) => expect(monthsBetween(start, month)).toBe(i));
        expect(new Set(range.map(monthLabel)).size).toBe(length);
      }),
    );
  });
});
