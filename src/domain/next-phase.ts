import { newId, type ActionId } from './ids';
import { addMonthsToKey } from './month';
import { PHASE_LENGTH, type Phase, type Plan } from './plan';

const NEXT_PHASE: Record<Phase, Phase> = {
  bronze: 'silver',
  silver: 'gold',
  gold: 'gold',
  custom: 'custom',
};

const DONE = new Set(['met']);

/**
 * The next phase of a plan, drafted from what is left: a new plan starting the month after this
 * one ends, with the same projects, people, calendar and settings, and every action not met
 * carried over unplaced (its status kept, so "partially met" still says where it stands). Waits
 * between carried actions are kept; waits on met actions are dropped, being done. Events and
 * the reflection stay with the earlier plan, which is not changed.
 */
export function nextPhasePlan(plan: Plan, id = newId<'PlanId'>('plan')): Plan {
  const phase = NEXT_PHASE[plan.phase];
  const carried = Object.values(plan.actions).filter((a) => !DONE.has(a.status));
  const newIds = new Map<ActionId, ActionId>(carried.map((a) => [a.id, newId<'ActionId'>('act')]));
  const actions = Object.fromEntries(
    carried.map((a) => {
      const copyId = newIds.get(a.id)!;
      const copy = structuredClone({
        ...a,
        id: copyId,
        month: null,
        // Its month is gone, so whatever held it there no longer does.
        pinned: false,
        dependsOn: a.dependsOn.flatMap((d) => newIds.get(d) ?? []),
      });
      return [copyId, copy];
    }),
  );
  return structuredClone({
    ...plan,
    id,
    name: `${plan.name} (next phase)`,
    phase,
    startMonth: addMonthsToKey(plan.startMonth, plan.lengthMonths),
    lengthMonths: phase === 'custom' ? plan.lengthMonths : PHASE_LENGTH[phase],
    actions,
    events: [],
    notes: '',
    reflection: {},
  });
}
