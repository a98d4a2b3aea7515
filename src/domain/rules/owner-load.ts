import { actionsByOwnerAndTerm } from '../owner-terms';
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
    const held = actionsByOwnerAndTerm(plan, context.placed, context.termOf);
    const names = new Map(context.calendar.terms.map((t) => [t.id, t.name]));
    return [...held].flatMap(([personId, terms]) =>
      [...terms].flatMap(([termId, ids]): Warning[] => {
        if (ids.length <= limit) return [];
        const person = plan.people[personId]!;
        return [
          {
            ruleId: 'owner-load',
            severity: 'warning',
            message: `${person.name} (${person.initials}) holds ${ids.length} actions in ${names.get(termId) ?? termId}, more than the ${limit} one person should hold in a term; share some out or move them.`,
            actionIds: ids,
            termIds: [termId],
            personId,
          },
        ];
      }),
    );
  },
};
