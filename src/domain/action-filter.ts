import { compareText } from './action-order';
import type { ActionId, PersonId, ProjectId } from './ids';
import type { Action, Kind, Plan, Status } from './plan';

/** The owner filter's choice for actions nobody owns yet. */
export const NOBODY = 'nobody';
/** The tag filter's choice for actions with no tag; no real tag is empty. */
export const UNTAGGED = '';

/**
 * What the team is looking for on the board: words to find and a choice per field. `null` means
 * any; every choice made must hold for an action to match.
 */
export interface ActionFilter {
  /** Words found in the title, an owner's initials or name, the project's code or a tag. */
  query: string;
  projectId: ProjectId | null;
  ownerId: PersonId | typeof NOBODY | null;
  status: Status | null;
  kind: Kind | null;
  tag: string | null;
}

export const NO_FILTER: ActionFilter = {
  query: '',
  projectId: null,
  ownerId: null,
  status: null,
  kind: null,
  tag: null,
};

export function isFiltering(filter: ActionFilter): boolean {
  return (
    filter.query.trim() !== '' ||
    filter.projectId !== null ||
    filter.ownerId !== null ||
    filter.status !== null ||
    filter.kind !== null ||
    filter.tag !== null
  );
}

/** Lower case without accents: "zoe" finds Zoë and "sian" finds Siân. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The text Find looks through for one action, folded; worth keeping while the plan stays. */
export function searchedText(plan: Plan, action: Action): string {
  const owners = action.ownerIds.flatMap((id) => {
    const person = plan.people[id];
    return person ? [person.initials, person.name] : [];
  });
  const code = plan.projects[action.projectId]?.code ?? '';
  // A line break cannot be typed into the search box, so no word matches across two fields.
  return foldText([action.title, ...owners, code, ...action.tags].join('\n'));
}

function hasOwner(action: Action, ownerId: ActionFilter['ownerId']): boolean {
  if (ownerId === null) return true;
  if (ownerId === NOBODY) return action.ownerIds.length === 0;
  return action.ownerIds.includes(ownerId);
}

function hasTag(action: Action, tag: string | null): boolean {
  if (tag === null) return true;
  if (tag === UNTAGGED) return action.tags.length === 0;
  return action.tags.includes(tag);
}

/**
 * Whether an action is one the team is looking for. Each word of the query must appear
 * somewhere, so "feedback ZP" finds Zoë Price's feedback actions.
 */
export function matchesFilter(
  plan: Plan,
  action: Action,
  filter: ActionFilter,
  textOf: (action: Action) => string = (a) => searchedText(plan, a),
): boolean {
  if (filter.projectId !== null && action.projectId !== filter.projectId) return false;
  if (filter.status !== null && action.status !== filter.status) return false;
  if (filter.kind !== null && action.kind !== filter.kind) return false;
  if (!hasOwner(action, filter.ownerId) || !hasTag(action, filter.tag)) return false;
  const words = foldText(filter.query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = textOf(action);
  return words.every((word) => text.includes(word));
}

/** The ids of the actions that match, among `actions` (all of the plan's by default). */
export function matchingActions(
  plan: Plan,
  filter: ActionFilter,
  actions: Iterable<Action> = Object.values(plan.actions),
  textOf?: (action: Action) => string,
): Set<ActionId> {
  const ids = new Set<ActionId>();
  for (const action of actions) {
    if (matchesFilter(plan, action, filter, textOf)) ids.add(action.id);
  }
  return ids;
}

/** Every tag the plan's actions carry, once each, in the order a person reads a list. */
export function planTags(plan: Plan): string[] {
  const tags = new Set<string>();
  for (const action of Object.values(plan.actions)) for (const tag of action.tags) tags.add(tag);
  return [...tags].sort(compareText);
}
