import { holidayEvents } from '../bank-holidays';
import { createPlan, type NewPlanInput } from '../create-plan';
import { newId } from '../ids';
import type { Plan } from '../plan';
import { addProject, type NewProject } from './project-edits';

export interface WizardInput extends NewPlanInput {
  /** Put the calendar's bank holidays and half-term breaks on the board as holiday events. */
  withHolidays: boolean;
  projects: NewProject[];
}

/** The plan the new-plan wizard makes: its calendar, holidays, review and first projects. */
export function planFromWizard(input: WizardInput): Plan {
  const plan = createPlan(input);
  if (input.withHolidays) {
    for (const holiday of holidayEvents(
      plan.calendar.templateId,
      plan.startMonth,
      plan.lengthMonths,
    )) {
      plan.events.push({ id: newId<'EventId'>('evt'), kind: 'holiday', ...holiday });
    }
    plan.events.sort((a, b) => a.date.localeCompare(b.date));
  }
  for (const project of input.projects) addProject(plan, project);
  return plan;
}
