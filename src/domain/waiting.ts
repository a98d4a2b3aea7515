import type { Action, Plan, Status } from './plan';
import { listOf } from './rules/rule-helpers';

// Once an action has been judged, it is past waiting for anything.
const JUDGED: readonly Status[] = ['met', 'partially-met', 'not-met'];

/** The actions `action` depends on that are not yet met, while it is still to be done. */
export function waitingFor(plan: Plan, action: Action): Action[] {
  if (JUDGED.includes(action.status)) return [];
  return action.dependsOn.flatMap((id) => {
    const before = plan.actions[id];
    return before && before.status !== 'met' ? [before] : [];
  });
}

const SHORTEST = 18;

/**
 * How a note names another in its small print: the plan's reference (`1.3`) when it has one,
 * or the title's first words.
 */
export function shortName(action: Pick<Action, 'reference' | 'title'>): string {
  if (action.reference) return action.reference;
  const words = action.title.split(/\s+/);
  let name = '';
  for (const word of words) {
    if (name && name.length + word.length >= SHORTEST) return `${name}…`;
    name = name ? `${name} ${word}` : word;
  }
  return name;
}

/** `'A'`, `'A' and 'B'`, `'A', 'B' and 'C'`: titles as a sentence speaks them. */
export function titleList(actions: readonly Pick<Action, 'title'>[]): string {
  return listOf(actions.map((a) => `'${a.title}'`));
}
