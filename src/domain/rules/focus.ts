import type { Rule, Warning } from './rule';

/** PRODUCT.md: more than 6 projects, or more actions in one than a team can track, loses focus. */
export const focus: Rule = {
  id: 'focus',
  readsMonths: false,
  check(plan) {
    const { maxProjects, maxActionsPerProject } = plan.settings;
    const warnings: Warning[] = [];
    if (plan.projectOrder.length > maxProjects) {
      warnings.push({
        ruleId: 'focus',
        severity: 'warning',
        message: `The plan has ${plan.projectOrder.length} projects; a team keeps its focus with ${maxProjects} or fewer.`,
        actionIds: [],
        termIds: [],
      });
    }
    const actions = Object.values(plan.actions);
    for (const id of plan.projectOrder) {
      const own = actions.filter((a) => a.projectId === id);
      const project = plan.projects[id];
      if (!project || own.length <= maxActionsPerProject) continue;
      warnings.push({
        ruleId: 'focus',
        severity: 'warning',
        message: `"${project.name}" has ${own.length} actions; more than ${maxActionsPerProject} is hard for a team to track.`,
        actionIds: own.map((a) => a.id),
        termIds: [],
      });
    }
    return warnings;
  },
};
