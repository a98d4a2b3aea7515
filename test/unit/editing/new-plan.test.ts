import { describe, expect, it } from 'vitest';
import { customTerms } from '../../../src/domain/custom-terms';
import { planFromWizard } from '../../../src/domain/editing/new-plan';
import { planCalendar } from '../../../src/domain/plan-calendar';
import { problemText } from '../../../src/domain/result';

const basics = {
  name: 'Silver plan 2027-29',
  phase: 'silver' as const,
  startMonth: '2027-09' as const,
  lengthMonths: 18,
};

describe('the plan the new-plan wizard makes', () => {
  it('carries its projects in order, each with its own code and colour', () => {
    const plan = planFromWizard({
      ...basics,
      withHolidays: false,
      projects: [
        { name: 'Vision for learning', isStrategic: true },
        { name: 'Reading for pleasure' },
        { name: 'Feedback' },
      ],
    });
    const projects = plan.projectOrder.map((id) => plan.projects[id]!);
    expect(projects.map((p) => p.name)).toEqual([
      'Vision for learning',
      'Reading for pleasure',
      'Feedback',
    ]);
    expect(projects.map((p) => p.isStrategic)).toEqual([true, false, false]);
    expect(new Set(projects.map((p) => p.code)).size).toBe(3);
    expect(new Set(projects.map((p) => p.colour)).size).toBe(3);
    expect(plan.events).toEqual([]);
  });

  it('puts the calendar’s bank holidays and half-terms on the board when asked', () => {
    const plan = planFromWizard({ ...basics, withHolidays: true, projects: [] });
    const holidays = plan.events.filter((e) => e.kind === 'holiday');
    expect(holidays.map((e) => e.date)).toContain('2027-12-27');
    expect(holidays.some((e) => e.end && e.end > e.date)).toBe(true);
    expect(plan.events.map((e) => e.date)).toEqual([...plan.events.map((e) => e.date)].sort());
  });

  it('follows the school’s own terms when the calendar is custom', () => {
    const { terms, problems } = customTerms([
      { name: 'Term 2', start: '2028-01-04', end: '2028-03-24' },
      { name: 'Term 1', start: '2027-09-01', end: '2027-12-17' },
    ]);
    expect(problems).toEqual([]);
    const plan = planFromWizard({
      ...basics,
      lengthMonths: 7,
      calendar: 'custom',
      customTerms: terms,
      withHolidays: false,
      projects: [],
    });
    const calendar = planCalendar(plan);
    expect(calendar.terms.map((t) => t.name)).toEqual(['Term 1', 'Term 2']);
    expect(calendar.termOf.get('2027-10')?.name).toBe('Term 1');
    expect(calendar.termOf.get('2028-02')?.name).toBe('Term 2');
  });
});

describe('the school’s own terms', () => {
  it('refuses a term without a name, one that ends before it starts, and overlapping terms', () => {
    const { problems } = customTerms([
      { name: '', start: '2027-09-01', end: '2027-12-17' },
      { name: 'Spring', start: '2028-03-24', end: '2028-01-04' },
      { name: 'Late autumn', start: '2027-12-01', end: '2028-01-10' },
    ]);
    expect(problems.map(problemText)).toEqual([
      'term 1: give the term a name',
      'term 2 (Spring): the last day comes before the first',
      'term 3 (Late autumn): it overlaps term 1',
    ]);
  });

  it('asks for at least one term', () => {
    expect(customTerms([]).problems.map(problemText)).toEqual(['terms: add at least one term']);
  });
});
