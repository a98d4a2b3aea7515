import { longDateText } from '../date-text';
import type { Rule, Warning } from './rule';
import { fittingMonth, monthInTerm, moveFix, reviewDate } from './rule-helpers';

/** PRODUCT.md: leave about 3-4 months free before the external review, to fill remaining gaps. */
const RECOMMENDED_BUFFER = 3;

export const reviewBuffer: Rule = {
  id: 'review-buffer',
  readsMonths: true,
  check(plan, context) {
    const review = reviewDate(plan);
    if (!review) return [];
    const months = plan.settings.bufferMonths;
    const warnings: Warning[] = [];
    if (months < RECOMMENDED_BUFFER) {
      warnings.push({
        ruleId: 'review-buffer',
        severity: 'warning',
        message:
          `Only ${months} ${months === 1 ? 'month is' : 'months are'} kept free before the review on ` +
          `${longDateText(review)}; 3-4 months are recommended.`,
        actionIds: [],
        termIds: [],
      });
    }
    for (const action of context.placed.filter((a) => context.isInBuffer(a.month))) {
      const term = context.termOf(action.month);
      // The latest earlier month with room: the action moves no further than it must.
      const earlier = context.calendar.months.filter((m) => m < action.month).reverse();
      const fix = fittingMonth(plan, context, action, earlier);
      warnings.push({
        ruleId: 'review-buffer',
        severity: 'warning',
        message:
          `"${action.title}" is in ${monthInTerm(context, action.month)}, inside the ${months === 1 ? '1 month' : `${months} months`} ` +
          'kept free before the review.',
        actionIds: [action.id],
        termIds: term ? [term.id] : [],
        ...(fix ? { fix: moveFix(action, fix) } : {}),
      });
    }
    return warnings;
  },
};
