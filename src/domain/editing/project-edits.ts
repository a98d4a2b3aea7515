import { createProject } from '../create-plan';
import { newId, type ProjectId } from '../ids';
import { projectCodeOf } from '../initials';
import { PROJECT_PALETTE } from '../palette';
import type { Plan, Project } from '../plan';
import type { Problem } from '../result';
import { setChanged } from './changed-fields';
import { MAX_NAME, nameProblem } from './text-limits';

const CODE = /^[\p{L}\p{N}]{2,4}$/u;

/** Why a project cannot have this code, or null; `except` is the project being edited. */
export function codeProblem(plan: Plan, code: string, except?: ProjectId): Problem | null {
  if (!CODE.test(code)) return { where: 'code', reason: 'a code is 2 to 4 letters or digits' };
  const other = Object.values(plan.projects).find(
    (p) => p.id !== except && p.code.toLocaleUpperCase() === code.toLocaleUpperCase(),
  );
  return other ? { where: 'code', reason: `${code} is already the code of "${other.name}"` } : null;
}

export function projectNameProblem(name: string): Problem | null {
  return nameProblem(name, 'name', {
    blank: 'a project needs a name',
    long: `a name is at most ${MAX_NAME} characters; put the rest in the description`,
  });
}

const COLOUR = /^#[0-9a-f]{6}$/i;

/** Why a project cannot have this colour, or null: a plan file keeps only `#rrggbb`. */
export function colourProblem(colour: string): Problem | null {
  return COLOUR.test(colour)
    ? null
    : { where: 'colour', reason: 'a colour is written like #1f77b4' };
}

/** The first palette colour no project has yet, so each new project is told apart at once. */
export function freeColour(plan: Plan): string {
  const taken = new Set(Object.values(plan.projects).map((p) => p.colour.toUpperCase()));
  return (
    PROJECT_PALETTE.find((c) => !taken.has(c)) ??
    PROJECT_PALETTE[plan.projectOrder.length % PROJECT_PALETTE.length]!
  );
}

export type NewProject = Partial<Omit<Project, 'id'>> & { name: string };

/** Adds a project at the end; a missing or taken code comes from the name, the colour from the palette. */
export function addProject(
  plan: Plan,
  input: NewProject,
  id = newId<'ProjectId'>('prj'),
): ProjectId {
  const codes = new Set(Object.values(plan.projects).map((p) => p.code.toLocaleUpperCase()));
  const name = input.name.trim() || 'New project';
  const code =
    input.code && !codeProblem(plan, input.code) ? input.code : projectCodeOf(name, codes);
  plan.projects[id] = createProject({
    ...input,
    id,
    name,
    code,
    colour: input.colour && !colourProblem(input.colour) ? input.colour : freeColour(plan),
    leadId: input.leadId && plan.people[input.leadId] ? input.leadId : null,
  });
  plan.projectOrder.push(id);
  return id;
}

/**
 * Changes a project's fields, keeping its name, code, colour and lead when the new ones are not
 * allowed. A field given its current value is not touched, so an unchanged editor is no undo step.
 */
export function updateProject(
  plan: Plan,
  id: ProjectId,
  changes: Partial<Omit<Project, 'id'>>,
): void {
  const project = plan.projects[id];
  if (!project) return;
  const { name, code, colour, leadId, ...rest } = changes;
  const allowed: Partial<Project> = {
    ...rest,
    name: name !== undefined && !projectNameProblem(name) ? name.trim() : undefined,
    code: code !== undefined && !codeProblem(plan, code, id) ? code : undefined,
    colour: colour !== undefined && !colourProblem(colour) ? colour : undefined,
    leadId: leadId === null || (leadId && plan.people[leadId]) ? leadId : undefined,
  };
  setChanged(project, allowed);
}

/** Moves a project to `index` in the order the board and the legend show them. */
export function moveProject(plan: Plan, id: ProjectId, index: number): void {
  const from = plan.projectOrder.indexOf(id);
  const to = Math.max(0, Math.min(index, plan.projectOrder.length - 1));
  if (from < 0 || from === to) return;
  plan.projectOrder.splice(from, 1);
  plan.projectOrder.splice(to, 0, id);
}

/**
 * Deletes a project; its actions move to `moveTo`, or are deleted with it when `moveTo` is null
 * (and other notes stop waiting on them). A `moveTo` that is not another project of the plan
 * changes nothing: the actions are deleted only when that was asked for.
 */
export function deleteProject(plan: Plan, id: ProjectId, moveTo: ProjectId | null): void {
  if (!plan.projects[id] || moveTo === id) return;
  if (moveTo !== null && !plan.projects[moveTo]) return;
  const actions = Object.values(plan.actions).filter((a) => a.projectId === id);
  if (moveTo) {
    for (const action of actions) action.projectId = moveTo;
  } else {
    const gone = new Set(actions.map((a) => a.id));
    for (const action of actions) delete plan.actions[action.id];
    for (const action of Object.values(plan.actions)) {
      if (action.dependsOn.some((d) => gone.has(d))) {
        action.dependsOn = action.dependsOn.filter((d) => !gone.has(d));
      }
    }
  }
  delete plan.projects[id];
  plan.projectOrder = plan.projectOrder.filter((p) => p !== id);
}
