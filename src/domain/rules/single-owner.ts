import type { Rule, Warning } from './rule';
import { quoted } from './rule-helpers';
import { byReference } from '../action-order';

/** PRODUCT.md: every action has one named person accountable — not a department, not a list. */
export const singleOwner: Rule = {
  id: 'single-owner',
  readsMonths: false,
  check(plan) {
    return Object.values(plan.actions)
      .sort(byReference)
      .flatMap((action): Warning[] => {
        const owners = action.ownerIds.flatMap((id) => plan.people[id] ?? []);
        let problem: string | null = null;
        if (owners.length === 0) problem = 'has no owner; name one person accountable for it';
        else if (owners.length > 1)
          problem = `has ${owners.length} owners (${owners.map((o) => o.initials).join(', ')}); one person should be accountable`;
        else if (owners[0]?.isGroup)
          problem = `is owned by a group (${owners[0].name}); name one person in it`;
        if (!problem) return [];
        return [
          {
            ruleId: 'single-owner',
            severity: 'warning',
            message: `${quoted(action)} ${problem}.`,
            actionIds: [action.id],
            termIds: [],
          },
        ];
      });
  },
};
