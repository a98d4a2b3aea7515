import type { Rule } from './rule';
import { fittingMonth, monthInTerm, moveFix } from './rule-helpers';

/** An action in a month that is mostly holiday (August in England). */
export const holidayMonth: Rule = {
  id: 'holiday-month',
  readsMonths: true,
  check(plan, context) {
    const months = context.calendar.months;
    return context.placed
      .filter((a) => context.calendar.termOf.has(a.month) && context.termOf(a.month) === null)
      .map((action) => {
        // Nearest school months first, later before earlier so the work is not rushed.
        const index = months.indexOf(action.month);
        const nearest = [...months].sort(
          (a, b) =>
            Math.abs(months.indexOf(a) - index) - Math.abs(months.indexOf(b) - index) ||
            months.indexOf(b) - months.indexOf(a),
        );
        const fix = fittingMonth(plan, context, action, nearest);
        return {
          ruleId: 'holiday-month' as const,
          severity: 'warning' as const,
          message: `"${action.title}" is in ${monthInTerm(context, action.month)}, a holiday month.`,
          actionIds: [action.id],
          termIds: [],
          ...(fix ? { fix: moveFix(action, fix) } : {}),
        };
      });
  },
};
