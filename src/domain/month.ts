import { addMonths, differenceInCalendarMonths } from 'date-fns';
import { monthYearText } from './date-text';

/** A month of the plan as `'2026-10'`: sortable as text and safe as an object key. */
export type MonthKey = `${number}-${number}`;

export function isMonthKey(value: string): value is MonthKey {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

export function monthKey(date: Date): MonthKey {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${month}` as MonthKey;
}

export function monthStart(key: MonthKey): Date {
  if (!isMonthKey(key)) throw new Error(`Not a month key: ${key}`);
  return new Date(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, 1);
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
    label = monthYearText(monthStart(key));
    labels.set(key, label);
  }
  return label;
}

export function monthRange(start: MonthKey, length: number): MonthKey[] {
  return Array.from({ length }, (_, i) => addMonthsToKey(start, i));
}
