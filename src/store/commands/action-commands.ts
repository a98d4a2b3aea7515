import type { Draft } from 'immer';
import {
  addAction,
  deleteActions,
  duplicateAction,
  titleProblem,
  updateAction,
  type NewAction,
} from '../../domain/editing/action-edits';
import {
  addDependency,
  dependencyProblem,
  dependsOnProblem,
  removeDependency,
} from '../../domain/editing/dependency-edits';
import { newId, type ActionId, type PersonId, type ProjectId } from '../../domain/ids';
import { assignLane, type Lane } from '../../domain/lanes';
import type { MonthKey } from '../../domain/month';
import type { Action, Plan, Status } from '../../domain/plan';
import type { Problem } from '../../domain/result';
import { READ_ONLY, type Commit } from './commit';

/** Changes to notes, each a named command and one undo step, several notes at once where it helps. */
export interface ActionCommands {
  /** Adds a note; refuses an empty title. */
  addAction(input: NewAction & { lane?: Lane }): { id: ActionId } | Problem;
  /** Saves an editor's changes to one note; refuses an empty title. */
  updateAction(id: ActionId, changes: Partial<Omit<Action, 'id'>>): Problem | null;
  duplicateAction(id: ActionId): ActionId | null;
  deleteActions(ids: readonly ActionId[]): void;
  moveActions(ids: readonly ActionId[], month: MonthKey | null): void;
  setProject(ids: readonly ActionId[], projectId: ProjectId): void;
  setOwner(ids: readonly ActionId[], ownerId: PersonId | null): void;
  setStatus(ids: readonly ActionId[], status: Status): void;
  /** Pins or unpins notes: Suggest keeps a pinned note in its month. */
  setPinned(ids: readonly ActionId[], pinned: boolean): void;
  addDependency(id: ActionId, before: ActionId): Problem | null;
  removeDependency(id: ActionId, before: ActionId): void;
}

export function actionCommands(commit: Commit, current: () => Plan): ActionCommands {
  /** Runs `change` on each of the notes that still exist. */
  const each =
    (command: string, change: (action: Draft<Action>) => void) => (ids: readonly ActionId[]) =>
      commit(command, (plan: Draft<Plan>) => {
        for (const id of ids) {
          const action = plan.actions[id];
          if (action) change(action);
        }
      });

  return {
    addAction: ({ lane, ...input }) => {
      const problem = titleProblem(input.title);
      if (problem) return problem;
      const id = newId<'ActionId'>('act');
      const added = commit('addAction', (plan) => {
        addAction(plan as Plan, input, id);
        const action = plan.actions[id];
        if (action && lane) assignLane(action, lane);
      });
      return added ? { id } : READ_ONLY;
    },
    updateAction: (id, changes) => {
      const problem =
        (changes.title === undefined ? null : titleProblem(changes.title)) ??
        (changes.dependsOn ? dependsOnProblem(current(), id, changes.dependsOn) : null);
      if (problem) return problem;
      commit('updateAction', (plan) => updateAction(plan as Plan, id, changes));
      return null;
    },
    duplicateAction: (id) => {
      if (!current().actions[id]) return null;
      const copyId = newId<'ActionId'>('act');
      const copied = commit('duplicateAction', (plan) => {
        duplicateAction(plan as Plan, id, copyId);
      });
      return copied ? copyId : null;
    },
    deleteActions: (ids) => commit('deleteActions', (plan) => deleteActions(plan as Plan, ids)),
    moveActions: (ids, month) => each('moveActions', (a) => (a.month = month))(ids),
    setProject: (ids, projectId) => {
      if (!current().projects[projectId]) return;
      each('setProject', (a) => (a.projectId = projectId))(ids);
    },
    setOwner: (ids, ownerId) => {
      if (ownerId && !current().people[ownerId]) return;
      each('setOwner', (a) => (a.ownerIds = ownerId ? [ownerId] : []))(ids);
    },
    setStatus: (ids, status) => each('setStatus', (a) => (a.status = status))(ids),
    setPinned: (ids, pinned) => each('setPinned', (a) => (a.pinned = pinned))(ids),
    addDependency: (id, before) => {
      const problem = dependencyProblem(current(), id, before);
      if (problem) return problem;
      commit('addDependency', (plan) => {
        addDependency(plan as Plan, id, before);
      });
      return null;
    },
    removeDependency: (id, before) =>
      commit('removeDependency', (plan) => removeDependency(plan as Plan, id, before)),
  };
}
