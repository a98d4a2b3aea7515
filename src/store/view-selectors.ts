import {
  isFiltering,
  matchingActions,
  NOBODY,
  planTags,
  searchedText,
  type ActionFilter,
} from '../domain/action-filter';
import type { ActionId, ProjectId, TermId } from '../domain/ids';
import type { Action, Plan } from '../domain/plan';
import { projectTermLoads } from '../domain/project-load';
import type { BoardView } from './board-view';
import { perPlan, selectCalendar } from './selectors';

/*
 * What Find, the filters and focus on a project make of the board. Each is worked out once per
 * plan and view: a hundred cells ask, and a keystroke must not search the plan a hundred times.
 */

/** Every tag in use, for the tag filter; one array per plan. */
export const selectTags = perPlan(planTags);

/** What Find, the filters and the focus make of the board. */
export interface Finding {
  /** The notes on show; null when no project is focused and every note is. */
  shown: ReadonlySet<ActionId> | null;
  /** The notes on show that match; null when nothing is asked and none is dimmed. */
  matches: ReadonlySet<ActionId> | null;
  /** How many notes are on show. */
  total: number;
}

// A filter left naming a project, person or tag that an undo or a deletion took away would dim
// every note with nothing on screen to say why: such a choice stops counting.
function liveFilter(plan: Plan, filter: ActionFilter): ActionFilter {
  const { projectId, ownerId, tag } = filter;
  return {
    ...filter,
    projectId: projectId && plan.projects[projectId] ? projectId : null,
    ownerId: ownerId && ownerId !== NOBODY && !plan.people[ownerId] ? null : ownerId,
    tag: tag && !selectTags(plan).includes(tag) ? null : tag,
  };
}

/** The project the board focuses on, if the plan still has it. */
export function selectFocus(plan: Plan, view: BoardView): ProjectId | null {
  const id = view.focusProjectId;
  return id && plan.projects[id] ? id : null;
}

// Each keystroke in Find searches the same plan again: fold its text once.
const searchedTexts = perPlan((plan) => {
  const texts = new Map<ActionId, string>();
  return (action: Action) => {
    let text = texts.get(action.id);
    if (text === undefined) texts.set(action.id, (text = searchedText(plan, action)));
    return text;
  };
});

let lastFinding: { plan: Plan; view: BoardView; value: Finding } | null = null;

/** Worked out once per plan and view, however many cells ask. */
export function selectFinding(plan: Plan, view: BoardView): Finding {
  if (lastFinding?.plan === plan && lastFinding.view === view) return lastFinding.value;
  const focus = selectFocus(plan, view);
  const onShow = Object.values(plan.actions).filter((a) => !focus || a.projectId === focus);
  const filter = liveFilter(plan, view.filter);
  const value: Finding = {
    shown: focus ? new Set(onShow.map((a) => a.id)) : null,
    matches: isFiltering(filter)
      ? matchingActions(plan, filter, onShow, searchedTexts(plan))
      : null,
    total: onShow.length,
  };
  lastFinding = { plan, view, value };
  return value;
}

const projectLoads = perPlan(() => new Map<ProjectId, Map<TermId, number>>());

/** One project's load in each term: what a term band shows while the board focuses on it. */
export function selectProjectTermLoads(plan: Plan, projectId: ProjectId): Map<TermId, number> {
  const cache = projectLoads(plan);
  let loads = cache.get(projectId);
  if (!loads)
    cache.set(projectId, (loads = projectTermLoads(plan, selectCalendar(plan), projectId)));
  return loads;
}
