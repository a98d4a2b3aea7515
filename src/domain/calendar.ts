import { differenceInCalendarDays, endOfMonth, getDaysInMonth, isExists, max, min } from 'date-fns';
import type { TermId } from './ids';
import { monthStart, type MonthKey } from './month';

/** A date without a time, `'2027-06-15'`. */
export type IsoDate = `${number}-${number}-${number}`;

// Plans hold dates in this one form, so they are read and written here rather than with date-fns'
// parseISO and formatISO, which read every ISO 8601 form and were a tenth of the start-up code.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoDate(date: Date): IsoDate {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` as IsoDate;
}

/** Local midnight of `text`, or an invalid Date when it is not a real day written `yyyy-mm-dd`. */
export function dateOf(text: string): Date {
  const match = ISO_DATE.exec(text);
  if (!match) return new Date(NaN);
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  // `new Date` would turn 31 February into 3 March.
  return isExists(year, month - 1, day) ? new Date(year, month - 1, day) : new Date(NaN);
}

export function isIsoDate(text: string): text is IsoDate {
  return !Number.isNaN(dateOf(text).getTime());
}

/** A named span of dates over which load is counted. `end` is the last day of the term. */
export interface Term {
  id: TermId;
  name: string;
  start: IsoDate;
  end: IsoDate;
}

export const CALENDAR_TEMPLATE_IDS = [
  'england',
  'scotland',
  'northern-ireland',
  'us',
  'custom',
] as const;
export type CalendarTemplateId = (typeof CALENDAR_TEMPLATE_IDS)[number];

/**
 * A school-year calendar: how the terms of each school year fall. The templates and a school's
 * own terms (`calendar-templates.ts`) all take this shape.
 */
export interface CalendarTemplate {
  id: CalendarTemplateId;
  name: string;
  /** Month (1-12) in which a school year starts. */
  yearStartMonth: number;
  /** The terms of the school year starting in `startYear`, in order. */
  termsOfYear(startYear: number): Term[];
}

function schoolYearOf(template: CalendarTemplate, month: MonthKey): number {
  const date = monthStart(month);
  const year = date.getFullYear();
  return date.getMonth() + 1 >= template.yearStartMonth ? year : year - 1;
}

/** Every term that overlaps the given months, in date order. */
export function termsForMonths(template: CalendarTemplate, months: readonly MonthKey[]): Term[] {
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return [];
  const from = monthStart(first);
  const to = endOfMonth(monthStart(last));
  const terms: Term[] = [];
  // From the year before: a school's own term may run on past the start of the next school year.
  const firstYear = schoolYearOf(template, first) - 1;
  for (let year = firstYear; year <= schoolYearOf(template, last); year++) {
    for (const t of template.termsOfYear(year)) {
      if (dateOf(t.end) >= from && dateOf(t.start) <= to) terms.push(t);
    }
  }
  return terms;
}

function daysOfMonthIn(month: MonthKey, t: Term): number {
  const first = monthStart(month);
  const from = max([first, dateOf(t.start)]);
  const to = min([endOfMonth(first), dateOf(t.end)]);
  return Math.max(0, differenceInCalendarDays(to, from) + 1);
}

/**
 * The term a month belongs to: the one holding most of its days. A month that terms cover for
 * less than half its days (August in England) is a holiday month and has no term; a month that
 * two terms share around a holiday (April, with Easter) still belongs to the larger share.
 */
export function termOfMonth(terms: readonly Term[], month: MonthKey): Term | null {
  let best: Term | null = null;
  let bestDays = 0;
  let termDays = 0;
  for (const t of terms) {
    const days = daysOfMonthIn(month, t);
    termDays += days;
    if (days > bestDays) {
      best = t;
      bestDays = days;
    }
  }
  return termDays * 2 >= getDaysInMonth(monthStart(month)) ? best : null;
}
