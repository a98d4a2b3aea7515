import type { ActionId } from '../domain/ids';
import type { Plan } from '../domain/plan';

const NO_PROJECT = { code: '?', colour: '#dddddd', name: 'No project' };

export function noteProject(plan: Plan, id: ActionId) {
  const action = plan.actions[id];
  return (action && plan.projects[action.projectId]) || NO_PROJECT;
}

/** The owners' initials as shown on the note: `HO`, or `HO MB` when a note has several. */
export function noteInitials(plan: Plan, id: ActionId): string {
  const action = plan.actions[id];
  return (action?.ownerIds ?? []).map((o) => plan.people[o]?.initials ?? '?').join(' ');
}

/** The note's accessible name: its title first, as every test and screen reader expects. */
export function noteLabel(plan: Plan, id: ActionId): string {
  const action = plan.actions[id];
  if (!action) return '';
  const owners = action.ownerIds.map((o) => plan.people[o]?.name ?? 'unknown person');
  const owner = owners.length ? `owner ${owners.join(' and ')}` : 'no owner';
  return `${action.title}, ${noteProject(plan, id).name}, ${owner}`;
}
