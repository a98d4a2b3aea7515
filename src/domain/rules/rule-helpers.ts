import { isAfter, isBefore, startOfMonth, subMonths } from 'date-fns';
import { dateOf } from '../calendar';
import type { ActionId } from '../ids';
import { monthLabel, monthStart, type MonthKey } from '../month';
import { reviewDateOf, weightOf, type Action, type Plan } from '../plan';
import type { Fix, RuleContext } from './rule';
import { byReference } from '../action-order';

/** The action's title as a message quotes it. */
export const quoted = (action: Pick<Action, 'title'>) => `"${action.title}"`;

/** `"A", "B" and "C"` */
export function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Actions in a month, in a stable order (month, then reference, then title). */
export function placedActions(plan: Plan): (Action & { month: MonthKey })[] {
  return Object.values(plan.actions)
    .filter((a): a is Action & { month: MonthKey } => a.month !== null)
    .sort((a, b) => a.month.localeCompare(b.month) || byReference(a, b));
}

/** `April 2027 (Summer 2027)`, or `August 2027 (holiday)`. */
export function monthInTerm(context: RuleContext, month: MonthKey): string {
  return `${monthLabel(month)} (${context.termOf(month)?.name ?? 'holiday'})`;
}

export function reviewDate(plan: Plan): Date | null {
  const review = reviewDateOf(plan);
  return review ? dateOf(review) : null;
}

/**
 * The months to keep free: those starting on or after the day `bufferMonths` before the review,
 * up to the month of the review itself.
 */
export function isInBuffer(plan: Plan, month: MonthKey): boolean {
  const review = reviewDate(plan);
  if (!review) return false;
  const start = monthStart(month);
  const firstFree = subMonths(review, plan.settings.bufferMonths);
  return !isBefore(start, firstFree) && !isAfter(start, startOfMonth(review));
}

export function isHoliday(context: RuleContext, month: MonthKey): boolean {
  return context.termOf(month) === null;
}

function monthsOf(plan: Plan, ids: readonly ActionId[]): MonthKey[] {
  return ids.flatMap((id) => plan.actions[id]?.month ?? []);
}

/**
 * Where an action could go instead: a month of the plan in a term with room for it, not a
 * holiday, not inside the review buffer, after what it depends on and before what depends on it.
 * Candidates are tried in the order given; the first that fits wins.
 */
export function fittingMonth(
  plan: Plan,
  context: RuleContext,
  action: Action,
  candidates: readonly MonthKey[],
): MonthKey | null {
  const after = monthsOf(plan, action.dependsOn).sort().at(-1);
  const before = monthsOf(plan, context.dependentsOf(action.id)).sort()[0];
  const weight = weightOf(plan, action);
  const currentTerm = action.month ? context.termOf(action.month)?.id : undefined;
  return (
    candidates.find((month) => {
      const term = context.termOf(month);
      if (!term || context.isInBuffer(month) || month === action.month) return false;
      if ((after && month <= after) || (before && month >= before)) return false;
      const load = context.loads.get(term.id);
      const extra = term.id === currentTerm ? 0 : weight;
      return !!load && load.load + extra <= load.capacity;
    }) ?? null
  );
}

export function moveFix(action: Action, month: MonthKey): Fix {
  return {
    label: `Move ${quoted(action)} to ${monthLabel(month)}`,
    moves: [{ actionId: action.id, month }],
  };
}
