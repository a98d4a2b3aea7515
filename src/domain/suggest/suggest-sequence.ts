import type { ActionId } from '../ids';
import type { SuggestedMove, Suggestion } from './suggestion';
import { addMonthsToKey } from '../month';
import type { Plan } from '../plan';
import { planCalendar } from '../plan-calendar';
import { repairSequence } from './sequence-repair';
import {
  costOf,
  isCheaper,
  LARGE_SEARCH_FROM,
  LARGE_SEARCH_STEPS,
  searchSequence,
  SEARCH_STEPS,
} from './sequence-search';
import { suggestModel, type SuggestScope } from './suggest-model';
import { suggestionProblems } from './suggestion-problems';

/**
 * Where Suggest would put the notes: pure and deterministic, so the same plan always gets the
 * same suggestion. `steps` bounds the search (by default `SEARCH_STEPS`, or fewer on a large
 * plan).
 */
export function suggestSequence(plan: Plan, scope: SuggestScope, steps?: number): Suggestion {
  const calendar = planCalendar(plan);
  const model = suggestModel(plan, calendar, scope);
  const large = model.candidates.length > LARGE_SEARCH_FROM;
  const searched = searchSequence(
    model,
    steps ?? (large ? Math.max(LARGE_SEARCH_STEPS, model.candidates.length + 1) : SEARCH_STEPS),
  );
  // Out of steps on a large plan, the search may not have got far: improve on what it found.
  const repaired = searched.isComplete ? null : repairSequence(model, searched.slots);
  const repairedCost = repaired && costOf(model, repaired);
  const result =
    repaired && repairedCost && isCheaper(repairedCost, searched.cost)
      ? { slots: repaired, cost: repairedCost, isComplete: false }
      : searched;
  const first = calendar.months[0]!;
  const moves: SuggestedMove[] = [];
  const left: ActionId[] = [];
  for (const [i, c] of model.candidates.entries()) {
    const slot = result.slots[i] ?? null;
    if (slot === null) left.push(c.id);
    else if (slot !== c.current) {
      moves.push({
        actionId: c.id,
        from: plan.actions[c.id]!.month,
        to: addMonthsToKey(first, slot),
      });
    }
  }
  return {
    scope,
    moves,
    left,
    problems: suggestionProblems(plan, calendar, model, result),
    isBest: result.isComplete,
  };
}
