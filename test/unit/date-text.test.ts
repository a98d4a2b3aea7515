import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthYearText, shortDateText } from '../../src/domain/date-text';

// Valid dates only: fast-check also draws Invalid Date unless told not to.
const dates = fc.date({
  min: new Date(1990, 0, 1),
  max: new Date(2090, 11, 31),
  noInvalidDate: true,
});

describe('the board names dates without Intl', () => {
  it('exactly as the browser does in British English', () => {
    const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' });
    const short = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
    fc.assert(
      fc.property(dates, (date) => {
        expect(monthYearText(date)).toBe(monthYear.format(date));
        expect(shortDateText(date)).toBe(short.format(date));
      }),
      { numRuns: 500 },
    );
  });

  it('shortens September as British English does', () => {
    expect(shortDateText(new Date(2026, 8, 3))).toBe('3 Sept');
    expect(monthYearText(new Date(2026, 8, 3))).toBe('September 2026');
  });
});
