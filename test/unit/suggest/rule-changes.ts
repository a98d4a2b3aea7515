import { warningSubject } from '../../../src/domain/drop-preview';
import { termLoads } from '../../../src/domain/load';
import type { Plan } from '../../../src/domain/plan';
import { planCalendar } from '../../../src/domain/plan-calendar';
import { checkPlan, ruleContext } from '../../../src/domain/rules/index';
import type { Warning } from '../../../src/domain/rules/rule';
import { makeMoves, type SuggestedMove } from '../../../src/domain/suggest/suggestion';

export function warningsOf(plan: Plan): Warning[] {
  return checkPlan(plan, ruleContext(plan, planCalendar(plan)));
}

/** The warnings (not the notes for information) `after` gives that `before` did not. */
export function newWarnings(before: Plan, after: Plan): string[] {
  const had = new Set(warningsOf(before).map(warningSubject));
  return warningsOf(after)
    .filter((w) => w.severity !== 'info' && !had.has(warningSubject(w)))
    .map((w) => w.message);
}

/** Terms whose load grew past both their capacity and what they held before. */
export function termsMadeWorse(before: Plan, after: Plan): string[] {
  const was = termLoads(before, planCalendar(before));
  return [...termLoads(after, planCalendar(after))].flatMap(([id, l]) =>
    l.load > Math.max(l.capacity, was.get(id)?.load ?? 0) ? [id] : [],
  );
}

/** A copy of the plan with the moves made. */
export function withMoves(plan: Plan, moves: readonly SuggestedMove[]): Plan {
  const after = structuredClone(plan);
  makeMoves(after, moves);
  return after;
}
