import {
  addDays,
  addMonths,
  differenceInCalendarDays,
  endOfMonth,
  getYear,
  startOfMonth,
} from 'date-fns';
import { dateOf, type CalendarTemplate, type Term } from '../calendar';
import { monthKey, monthStart, type MonthKey } from '../month';
import { isPlausibleYear } from './date-order';

export type Season = 'autumn' | 'spring' | 'summer';

const seasons = new Map<string, Season>([
  ['autumn', 'autumn'],
  ['fall', 'autumn'],
  ['aut', 'autumn'],
  ['spring', 'spring'],
  ['spr', 'spring'],
  ['summer', 'summer'],
  ['sum', 'summer'],
]);

/** `Fall`, `Aut` and `autumn` are one season. */
export function seasonOfWord(word: string): Season | undefined {
  return seasons.get(word.toLowerCase());
}

/** A term within a season: the whole term (null), or its first or second half (`Spring 2`). */
export type Half = 1 | 2 | null;

function termsOfSeason(calendar: CalendarTemplate, schoolYear: number, season: Season): Term[] {
  return calendar
    .termsOfYear(schoolYear)
    .filter((term) => seasonOfWord(term.name.split(/\s+/)[0] ?? '') === season);
}

function plausible(month: MonthKey): MonthKey | null {
  return isPlausibleYear(getYear(monthStart(month))) ? month : null;
}

/**
 * The month holding most of the four weeks from a date, so that a term starting on 28 April
 * 2014 is a May term, as the board shows it (that April is mostly Spring).
 */
function monthOfFirstWeeks(from: Date): MonthKey {
  const daysLeftInMonth = differenceInCalendarDays(endOfMonth(from), from) + 1;
  return monthKey(daysLeftInMonth >= 14 ? from : addMonths(startOfMonth(from), 1));
}

/**
 * A term's first month. A calendar's terms carry no half-term dates, so a second half starts
 * at the term's middle day: November for an English autumn, February for spring, June for summer.
 */
function monthOfTerm(term: Term, half: Half): MonthKey {
  const start = dateOf(term.start);
  const length = differenceInCalendarDays(dateOf(term.end), start);
  return monthOfFirstWeeks(half === 2 ? addDays(start, Math.ceil(length / 2)) : start);
}

/**
 * `Spring 2027`: the first month of the spring term starting in 2027. With `isSchoolYear`
 * (`Spring 2026/27`), the spring term of the school year starting in 2026.
 */
export function monthOfSeason(
  calendar: CalendarTemplate,
  season: Season,
  half: Half,
  year: number,
  isSchoolYear: boolean,
): MonthKey | null {
  if (!isPlausibleYear(year)) return null;
  const [term] = isSchoolYear
    ? termsOfSeason(calendar, year, season)
    : [year - 1, year]
        .flatMap((schoolYear) => termsOfSeason(calendar, schoolYear, season))
        .filter((t) => getYear(dateOf(t.start)) === year);
  return term ? plausible(monthOfTerm(term, half)) : null;
}

/** `Autumn` in `Autumn/spring 2014`: the latest such term starting no later than `next`. */
export function monthOfSeasonNotAfter(
  calendar: CalendarTemplate,
  season: Season,
  half: Half,
  next: MonthKey,
): MonthKey | null {
  const year = getYear(monthStart(next));
  const month = [year - 2, year - 1, year]
    .flatMap((schoolYear) => termsOfSeason(calendar, schoolYear, season))
    .map((term) => monthOfTerm(term, half))
    .filter((m) => m <= next)
    .sort()
    .at(-1);
  return month ? plausible(month) : null;
}
