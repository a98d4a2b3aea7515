import { addDays, getYear, isExists } from 'date-fns';
import { monthKey, type MonthKey } from '../month';

/** How a column writes `3/4/27`: 3 April (day-first, British) or March 4 (month-first, American). */
export type DateOrder = 'day-first' | 'month-first';

/**
 * `3/4/27`, `03/04/2027`, `3.4.2027`, `3-4-2027`: one separator used twice, so that `3/4-27`
 * is not one, and `2026-11-30` (year first) is left to the ISO form.
 */
const dayAndMonthSource = String.raw`(?<!\d)(?<first>\d{1,2})(?<separator>[/.-])(?<second>\d{1,2})\k<separator>(?<numericYear>\d{4}|\d{2})(?!\d)`;

/**
 * Dates written in numbers, as one named group `numericDate` to put in a larger pattern: ISO
 * dates and date-times (the time ignored: the date is as written, in no time zone), day and
 * month in either order, `2026-09` and `09/2026`.
 */
export const numericDateSource = `(?<numericDate>${[
  String.raw`(?<!\d)(?<isoYear>\d{4})-(?<isoMonth>\d{1,2})-(?<isoDay>\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:z|[+-]\d{2}(?::?\d{2})?)?)?(?!\d)`,
  dayAndMonthSource,
  String.raw`(?<!\d)(?<yearFirst>\d{4})[/.-](?<monthSecond>0?[1-9]|1[0-2])(?!\d)`,
  String.raw`(?<!\d)(?<monthFirst>0?[1-9]|1[0-2])[/.-](?<yearSecond>\d{4})(?!\d)`,
].join('|')})`;

type Groups = Partial<Record<string, string>>;

/** The plans people import run in these years; a date outside them is a misreading. */
export function isPlausibleYear(year: number): boolean {
  return year >= 1990 && year <= 2100;
}

/** Two-digit years are this century's: `Sept 14` is 2014, `3/4/27` is 2027. */
export function fullYear(digits: string): number {
  return digits.length <= 2 ? 2000 + Number(digits) : Number(digits);
}

/** The month of a day, or null when no such day exists (31 June, month 13) or it is implausible. */
export function monthOfDay(year: number, month: number, day: number): MonthKey | null {
  if (!isPlausibleYear(year) || !isExists(year, month - 1, day)) return null;
  return monthKey(new Date(year, month - 1, day));
}

/** The month of a `numericDateSource` match, read in the column's order. */
export function monthOfNumericDate(groups: Groups, order: DateOrder): MonthKey | null {
  const { isoYear, first, second, numericYear, yearFirst, yearSecond } = groups;
  if (isoYear) return monthOfDay(Number(isoYear), Number(groups.isoMonth), Number(groups.isoDay));
  if (first && second && numericYear) {
    const [day, month] = order === 'day-first' ? [first, second] : [second, first];
    return monthOfDay(fullYear(numericYear), Number(month), Number(day));
  }
  if (yearFirst) return monthOfDay(Number(yearFirst), Number(groups.monthSecond), 1);
  if (yearSecond) return monthOfDay(Number(yearSecond), Number(groups.monthFirst), 1);
  return null;
}

// Excel's 1900 date system counts days so that 25569 is 1 January 1970. A bare number in this
// range is what a date cell becomes when a spreadsheet is saved without its formats.
const EXCEL_SERIAL_OF_1970 = 25569;

export function monthOfExcelSerial(serial: number): MonthKey | null {
  if (!(serial >= 20000 && serial <= 80000)) return null;
  const day = addDays(new Date(1970, 0, 1), Math.floor(serial) - EXCEL_SERIAL_OF_1970);
  return monthOfDay(getYear(day), day.getMonth() + 1, day.getDate());
}

/**
 * PRODUCT.md: a file's numeric dates are read in one order. A first number above 12 anywhere in
 * the column means day-first, a second number above 12 means month-first; when no value settles
 * it, or values settle it both ways, the importer has to ask.
 */
export function dateOrderOfColumn(values: readonly string[]): DateOrder | 'ambiguous' | 'none' {
  const pattern = new RegExp(dayAndMonthSource, 'g');
  const dates = values.flatMap((value) => [...value.matchAll(pattern)]);
  if (dates.length === 0) return 'none';
  const orders = new Set<DateOrder>();
  for (const { groups } of dates) {
    const isFirstADay = Number(groups?.first) > 12;
    const isSecondADay = Number(groups?.second) > 12;
    // Both above 12 is no date in either order, so it settles nothing.
    if (isFirstADay && !isSecondADay) orders.add('day-first');
    if (isSecondADay && !isFirstADay) orders.add('month-first');
  }
  const [order] = orders;
  return orders.size === 1 && order ? order : 'ambiguous';
}
