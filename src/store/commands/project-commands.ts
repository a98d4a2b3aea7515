import {
  addProject,
  codeProblem,
  colourProblem,
  deleteProject,
  moveProject,
  projectNameProblem,
  updateProject,
  type NewProject,
} from '../../domain/editing/project-edits';
import { newId, type ProjectId } from '../../domain/ids';
import type { Plan, Project } from '../../domain/plan';
import type { Problem } from '../../domain/result';
import { READ_ONLY, type Commit } from './commit';

export interface ProjectCommands {
  /** Refuses what `updateProject` refuses; a code left out is made from the name. */
  addProject(input: NewProject): { id: ProjectId } | Problem;
  /** Refuses an empty name, a code that is malformed or another project's, and a bad colour. */
  updateProject(id: ProjectId, changes: Partial<Omit<Project, 'id'>>): Problem | null;
  moveProject(id: ProjectId, index: number): void;
  /** Its actions move to `moveTo`, or are deleted with it when `moveTo` is null. */
  deleteProject(id: ProjectId, moveTo: ProjectId | null): void;
}

export function projectCommands(commit: Commit, current: () => Plan): ProjectCommands {
  return {
    addProject: (input) => {
      const problem =
        projectNameProblem(input.name) ??
        (input.code ? codeProblem(current(), input.code) : null) ??
        (input.colour === undefined ? null : colourProblem(input.colour));
      if (problem) return problem;
      const id = newId<'ProjectId'>('prj');
      const added = commit('addProject', (plan) => {
        addProject(plan as Plan, input, id);
      });
      return added ? { id } : READ_ONLY;
    },
    updateProject: (id, changes) => {
      const problem =
        (changes.name === undefined ? null : projectNameProblem(changes.name)) ??
        (changes.code === undefined ? null : codeProblem(current(), changes.code, id)) ??
        (changes.colour === undefined ? null : colourProblem(changes.colour));
      if (problem) return problem;
      commit('updateProject', (plan) => updateProject(plan as Plan, id, changes));
      return null;
    },
    moveProject: (id, index) =>
      commit('moveProject', (plan) => moveProject(plan as Plan, id, index)),
    deleteProject: (id, moveTo) =>
      commit('deleteProject', (plan) => deleteProject(plan as Plan, id, moveTo)),
  };
}
