import type { Rule, Warning } from './rule';
import { fittingMonth, listOf, moveFix } from './rule-helpers';

/** PRODUCT.md: a term's load (its actions' weights plus other plans') above its capacity. */
export const termOverload: Rule = {
  id: 'term-overload',
  readsMonths: true,
  check(plan, context) {
    const actions = context.placed;
    return context.calendar.terms.flatMap((term): Warning[] => {
      const load = context.loads.get(term.id);
      if (!load || load.load <= load.capacity) return [];
      const inTerm = actions.filter((a) => context.termOf(a.month)?.id === term.id);
      // Weights other than 1 make "actions" the wrong word for the number.
      const holds =
        load.own === inTerm.length ? `holds ${load.load} actions` : `has a load of ${load.load}`;
      const others = plan.settings.otherPlans.filter((o) => (o.loadByTerm[term.id] ?? 0) > 0);
      const counting = others.length
        ? `, counting ${load.other} from ${listOf(others.map((o) => `the ${o.name}`))}`
        : '';
      // Move the latest action that can go somewhere with room, so the fix never overloads another term.
      const later = context.calendar.months;
      const fix = [...inTerm]
        .reverse()
        .map((a) => ({ action: a, month: fittingMonth(plan, context, a, later) }))
        .find((c) => c.month !== null);
      return [
        {
          ruleId: 'term-overload',
          severity: 'error',
          message: `${term.name} ${holds} (capacity ${load.capacity}) — ${load.load - load.capacity} over${counting}.`,
          actionIds: inTerm.map((a) => a.id),
          termIds: [term.id],
          ...(fix?.month ? { fix: moveFix(fix.action, fix.month) } : {}),
        },
      ];
    });
  },
};
