import type { MonthKey } from './month';
import type { TermGroup } from './plan-calendar';

/**
 * The most months present mode shows at once. Twelve columns across a 1024-pixel projector leave
 * about 85 px a month, the narrowest column that still holds note titles at 16 px.
 */
export const PRESENT_MONTHS = 12;

/**
 * The plan's months cut into pages for present mode: whole terms (and holidays) together, as
 * many as fit in `maxMonths`; a term longer than that is cut at `maxMonths`. Every month is on
 * exactly one page, in order.
 */
export function presentPages(
  groups: readonly TermGroup[],
  maxMonths: number = PRESENT_MONTHS,
): MonthKey[][] {
  const pages: MonthKey[][] = [];
  let page: MonthKey[] = [];
  for (const group of groups) {
    if (page.length > 0 && page.length + group.months.length > maxMonths) {
      pages.push(page);
      page = [];
    }
    for (const month of group.months) {
      if (page.length === maxMonths) {
        pages.push(page);
        page = [];
      }
      page.push(month);
    }
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
