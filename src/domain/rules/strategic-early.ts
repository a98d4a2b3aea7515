import { monthLabel } from '../month';
import type { Rule, Warning } from './rule';
import { fittingMonth, moveFix } from './rule-helpers';

/** PRODUCT.md: major strategic projects start early; creating a vision comes first. */
export const strategicEarly: Rule = {
  id: 'strategic-early',
  readsMonths: true,
  check(plan, context) {
    const firstMonth = context.calendar.months.find((m) => context.termOf(m));
    const firstTerm = firstMonth ? context.termOf(firstMonth) : null;
    if (!firstTerm) return [];
    const firstTermMonths = context.calendar.months.filter(
      (m) => context.termOf(m)?.id === firstTerm.id,
    );
    const actions = context.placed;
    return plan.projectOrder.flatMap((projectId): Warning[] => {
      const project = plan.projects[projectId];
      if (!project?.isStrategic) return [];
      const own = actions.filter((a) => a.projectId === projectId);
      const first = own[0];
      if (!first) {
        return [
          {
            ruleId: 'strategic-early',
            severity: 'warning',
            message: `"${project.name}" is strategic but has no action scheduled; start it in ${firstTerm.name}.`,
            actionIds: [],
            termIds: [firstTerm.id],
            projectId,
          },
        ];
      }
      const startTerm = context.termOf(first.month);
      if (startTerm?.id === firstTerm.id) return [];
      const fix = fittingMonth(plan, context, first, firstTermMonths);
      // A month outside the plan has no term in its calendar but is not a holiday.
      const startsIn =
        startTerm?.name ??
        (context.calendar.termOf.has(first.month)
          ? `${monthLabel(first.month)}, a holiday month`
          : `${monthLabel(first.month)}, before the plan`);
      return [
        {
          ruleId: 'strategic-early',
          severity: 'warning',
          message:
            `"${project.name}" is strategic but starts in ${startsIn}; ` +
            `start it in ${firstTerm.name}.`,
          actionIds: [first.id],
          termIds: [firstTerm.id, ...(startTerm ? [startTerm.id] : [])],
          projectId,
          ...(fix ? { fix: moveFix(first, fix) } : {}),
        },
      ];
    });
  },
};
