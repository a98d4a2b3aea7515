import { dateOf } from '../calendar';
import { longDateText } from '../date-text';
import { monthKey } from '../month';
import type { Rule, Warning } from './rule';
import { fittingMonth, monthInTerm, moveFix } from './rule-helpers';

/** Whether `text` speaks of `topic`: a word starting with it, in any case. */
export function mentions(text: string, topic: string): boolean {
  const escaped = topic.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return escaped.length > 0 && new RegExp(`\\b${escaped}`, 'i').test(text);
}

/**
 * PRODUCT.md: no point doing work a training session would have changed. An action whose title
 * or tags mention a training event's topic belongs after that training.
 */
export const trainingFirst: Rule = {
  id: 'training-first',
  readsMonths: true,
  check(plan, context) {
    const trainings = plan.events.filter((e) => e.kind === 'training' && e.topic?.trim());
    const actions = context.placed;
    return trainings.flatMap((training): Warning[] => {
      const topic = training.topic ?? '';
      const month = monthKey(dateOf(training.date));
      const when = longDateText(dateOf(training.date));
      // From the month after the training on: the first with room for the work.
      const after = context.calendar.months.filter((m) => m > month);
      return actions
        .filter((a) => a.month < month && [a.title, ...a.tags].some((t) => mentions(t, topic)))
        .map((action) => {
          const fix = fittingMonth(plan, context, action, after);
          return {
            ruleId: 'training-first' as const,
            severity: 'warning' as const,
            message:
              `"${action.title}" is in ${monthInTerm(context, action.month)}, before the training on ` +
              `${topic} ("${training.title}", ${when}) that should shape it.`,
            actionIds: [action.id],
            termIds: [context.termOf(action.month)?.id ?? []].flat(),
            ...(fix ? { fix: moveFix(action, fix) } : {}),
          };
        });
    });
  },
};
