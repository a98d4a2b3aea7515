import type { ActionId, PersonId, TermId } from '../ids';
import type { Rule, Warning } from './rule';

/**
 * One person holding more actions in a term than they can carry alongside their teaching; the
 * number is a setting. Groups are left to the single-owner rule, which asks for a person.
 */
export const ownerLoad: Rule = {
  id: 'owner-load',
  readsMonths: true,
  check(plan, context) {
    const limit = plan.settings.maxActionsPerOwner;
    const held = new Map<
      string,
      { personId: PersonId; termId: TermId; termName: string; ids: ActionId[] }
    >();
    for (const action of context.placed) {
      const term = context.termOf(action.month);
      if (!term) continue;
      for (const personId of action.ownerIds) {
        if (!plan.people[personId] || plan.people[personId].isGroup) continue;
        const key = `${term.id}|${personId}`;
        const entry = held.get(key) ?? { personId, termId: term.id, termName: term.name, ids: [] };
        entry.ids.push(action.id);
        held.set(key, entry);
      }
    }
    return [...held.values()].flatMap((entry): Warning[] => {
      if (entry.ids.length <= limit) return [];
      const person = plan.people[entry.personId]!;
      return [
        {
          ruleId: 'owner-load',
          severity: 'warning',
          message: `${person.name} (${person.initials}) holds ${entry.ids.length} actions in ${entry.termName}, more than the ${limit} one person can carry; share some out or move some to another term.`,
          actionIds: entry.ids,
          termIds: [entry.termId],
        },
      ];
    });
  },
};
