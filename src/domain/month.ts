import {
  addMonths,
  differenceInCalendarMonths,
  format,
  isValid,
  parse,
  startOfMonth,
} from 'date-fns';
import { enGB } from 'date-fns/locale';

/** A month of the plan as `'2026-10'`: sortable as text and safe as an object key. */
export type MonthKey = `${number}-${number}`;

const KEY_FORMAT = 'yyyy-MM';

export function isMonthKey(value: string): value is MonthKey {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

export function monthKey(date: Date): MonthKey {
  return format(date, KEY_FORMAT) as MonthKey;
}

export function monthStart(key: MonthKey): Date {
  const date = parse(key, KEY_FORMAT, new Date(2000, 0, 1));
  if (!isValid(date)) throw new Error(`Not a month key: ${key}`);
  return startOfMonth(date);
}

export function addMonthsToKey(key: MonthKey, months: number): MonthKey {
  return monthKey(addMonths(monthStart(key), months));
}

export function monthsBetween(from: MonthKey, to: MonthKey): number {
  return differenceInCalendarMonths(monthStart(to), monthStart(from));
}

const labels = new Map<MonthKey, string>();

/** `October 2026`: the words the board, the announcements and the tests all use. */
export function monthLabel(key: MonthKey): string {
  let label = labels.get(key);
  if (label === undefined) {
    // Formatting is slow next to a lookup, and rules name months hundreds of times per check.
    label = format(monthStart(key), 'MMMM yyyy', { locale: enGB });
    labels.set(key, label);
  }
  return label;
}

export function shortMonthLabel(key: MonthKey): string {
  return format(monthStart(key), 'MMM', { locale: enGB });
}

export function monthRange(start: MonthKey, length: number): MonthKey[] {
  return Array.from({ length }, (_, i) => addMonthsToKey(start, i));
}
