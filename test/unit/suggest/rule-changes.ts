import { termLoads } from '../../../src/domain/load';
import type { Plan } from '../../../src/domain/plan';
import { planCalendar } from '../../../src/domain/plan-calendar';
import { checkPlan, ruleContext } from '../../../src/domain/rules/index';
import type { Warning } from '../../../src/domain/rules/rule';
import { makeMoves, type SuggestedMove } from '../../../src/domain/suggest/suggestion';

export function warningsOf(plan: Plan): Warning[] {
  return checkPlan(plan, ruleContext(plan, planCalendar(plan)));
}

/**
 * What a warning is about, so a warning whose numbers or first note change is still the same
 * one: the term for an overload, the person and term for owner load, the project for a strategic
 * project, the notes for the rest.
 */
function subject(w: Warning): string {
  switch (w.ruleId) {
    case 'term-overload':
      return `${w.ruleId}|${w.termIds.join()}`;
    case 'owner-load':
      return `${w.ruleId}|${w.termIds.join()}|${w.message.split(' holds ')[0]}`;
    case 'strategic-early':
      return `${w.ruleId}|${w.message.split(' is strategic')[0]}`;
    default:
      return `${w.ruleId}|${w.actionIds.length ? [...w.actionIds].sort().join() : w.message}`;
  }
}

/** The warnings (not the notes for information) `after` gives that `before` did not. */
export function newWarnings(before: Plan, after: Plan): string[] {
  const had = new Set(warningsOf(before).map(subject));
  return warningsOf(after)
    .filter((w) => w.severity !== 'info' && !had.has(subject(w)))
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
