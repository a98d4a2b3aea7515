import type { Rule } from './rule';
import { listOf, quoted } from './rule-helpers';
import { byReference } from '../action-order';

/** Notes still in the Unscheduled tray: information, not a fault. */
export const unscheduled: Rule = {
  id: 'unscheduled',
  readsMonths: true,
  check(plan) {
    const waiting = Object.values(plan.actions)
      .filter((a) => a.month === null)
      .sort(byReference);
    if (waiting.length === 0) return [];
    const shown = waiting.slice(0, 3).map(quoted);
    const rest = waiting.length - shown.length;
    const names = rest > 0 ? `${shown.join(', ')} and ${rest} more` : listOf(shown);
    return [
      {
        ruleId: 'unscheduled',
        severity: 'info',
        message: `${waiting.length === 1 ? '1 action is' : `${waiting.length} actions are`} not scheduled yet: ${names}.`,
        actionIds: waiting.map((a) => a.id),
        termIds: [],
      },
    ];
  },
};
