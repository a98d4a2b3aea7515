import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOrderOfColumn } from '../../../src/domain/import/date-order';

/** The When column of /work/shared/fixtures/riverside-primary-plan.csv, as the file has it. */
const riversideWhen = [
  'Sept 2026',
  'Oct-26',
  'Autumn term 2026',
  'Spring 1 2027',
  'Half termly',
  'Sep/Oct 2026',
  'Jan 2027',
  'March 2027',
  'Summer 2027',
  '09/11/2026',
  'On-going',
  'TBC',
  'Dec 2026, Apr 2027, Jul 2027',
  '2026-11-30',
  'Feb 2027',
  '',
];

describe('the date order of a column', () => {
  it('cannot tell from the Riverside plan alone, whose one slash date is 09/11/2026', () => {
    expect(dateOrderOfColumn(riversideWhen)).toBe('ambiguous');
  });

  it('is day-first once any date starts with a number above 12', () => {
    expect(dateOrderOfColumn([...riversideWhen, '25/12/2026'])).toBe('day-first');
    expect(dateOrderOfColumn(['3/4/27', '13.4.2027'])).toBe('day-first');
  });

  it('is month-first once any date has a number above 12 second', () => {
    expect(dateOrderOfColumn([...riversideWhen, '12/25/2026'])).toBe('month-first');
    expect(dateOrderOfColumn(['4-13-2027', '3/4/27'])).toBe('month-first');
  });

  it('asks when the dates say both', () => {
    expect(dateOrderOfColumn([...riversideWhen, '25/12/2026', '12/25/2026'])).toBe('ambiguous');
    expect(dateOrderOfColumn(['Dec 2026, 25/12/2026 and 12/25/2026'])).toBe('ambiguous');
  });

  it('asks when its only date is one in neither order', () => {
    expect(dateOrderOfColumn(['31/13/2026'])).toBe('ambiguous');
    expect(dateOrderOfColumn(['31/13/2026', '3/4/27'])).toBe('ambiguous');
  });

  it('has none without numeric day-and-month dates', () => {
    expect(dateOrderOfColumn([])).toBe('none');
    expect(dateOrderOfColumn(['Sept 2026', '2026-11-30', '09/2026', '2026-09', 'Year 6'])).toBe(
      'none',
    );
    expect(dateOrderOfColumn(['2026-11-30T09:00:00Z', '46356', 'Section 1.4', '3/4'])).toBe('none');
  });

  it('follows the one day that settles it, wherever it sits among unsettled dates', () => {
    const unsettled = fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }))
      .map(([a, b]) => `${a}/${b}/2027`);
    fc.assert(
      fc.property(
        fc.array(unsettled),
        fc.array(unsettled),
        fc.integer({ min: 13, max: 31 }),
        fc.integer({ min: 1, max: 12 }),
        (before, after, day, month) => {
          expect(dateOrderOfColumn([...before, `${day}/${month}/2027`, ...after])).toBe(
            'day-first',
          );
          expect(dateOrderOfColumn([...before, `${month}/${day}/2027`, ...after])).toBe(
            'month-first',
          );
        },
      ),
    );
  });
});
