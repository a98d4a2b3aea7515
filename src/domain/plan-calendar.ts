import { termOfMonth, termsForMonths, type Term } from './calendar';
import { calendarOf } from './calendar-templates';
import type { TermId } from './ids';
import { monthRange, type MonthKey } from './month';
import type { Plan } from './plan';

export interface PlanCalendar {
  months: MonthKey[];
  terms: Term[];
  termOf: ReadonlyMap<MonthKey, Term | null>;
}

/** The months of a plan and the term of each, derived from its calendar: never stored. */
export function planCalendar(
  plan: Pick<Plan, 'startMonth' | 'lengthMonths' | 'calendar'>,
): PlanCalendar {
  const months = monthRange(plan.startMonth, plan.lengthMonths);
  const allTerms = termsForMonths(calendarOf(plan.calendar), months);
  const termOf = new Map(months.map((m) => [m, termOfMonth(allTerms, m)] as const));
  const used = new Set([...termOf.values()].filter((t) => t !== null).map((t) => t.id));
  return { months, terms: allTerms.filter((t) => used.has(t.id)), termOf };
}

/** Consecutive months under one term band; a `null` term is a holiday month. */
export interface TermGroup {
  term: Term | null;
  months: MonthKey[];
}

export function termGroups(calendar: PlanCalendar): TermGroup[] {
  const groups: TermGroup[] = [];
  for (const month of calendar.months) {
    const term = calendar.termOf.get(month) ?? null;
    const last = groups[groups.length - 1];
    if (last && last.term?.id === term?.id) last.months.push(month);
    else groups.push({ term, months: [month] });
  }
  return groups;
}

export function termCapacity(plan: Pick<Plan, 'settings'>, termId: TermId): number {
  return plan.settings.capacityByTerm[termId] ?? plan.settings.termCapacity;
}
