import { addDays, subDays } from 'date-fns';
import {
  dateOf,
  isoDate,
  type CalendarTemplate,
  type CalendarTemplateId,
  type IsoDate,
  type Term,
} from './calendar';
import { easterSunday } from './easter';
import type { TermId } from './ids';
import {
  dayOf,
  FRIDAY,
  MONDAY,
  onOrAfter,
  onOrBefore,
  schoolDayOnOrAfter,
  schoolDayOnOrBefore,
  WEDNESDAY,
} from './weekday-dates';

// Term dates are set by each local authority (each district in the US) and move a few days from
// year to year; the templates use typical ones. A school with other dates names its own terms.

/** `Autumn 2026` with id `autumn-2026`: capacities per term are kept under these ids. */
function term(season: string, year: number, start: Date, end: Date): Term {
  return {
    id: `${season.toLowerCase()}-${year}` as TermId,
    name: `${season} ${year}`,
    start: isoDate(start),
    end: isoDate(end),
  };
}

/**
 * England and Wales: Autumn from September to just before Christmas, Spring from early January
 * to Easter, Summer from after the two-week Easter break to late July; August is a holiday.
 */
export const englandCalendar: CalendarTemplate = {
  id: 'england',
  name: 'England and Wales',
  yearStartMonth: 9,
  termsOfYear(startYear) {
    const next = startYear + 1;
    const easter = easterSunday(next);
    return [
      term('Autumn', startYear, new Date(startYear, 8, 1), new Date(startYear, 11, 20)),
      term('Spring', next, new Date(next, 0, 5), subDays(easter, 2)),
      term('Summer', next, addDays(easter, 8), new Date(next, 6, 22)),
    ];
  },
};

/**
 * Scotland: back in mid-August, so August is an autumn month, and out in late June, so July is
 * the holiday. Some authorities call the January term the winter term; it is named Spring here
 * so that a spreadsheet's "Spring 2027" finds it.
 */
export const scotlandCalendar: CalendarTemplate = {
  id: 'scotland',
  name: 'Scotland',
  yearStartMonth: 8,
  termsOfYear(startYear) {
    const next = startYear + 1;
    const easter = easterSunday(next);
    return [
      term(
        'Autumn',
        startYear,
        onOrAfter(dayOf(startYear, 8, 10), WEDNESDAY),
        schoolDayOnOrBefore(dayOf(startYear, 12, 22)),
      ),
      term('Spring', next, schoolDayOnOrAfter(dayOf(next, 1, 6)), subDays(easter, 2)),
      term('Summer', next, addDays(easter, 8), onOrBefore(dayOf(next, 6, 28), FRIDAY)),
    ];
  },
};

/**
 * Northern Ireland: September to 30 June, with a shorter Easter break than England's (from the
 * Thursday before Easter); July and August are the holiday.
 */
export const northernIrelandCalendar: CalendarTemplate = {
  id: 'northern-ireland',
  name: 'Northern Ireland',
  yearStartMonth: 9,
  termsOfYear(startYear) {
    const next = startYear + 1;
    const easter = easterSunday(next);
    return [
      term(
        'Autumn',
        startYear,
        schoolDayOnOrAfter(dayOf(startYear, 9, 1)),
        schoolDayOnOrBefore(dayOf(startYear, 12, 22)),
      ),
      term('Spring', next, schoolDayOnOrAfter(dayOf(next, 1, 5)), subDays(easter, 4)),
      term('Summer', next, addDays(easter, 8), schoolDayOnOrBefore(dayOf(next, 6, 30))),
    ];
  },
};

/**
 * A US school year of two semesters, the fall one before the winter break and the spring one
 * ending around Memorial Day. Districts start anywhere from early August to after Labor Day;
 * a start in mid-August keeps August a fall month and leaves June and July as the holiday.
 */
export const usCalendar: CalendarTemplate = {
  id: 'us',
  name: 'United States',
  yearStartMonth: 8,
  termsOfYear(startYear) {
    const next = startYear + 1;
    return [
      term(
        'Fall',
        startYear,
        onOrAfter(dayOf(startYear, 8, 10), MONDAY),
        onOrBefore(dayOf(startYear, 12, 22), FRIDAY),
      ),
      term(
        'Spring',
        next,
        onOrAfter(dayOf(next, 1, 3), MONDAY),
        onOrAfter(dayOf(next, 5, 28), FRIDAY),
      ),
    ];
  },
};

const templates: Record<Exclude<CalendarTemplateId, 'custom'>, CalendarTemplate> = {
  england: englandCalendar,
  scotland: scotlandCalendar,
  'northern-ireland': northernIrelandCalendar,
  us: usCalendar,
};

/** The choices of a calendar select box, in the order it lists them. */
export const CALENDAR_TEMPLATES: readonly { id: CalendarTemplateId; name: string }[] = [
  { id: 'england', name: englandCalendar.name },
  { id: 'scotland', name: scotlandCalendar.name },
  { id: 'northern-ireland', name: northernIrelandCalendar.name },
  { id: 'us', name: 'United States (fall and spring semesters)' },
  { id: 'custom', name: 'Custom (name your own terms)' },
];

/**
 * A school's own terms as a calendar. Its school year starts in the month its first term does,
 * and a term belongs to the school year its start falls in.
 */
function customCalendar(terms: readonly Term[]): CalendarTemplate {
  const inOrder = [...terms].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const first = inOrder[0];
  const yearStartMonth = first ? dateOf(first.start).getMonth() + 1 : 9;
  const schoolYearOf = (t: Term) => {
    const start = dateOf(t.start);
    const year = start.getFullYear();
    return start.getMonth() + 1 >= yearStartMonth ? year : year - 1;
  };
  return {
    id: 'custom',
    name: 'Custom',
    yearStartMonth,
    termsOfYear: (startYear) => inOrder.filter((t) => schoolYearOf(t) === startYear),
  };
}

/** The calendar a plan follows: every term and month of the app comes from here. */
export function calendarOf(choice: {
  templateId: CalendarTemplateId;
  terms: readonly Term[];
}): CalendarTemplate {
  return choice.templateId === 'custom'
    ? customCalendar(choice.terms)
    : templates[choice.templateId];
}

/**
 * An id for a term the school names, made once when the term is added and kept through renames:
 * `Term 1` starting 2026-09-02 is `term-1-2026-09-02`, the date telling apart a name that comes
 * back each year.
 */
export function customTermId(name: string, start: IsoDate): TermId {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${words || 'term'}-${start}` as TermId;
}
