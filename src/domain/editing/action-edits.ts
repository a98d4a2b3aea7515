import { createAction } from '../create-plan';
import { newId, type ActionId, type ProjectId } from '../ids';
import type { MonthKey } from '../month';
import type { Action, Plan } from '../plan';
import type { Problem } from '../result';
import { setChanged } from './changed-fields';
import { dependencyProblem } from './dependency-edits';
import { addProject } from './project-edits';
import { MAX_NAME, nameProblem } from './text-limits';

/** Titles longer than this are kept whole but shortened on the note. */
export const LONG_TITLE = 200;

export function titleProblem(title: string): Problem | null {
  return nameProblem(title, 'title', {
    blank: 'an action needs a title',
    long: `a title is at most ${MAX_NAME} characters; put the rest in the notes`,
  });
}

export interface NewAction {
  title: string;
  month: MonthKey | null;
  projectId?: ProjectId | null;
  /** Other fields, as a lane the note is added in implies (its owner, its tag). */
  fields?: Partial<Omit<Action, 'id' | 'title' | 'month' | 'projectId'>>;
}

/** Each id once, in the order first given, keeping those `keep` accepts. */
function onceEach<T extends string>(ids: readonly T[], keep: (id: T) => boolean): T[] {
  return [...new Set(ids)].filter(keep);
}

/**
 * Adds a note and returns its id; a plan with no project yet gets one, because every note
 * belongs to a project (its colour and code come from it).
 */
export function addAction(plan: Plan, input: NewAction, id = newId<'ActionId'>('act')): ActionId {
  const projectId =
    input.projectId && plan.projects[input.projectId]
      ? input.projectId
      : (plan.projectOrder[0] ?? addProject(plan, { name: 'Actions' }));
  const action = createAction({
    ...input.fields,
    id,
    title: input.title.trim(),
    projectId,
    month: input.month,
  });
  action.ownerIds = onceEach(action.ownerIds, (o) => Object.hasOwn(plan.people, o));
  action.dependsOn = onceEach(action.dependsOn, (d) => Object.hasOwn(plan.actions, d));
  plan.actions[id] = action;
  return id;
}

/**
 * Changes the given fields of a note. What would make the plan wrong is left as it was: a blank
 * title, a project or owner not in the plan, a wait on a missing note or one that closes a
 * circle. A field given its current value is not touched, so saving an unchanged editor is no
 * undo step.
 */
export function updateAction(plan: Plan, id: ActionId, changes: Partial<Omit<Action, 'id'>>): void {
  const action = plan.actions[id];
  if (!action) return;
  const { title, projectId, ownerIds, dependsOn, ...rest } = changes;
  setChanged(action, {
    ...rest,
    title: title !== undefined && !titleProblem(title) ? title.trim() : undefined,
    projectId: projectId !== undefined && plan.projects[projectId] ? projectId : undefined,
    ownerIds: ownerIds && onceEach(ownerIds, (o) => Object.hasOwn(plan.people, o)),
    dependsOn: dependsOn && onceEach(dependsOn, (d) => !dependencyProblem(plan, id, d)),
  });
}

/** A copy of a note next to it, waiting on what the original waits on; returns its id. */
export function duplicateAction(
  plan: Plan,
  id: ActionId,
  copyId = newId<'ActionId'>('act'),
): ActionId | null {
  const action = plan.actions[id];
  if (!action) return null;
  // Copied field by field: `plan` may be an immer draft, which structuredClone cannot copy.
  plan.actions[copyId] = {
    ...action,
    id: copyId,
    status: 'not-started',
    ownerIds: [...action.ownerIds],
    dependsOn: [...action.dependsOn],
    tags: [...action.tags],
  };
  return copyId;
}

/** Deletes notes, and every other note's wait on them. */
export function deleteActions(plan: Plan, ids: readonly ActionId[]): void {
  const gone = new Set(ids);
  for (const id of ids) delete plan.actions[id];
  for (const action of Object.values(plan.actions)) {
    if (action.dependsOn.some((d) => gone.has(d))) {
      action.dependsOn = action.dependsOn.filter((d) => !gone.has(d));
    }
  }
}
