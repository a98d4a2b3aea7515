import { addDays, endOfMonth, isSaturday, isSunday, isWeekend, subDays } from 'date-fns';
import { isoDate, type CalendarTemplateId, type IsoDate } from './calendar';
import { easterSunday } from './easter';
import { addMonthsToKey, monthStart, type MonthKey } from './month';
import {
  dayOf,
  FRIDAY,
  lastWeekday,
  MONDAY,
  nthWeekday,
  onOrAfter,
  onOrBefore,
  THURSDAY,
} from './weekday-dates';

/** A day the school is closed, or with `end` a break of several days, as a holiday event. */
export interface HolidayDate {
  title: string;
  date: IsoDate;
  end?: IsoDate;
}

interface Closure {
  title: string;
  date: Date;
  end?: Date;
}

/**
 * UK rule: a bank holiday on a weekend moves to the next weekday that is not already one, so
 * Christmas on a Sunday leaves Boxing Day on the Monday and is kept on the Tuesday.
 */
function withUkSubstitutes(days: Closure[]): Closure[] {
  const taken = new Set(days.filter((d) => !isWeekend(d.date)).map((d) => isoDate(d.date)));
  return days.map((d) => {
    if (!isWeekend(d.date)) return d;
    let date = onOrAfter(d.date, MONDAY);
    while (taken.has(isoDate(date))) date = addDays(date, 1);
    taken.add(isoDate(date));
    return { title: `${d.title} (substitute day)`, date };
  });
}

/** US federal rule: Saturday is kept on the Friday before, Sunday on the Monday after. */
function withUsObservance(days: Closure[]): Closure[] {
  return days.map((d) => {
    if (isSaturday(d.date)) return { title: `${d.title} (observed)`, date: subDays(d.date, 1) };
    if (isSunday(d.date)) return { title: `${d.title} (observed)`, date: addDays(d.date, 1) };
    return d;
  });
}

function christmas(year: number): Closure[] {
  return [
    { title: 'Christmas Day', date: dayOf(year, 12, 25) },
    { title: 'Boxing Day', date: dayOf(year, 12, 26) },
  ];
}

function spring(year: number): Closure[] {
  return [
    { title: 'Early May bank holiday', date: nthWeekday(year, 5, MONDAY, 1) },
    { title: 'Spring bank holiday', date: lastWeekday(year, 5, MONDAY) },
  ];
}

const goodFriday = (year: number) => subDays(easterSunday(year), 2);
const easterMonday = (year: number) => addDays(easterSunday(year), 1);

// The standing rules only: a day added or moved by proclamation (a coronation, a jubilee, VE Day
// in 2020) is not here.
const bankHolidaysOfYear: Record<CalendarTemplateId, (year: number) => Closure[]> = {
  england: (year) =>
    withUkSubstitutes([
      { title: "New Year's Day", date: dayOf(year, 1, 1) },
      { title: 'Good Friday', date: goodFriday(year) },
      { title: 'Easter Monday', date: easterMonday(year) },
      ...spring(year),
      { title: 'Summer bank holiday', date: lastWeekday(year, 8, MONDAY) },
      ...christmas(year),
    ]),
  scotland: (year) =>
    withUkSubstitutes([
      { title: "New Year's Day", date: dayOf(year, 1, 1) },
      { title: '2nd January', date: dayOf(year, 1, 2) },
      { title: 'Good Friday', date: goodFriday(year) },
      ...spring(year),
      { title: 'Summer bank holiday', date: nthWeekday(year, 8, MONDAY, 1) },
      { title: "St Andrew's Day", date: dayOf(year, 11, 30) },
      ...christmas(year),
    ]),
  'northern-ireland': (year) =>
    withUkSubstitutes([
      { title: "New Year's Day", date: dayOf(year, 1, 1) },
      { title: "St Patrick's Day", date: dayOf(year, 3, 17) },
      { title: 'Good Friday', date: goodFriday(year) },
      { title: 'Easter Monday', date: easterMonday(year) },
      ...spring(year),
      { title: "Battle of the Boyne (Orangemen's Day)", date: dayOf(year, 7, 12) },
      { title: 'Summer bank holiday', date: lastWeekday(year, 8, MONDAY) },
      ...christmas(year),
    ]),
  // The federal holidays nearly every district closes for. Columbus Day is left out (many stay
  // open), and Juneteenth and Independence Day fall in the summer break.
  us: (year) =>
    withUsObservance([
      { title: "New Year's Day", date: dayOf(year, 1, 1) },
      { title: 'Martin Luther King Jr. Day', date: nthWeekday(year, 1, MONDAY, 3) },
      { title: "Presidents' Day", date: nthWeekday(year, 2, MONDAY, 3) },
      { title: 'Memorial Day', date: lastWeekday(year, 5, MONDAY) },
      { title: 'Labor Day', date: nthWeekday(year, 9, MONDAY, 1) },
      { title: 'Veterans Day', date: dayOf(year, 11, 11) },
      { title: 'Thanksgiving Day', date: nthWeekday(year, 11, THURSDAY, 4) },
      { title: 'Christmas Day', date: dayOf(year, 12, 25) },
    ]),
  // A school's own calendar names no country, so it has no bank holidays to offer.
  custom: () => [],
};

const weekFrom = (title: string, monday: Date): Closure => ({
  title,
  date: monday,
  end: onOrAfter(monday, FRIDAY),
});

/**
 * Half-term weeks as most authorities set them: the last full week of October, the week after
 * 12 February and the week of the spring bank holiday. Northern Ireland's schools take the
 * Halloween week and a February mid-term but only the bank holidays in May; Scotland's and the
 * US breaks differ too widely between authorities and districts to guess.
 */
const breaksOfYear: Record<CalendarTemplateId, (year: number) => Closure[]> = {
  england: (year) => [
    weekFrom('February half-term', onOrAfter(dayOf(year, 2, 12), MONDAY)),
    weekFrom('May half-term', lastWeekday(year, 5, MONDAY)),
    weekFrom('October half-term', onOrBefore(dayOf(year, 10, 27), MONDAY)),
  ],
  'northern-ireland': (year) => [
    weekFrom('February mid-term break', onOrAfter(dayOf(year, 2, 12), MONDAY)),
    weekFrom('Halloween break', lastWeekday(year, 10, MONDAY)),
  ],
  scotland: () => [],
  us: () => [],
  custom: () => [],
};

/** The days and breaks touching the months, in date order. */
function inMonths(
  fromMonth: MonthKey,
  months: number,
  ofYear: (year: number) => Closure[],
): HolidayDate[] {
  if (months < 1) return [];
  const from = monthStart(fromMonth);
  const to = endOfMonth(monthStart(addMonthsToKey(fromMonth, months - 1)));
  const found: HolidayDate[] = [];
  // A year either side too: New Year's Day on a Saturday is kept on the Friday before, in the US.
  for (let year = from.getFullYear() - 1; year <= to.getFullYear() + 1; year++) {
    for (const day of ofYear(year)) {
      if (day.date > to || (day.end ?? day.date) < from) continue;
      const date = isoDate(day.date);
      found.push(
        day.end ? { title: day.title, date, end: isoDate(day.end) } : { title: day.title, date },
      );
    }
  }
  return found.sort(byDate);
}

/** By first day; on one day, a single day before a break and a shorter break before a longer. */
function byDate(a: HolidayDate, b: HolidayDate): number {
  const [aEnd, bEnd] = [a.end ?? a.date, b.end ?? b.date];
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (aEnd !== bEnd) return aEnd < bEnd ? -1 : 1;
  return a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
}

/** The public holidays of the calendar's country falling in the months, by date. */
export function bankHolidays(
  templateId: CalendarTemplateId,
  fromMonth: MonthKey,
  months: number,
): HolidayDate[] {
  return inMonths(fromMonth, months, bankHolidaysOfYear[templateId]);
}

/** The half-term breaks touching the months, each a period from Monday to Friday. */
export function halfTermBreaks(
  templateId: CalendarTemplateId,
  fromMonth: MonthKey,
  months: number,
): HolidayDate[] {
  return inMonths(fromMonth, months, breaksOfYear[templateId]);
}

/** Bank holidays and half-term breaks together: the holiday events a new plan can start with. */
export function holidayEvents(
  templateId: CalendarTemplateId,
  fromMonth: MonthKey,
  months: number,
): HolidayDate[] {
  return [
    ...bankHolidays(templateId, fromMonth, months),
    ...halfTermBreaks(templateId, fromMonth, months),
  ].sort(byDate);
}
