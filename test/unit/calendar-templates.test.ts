import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CALENDAR_TEMPLATE_IDS,
  type CalendarTemplateId,
  type IsoDate,
  type Term,
} from '../../src/domain/calendar';
import { CALENDAR_TEMPLATES, calendarOf, customTermId } from '../../src/domain/calendar-templates';
import { monthLabel, type MonthKey } from '../../src/domain/month';
import { planCalendar, termGroups } from '../../src/domain/plan-calendar';

const TEMPLATE_IDS = ['england', 'scotland', 'northern-ireland', 'us'] as const;

/** How a term reads in the tables below: `Autumn 2026 (autumn-2026): 2026-09-01 to 2026-12-20`. */
const termLine = (t: Term) => `${t.name} (${t.id}): ${t.start} to ${t.end}`;

const termsOfYears = (templateId: CalendarTemplateId, terms: readonly Term[] = []) => {
  const calendar = calendarOf({ templateId, terms });
  return [2026, 2027].flatMap((year) => calendar.termsOfYear(year).map(termLine));
};

/** What the board shows above each month: `October 2026: Autumn 2026`, or `holiday`. */
function monthTerms(
  templateId: CalendarTemplateId,
  startMonth: MonthKey,
  lengthMonths: number,
  terms: Term[] = [],
) {
  const calendar = planCalendar({ startMonth, lengthMonths, calendar: { templateId, terms } });
  return calendar.months.map(
    (m) => `${monthLabel(m)}: ${calendar.termOf.get(m)?.name ?? 'holiday'}`,
  );
}

const holidayMonths = (templateId: CalendarTemplateId, startMonth: MonthKey) =>
  monthTerms(templateId, startMonth, 12)
    .filter((line) => line.endsWith(': holiday'))
    .map((line) => line.replace(': holiday', ''));

describe('the term dates of each template, school years 2026-27 and 2027-28', () => {
  it('England and Wales: September to late July, the spring term ending on Good Friday', () => {
    expect(termsOfYears('england')).toEqual([
      'Autumn 2026 (autumn-2026): 2026-09-01 to 2026-12-20',
      'Spring 2027 (spring-2027): 2027-01-05 to 2027-03-26',
      'Summer 2027 (summer-2027): 2027-04-05 to 2027-07-22',
      'Autumn 2027 (autumn-2027): 2027-09-01 to 2027-12-20',
      'Spring 2028 (spring-2028): 2028-01-05 to 2028-04-14',
      'Summer 2028 (summer-2028): 2028-04-24 to 2028-07-22',
    ]);
  });

  it('Scotland: mid-August to late June', () => {
    expect(termsOfYears('scotland')).toEqual([
      'Autumn 2026 (autumn-2026): 2026-08-12 to 2026-12-22',
      'Spring 2027 (spring-2027): 2027-01-06 to 2027-03-26',
      'Summer 2027 (summer-2027): 2027-04-05 to 2027-06-25',
      'Autumn 2027 (autumn-2027): 2027-08-11 to 2027-12-22',
      'Spring 2028 (spring-2028): 2028-01-06 to 2028-04-14',
      'Summer 2028 (summer-2028): 2028-04-24 to 2028-06-23',
    ]);
  });

  it('Northern Ireland: September to 30 June, the Easter break from the Thursday before', () => {
    expect(termsOfYears('northern-ireland')).toEqual([
      'Autumn 2026 (autumn-2026): 2026-09-01 to 2026-12-22',
      'Spring 2027 (spring-2027): 2027-01-05 to 2027-03-24',
      'Summer 2027 (summer-2027): 2027-04-05 to 2027-06-30',
      'Autumn 2027 (autumn-2027): 2027-09-01 to 2027-12-22',
      'Spring 2028 (spring-2028): 2028-01-05 to 2028-04-12',
      'Summer 2028 (summer-2028): 2028-04-24 to 2028-06-30',
    ]);
  });

  it('United States: a fall and a spring semester, Monday to Friday', () => {
    expect(termsOfYears('us')).toEqual([
      'Fall 2026 (fall-2026): 2026-08-10 to 2026-12-18',
      'Spring 2027 (spring-2027): 2027-01-04 to 2027-05-28',
      'Fall 2027 (fall-2027): 2027-08-16 to 2027-12-17',
      'Spring 2028 (spring-2028): 2028-01-03 to 2028-06-02',
    ]);
  });
});

describe('the term of each month of the school year', () => {
  it('Scotland: August is an autumn month and July the holiday', () => {
    expect(monthTerms('scotland', '2026-08', 12)).toEqual([
      'August 2026: Autumn 2026',
      'September 2026: Autumn 2026',
      'October 2026: Autumn 2026',
      'November 2026: Autumn 2026',
      'December 2026: Autumn 2026',
      'January 2027: Spring 2027',
      'February 2027: Spring 2027',
      'March 2027: Spring 2027',
      'April 2027: Summer 2027',
      'May 2027: Summer 2027',
      'June 2027: Summer 2027',
      'July 2027: holiday',
    ]);
  });

  it('Northern Ireland: July and August are the holiday', () => {
    expect(monthTerms('northern-ireland', '2026-09', 12)).toEqual([
      'September 2026: Autumn 2026',
      'October 2026: Autumn 2026',
      'November 2026: Autumn 2026',
      'December 2026: Autumn 2026',
      'January 2027: Spring 2027',
      'February 2027: Spring 2027',
      'March 2027: Spring 2027',
      'April 2027: Summer 2027',
      'May 2027: Summer 2027',
      'June 2027: Summer 2027',
      'July 2027: holiday',
      'August 2027: holiday',
    ]);
  });

  it('United States: August to December in the fall, June and July the holiday', () => {
    expect(monthTerms('us', '2026-08', 12)).toEqual([
      'August 2026: Fall 2026',
      'September 2026: Fall 2026',
      'October 2026: Fall 2026',
      'November 2026: Fall 2026',
      'December 2026: Fall 2026',
      'January 2027: Spring 2027',
      'February 2027: Spring 2027',
      'March 2027: Spring 2027',
      'April 2027: Spring 2027',
      'May 2027: Spring 2027',
      'June 2027: holiday',
      'July 2027: holiday',
    ]);
  });

  it('keeps the same holiday months in 2027-28, with April 2028 before a late Easter', () => {
    expect(holidayMonths('england', '2027-09')).toEqual(['August 2028']);
    expect(holidayMonths('scotland', '2027-08')).toEqual(['July 2028']);
    expect(holidayMonths('northern-ireland', '2027-09')).toEqual(['July 2028', 'August 2028']);
    expect(holidayMonths('us', '2027-08')).toEqual(['June 2028', 'July 2028']);
    // Easter 2028 is 16 April: the UK spring terms hold the first half of April.
    for (const templateId of ['england', 'scotland', 'northern-ireland'] as const) {
      expect(monthTerms(templateId, '2028-04', 1)).toEqual(['April 2028: Spring 2028']);
    }
  });
});

describe('a custom calendar', () => {
  const michaelmas = {
    id: customTermId('Michaelmas', '2026-09-03'),
    name: 'Michaelmas',
    start: '2026-09-03',
    end: '2026-12-16',
  } satisfies Term;
  const lent = {
    id: customTermId('Lent', '2027-01-06'),
    name: 'Lent',
    start: '2027-01-06',
    end: '2027-03-24',
  } satisfies Term;
  const trinity = {
    id: customTermId('Trinity', '2027-04-20'),
    name: 'Trinity',
    start: '2027-04-20',
    end: '2027-07-02',
  } satisfies Term;

  it('follows the terms the school named, under their own ids', () => {
    expect(termsOfYears('custom', [trinity, michaelmas, lent])).toEqual([
      'Michaelmas (michaelmas-2026-09-03): 2026-09-03 to 2026-12-16',
      'Lent (lent-2027-01-06): 2027-01-06 to 2027-03-24',
      'Trinity (trinity-2027-04-20): 2027-04-20 to 2027-07-02',
    ]);
    expect(calendarOf({ templateId: 'custom', terms: [lent, michaelmas] }).yearStartMonth).toBe(9);
  });

  it('puts the months between its terms in the holiday', () => {
    expect(monthTerms('custom', '2026-09', 12, [michaelmas, lent, trinity])).toEqual([
      'September 2026: Michaelmas',
      'October 2026: Michaelmas',
      'November 2026: Michaelmas',
      'December 2026: Michaelmas',
      'January 2027: Lent',
      'February 2027: Lent',
      'March 2027: Lent',
      'April 2027: holiday',
      'May 2027: Trinity',
      'June 2027: Trinity',
      'July 2027: holiday',
      'August 2027: holiday',
    ]);
  });

  it('starts its school year in the month of its first term', () => {
    const term = { ...michaelmas, start: '2026-08-20' as IsoDate };
    const calendar = calendarOf({ templateId: 'custom', terms: [term, lent] });
    expect(calendar.yearStartMonth).toBe(8);
    expect(calendar.termsOfYear(2026).map((t) => t.name)).toEqual(['Michaelmas', 'Lent']);
  });

  it('has no terms and a September year until the school names one', () => {
    const calendar = calendarOf({ templateId: 'custom', terms: [] });
    expect(calendar.yearStartMonth).toBe(9);
    expect(calendar.termsOfYear(2026)).toEqual([]);
  });

  it('ignores terms given to a template', () => {
    expect(termsOfYears('england', [michaelmas])[0]).toBe(
      'Autumn 2026 (autumn-2026): 2026-09-01 to 2026-12-20',
    );
  });
});

describe('customTermId', () => {
  it('makes a lower-case id from the name and the start, the same every time', () => {
    expect(customTermId('Term 1', '2026-09-02')).toBe('term-1-2026-09-02');
    expect(customTermId('Term 1', '2026-09-02')).toBe(customTermId('Term 1', '2026-09-02'));
    expect(customTermId('Term 1', '2027-09-01')).toBe('term-1-2027-09-01');
  });

  it('keeps letters and digits only, accents dropped, and names a blank term "term"', () => {
    expect(customTermId('  Été / Summer!! ', '2027-04-19')).toBe('ete-summer-2027-04-19');
    expect(customTermId('   ', '2027-04-19')).toBe('term-2027-04-19');
  });
});

it('offers every calendar in a select box, Custom last', () => {
  expect(CALENDAR_TEMPLATES.map((t) => `${t.id}: ${t.name}`)).toEqual([
    'england: England and Wales',
    'scotland: Scotland',
    'northern-ireland: Northern Ireland',
    'us: United States (fall and spring semesters)',
    'custom: Custom (name your own terms)',
  ]);
  expect(CALENDAR_TEMPLATES.map((t) => t.id).sort()).toEqual([...CALENDAR_TEMPLATE_IDS].sort());
});

it('gives any plan in any calendar each month at most one term, terms never overlapping', () => {
  const customTerms: Term[] = [
    { id: customTermId('One', '2030-09-02'), name: 'One', start: '2030-09-02', end: '2030-12-18' },
    { id: customTermId('Two', '2031-01-06'), name: 'Two', start: '2031-01-06', end: '2031-04-04' },
    { id: customTermId('Six', '2031-04-22'), name: 'Six', start: '2031-04-22', end: '2031-07-18' },
  ];
  const choice = fc.oneof(
    ...TEMPLATE_IDS.map((templateId) => fc.constant({ templateId, terms: [] as Term[] })),
    fc.constant({ templateId: 'custom' as const, terms: customTerms }),
  );
  const startMonth = fc
    .record({ year: fc.integer({ min: 2020, max: 2040 }), month: fc.integer({ min: 1, max: 12 }) })
    .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}` as MonthKey);
  fc.assert(
    fc.property(choice, startMonth, fc.integer({ min: 1, max: 36 }), (calendar, start, length) => {
      const plan = planCalendar({ startMonth: start, lengthMonths: length, calendar });
      expect([...plan.termOf.keys()]).toEqual(plan.months);
      for (const term of plan.termOf.values()) if (term) expect(plan.terms).toContain(term);
      // A term's months sit together under one band.
      const bands = termGroups(plan).flatMap((g) => (g.term ? [g.term.id] : []));
      expect(new Set(bands).size).toBe(bands.length);
      plan.terms.forEach((term, i) => {
        expect(term.start <= term.end).toBe(true);
        const next = plan.terms[i + 1];
        if (next) expect(term.end < next.start).toBe(true);
      });
    }),
  );
});
