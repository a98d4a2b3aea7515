import { newId, type ActionId, type PersonId, type ProjectId } from '../ids';
import type { Plan } from '../plan';
import { peopleDirectory } from './import-people';
import { projectBook } from './import-projects';

/**
 * Adds an imported plan's actions to an open plan, as the team's own: a project of the same name
 * is joined (otherwise added, with a code and colour no other project has), a person with the
 * same initials is the same person, and every action comes in with a fresh id so nothing already
 * in the plan is touched. The open plan's name, dates, calendar, events and settings stay.
 * Written against a draft, so the store makes it one undo step.
 */
export function addImported(plan: Plan, imported: Plan): void {
  const projects = projectBook(plan);
  const people = peopleDirectory(plan.people);

  const projectIds = new Map<ProjectId, ProjectId>();
  for (const id of imported.projectOrder) {
    const project = imported.projects[id];
    if (!project) continue;
    const colour = projects.isColourTaken(project.colour) ? '' : project.colour;
    projectIds.set(id, projects.projectNamed(project.name, project.code, colour));
  }

  const personIds = new Map<PersonId, PersonId>();
  for (const person of Object.values(imported.people)) {
    const [id] = people.idsOf([person]);
    if (id) personIds.set(person.id, id);
  }

  const actionIds = new Map<ActionId, ActionId>();
  for (const id of Object.keys(imported.actions) as ActionId[]) {
    actionIds.set(id, newId<'ActionId'>('act'));
  }
  for (const action of Object.values(imported.actions)) {
    const id = actionIds.get(action.id)!;
    plan.actions[id] = {
      ...action,
      id,
      projectId: projectIds.get(action.projectId) ?? action.projectId,
      ownerIds: action.ownerIds.map((o) => personIds.get(o) ?? o),
      dependsOn: action.dependsOn.map((d) => actionIds.get(d) ?? d),
      tags: [...action.tags],
    };
  }
}
