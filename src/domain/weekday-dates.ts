import { addDays, endOfMonth, isWeekend, nextDay, previousDay, subDays, type Day } from 'date-fns';

export const MONDAY: Day = 1;
export const WEDNESDAY: Day = 3;
export const THURSDAY: Day = 4;
export const FRIDAY: Day = 5;

/** A day of the year with its month counted from 1, as people write it: `dayOf(2027, 5, 1)`. */
export function dayOf(year: number, month: number, day: number): Date {
  return new Date(year, month - 1, day);
}

export function onOrAfter(date: Date, weekday: Day): Date {
  return nextDay(subDays(date, 1), weekday);
}

export function onOrBefore(date: Date, weekday: Day): Date {
  return previousDay(addDays(date, 1), weekday);
}

/** `nthWeekday(2027, 1, MONDAY, 3)`: the third Monday of January 2027. */
export function nthWeekday(year: number, month: number, weekday: Day, n: number): Date {
  return onOrAfter(dayOf(year, month, 1 + 7 * (n - 1)), weekday);
}

export function lastWeekday(year: number, month: number, weekday: Day): Date {
  return onOrBefore(endOfMonth(dayOf(year, month, 1)), weekday);
}

/** The date itself on a weekday, else the Monday after. */
export function schoolDayOnOrAfter(date: Date): Date {
  return isWeekend(date) ? onOrAfter(date, MONDAY) : date;
}

/** The date itself on a weekday, else the Friday before. */
export function schoolDayOnOrBefore(date: Date): Date {
  return isWeekend(date) ? onOrBefore(date, FRIDAY) : date;
}
