import { monthLabel } from '../month';
import { PHASE_LENGTH } from '../plan';
import type { Rule, Warning } from './rule';
import { quoted } from './rule-helpers';

/** PRODUCT.md: Bronze 12 months, Silver and Gold 18; longer plans lose momentum. */
export const planLength: Rule = {
  id: 'plan-length',
  readsMonths: true,
  check(plan, context) {
    const warnings: Warning[] = [];
    const months = context.calendar.months;
    if (plan.phase !== 'custom' && plan.lengthMonths > PHASE_LENGTH[plan.phase]) {
      const phase = plan.phase[0]?.toUpperCase() + plan.phase.slice(1);
      warnings.push({
        ruleId: 'plan-length',
        severity: 'warning',
        message:
          `The plan runs ${plan.lengthMonths} months; ${phase} plans are best kept to ` +
          `${PHASE_LENGTH[plan.phase]}, as longer plans lose momentum.`,
        actionIds: [],
        termIds: [],
      });
    }
    const first = months[0];
    const last = months.at(-1);
    if (!first || !last) return warnings;
    for (const action of Object.values(plan.actions)) {
      if (!action.month || (action.month >= first && action.month <= last)) continue;
      warnings.push({
        ruleId: 'plan-length',
        severity: 'warning',
        message:
          `${quoted(action)} is in ${monthLabel(action.month)}, outside the plan ` +
          `(${monthLabel(first)} to ${monthLabel(last)}).`,
        actionIds: [action.id],
        termIds: [],
      });
    }
    return warnings;
  },
};
