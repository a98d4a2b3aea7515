import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthLabel, type MonthKey } from '../../src/domain/month';
import { planCalendar, termGroups } from '../../src/domain/plan-calendar';
import { PRESENT_MONTHS, presentPages } from '../../src/domain/present-pages';

const groupsOf = (startMonth: MonthKey, lengthMonths: number) =>
  termGroups(
    planCalendar({ startMonth, lengthMonths, calendar: { templateId: 'england', terms: [] } }),
  );

const startMonth = fc
  .record({ year: fc.integer({ min: 2020, max: 2040 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}` as MonthKey);

describe('present mode pages', () => {
  it('shows a twelve-month plan on one page', () => {
    expect(presentPages(groupsOf('2026-09', 12))).toHaveLength(1);
  });

  it('pages an eighteen-month plan by whole terms', () => {
    const pages = presentPages(groupsOf('2026-09', 18)).map(
      (page) => `${monthLabel(page[0]!)} – ${monthLabel(page[page.length - 1]!)}`,
    );
    expect(pages).toEqual(['September 2026 – August 2027', 'September 2027 – February 2028']);
  });

  it('puts every month on exactly one page, in order, never more than the most a page holds', () => {
    fc.assert(
      fc.property(
        startMonth,
        fc.integer({ min: 1, max: 36 }),
        fc.integer({ min: 1, max: 14 }),
        (start, length, most) => {
          const groups = groupsOf(start, length);
          const pages = presentPages(groups, most);
          expect(pages.flat()).toEqual(groups.flatMap((g) => g.months));
          for (const page of pages) expect(page.length).toBeLessThanOrEqual(most);
          // A term is cut only when it is longer than a page by itself.
          for (const group of groups) {
            const holding = pages.filter((p) => p.some((m) => group.months.includes(m)));
            if (group.months.length <= most) expect(holding).toHaveLength(1);
          }
        },
      ),
    );
    expect(PRESENT_MONTHS).toBe(12);
  });
});
