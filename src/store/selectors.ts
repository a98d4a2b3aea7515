import type { DragState } from './plan-store';
import type { ActionId, TermId } from '../domain/ids';
import { laneKey, laneOf, lanesOf, type LaneInfo, type LaneMode } from '../domain/lanes';
import { termLoads, type TermLoad } from '../domain/load';
import type { MonthKey } from '../domain/month';
import type { Action, Plan, PlanEvent, RuleId } from '../domain/plan';
import { eventsInMonth } from '../domain/month-markers';
import {
  planCalendar,
  termGroups,
  type PlanCalendar,
  type TermGroup,
} from '../domain/plan-calendar';
import { dropPreview, type DropPreview } from '../domain/drop-preview';
import { checkPlan, ruleContext } from '../domain/rules/index';
import { isInBuffer } from '../domain/rules/rule-helpers';
import type { Severity, Warning } from '../domain/rules/rule';
import { byReference } from '../domain/action-order';
import { presentPages } from '../domain/present-pages';
import type { RoomView } from './room-view';

/** Caches one derived value per plan object: immer gives a new plan object on every change. */
export function perPlan<T>(derive: (plan: Plan) => T): (plan: Plan) => T {
  const cache = new WeakMap<Plan, T>();
  return (plan) => {
    let value = cache.get(plan);
    if (value === undefined) {
      value = derive(plan);
      cache.set(plan, value);
    }
    return value;
  };
}

// The calendar depends only on these fields, so keep it across plans that share them.
let lastCalendar: { key: string; value: PlanCalendar } | null = null;
export const selectCalendar = (plan: Plan): PlanCalendar => {
  const terms = plan.calendar.terms.map((t) => `${t.id}/${t.name}/${t.start}/${t.end}`).join(',');
  const key = `${plan.startMonth}|${plan.lengthMonths}|${plan.calendar.templateId}|${terms}`;
  if (lastCalendar?.key !== key) lastCalendar = { key, value: planCalendar(plan) };
  return lastCalendar.value;
};

const groupsByCalendar = new WeakMap<PlanCalendar, TermGroup[]>();
export function selectTermGroups(plan: Plan): TermGroup[] {
  const calendar = selectCalendar(plan);
  let groups = groupsByCalendar.get(calendar);
  if (!groups) groupsByCalendar.set(calendar, (groups = termGroups(calendar)));
  return groups;
}

const pagesByGroups = new WeakMap<TermGroup[], MonthKey[][]>();

/** Present mode's pages of terms (see presentPages). */
export function selectPresentPages(plan: Plan): MonthKey[][] {
  const groups = selectTermGroups(plan);
  let pages = pagesByGroups.get(groups);
  if (!pages) pagesByGroups.set(groups, (pages = presentPages(groups)));
  return pages;
}

/** The months on screen: every month, or in present mode the page being shown. */
export function selectShownMonths(plan: Plan, room: RoomView): readonly MonthKey[] {
  if (!room.isPresenting) return selectCalendar(plan).months;
  const pages = selectPresentPages(plan);
  return pages[Math.min(room.presentPage, pages.length - 1)] ?? [];
}

export const selectTermLoads = perPlan((plan): Map<TermId, TermLoad> =>
  termLoads(plan, selectCalendar(plan)),
);

export const TRAY = 'tray';

export function cellKey(month: MonthKey | null, lane: string): string {
  return month ? `${month}|${lane}` : TRAY;
}

function noteOrder(plan: Plan): (a: Action, b: Action) => number {
  const projectIndex = new Map(plan.projectOrder.map((id, i) => [id, i]));
  return (a, b) =>
    (projectIndex.get(a.projectId) ?? 0) - (projectIndex.get(b.projectId) ?? 0) ||
    byReference(a, b);
}

const EMPTY: readonly ActionId[] = [];

const cellIndexes: Record<LaneMode, (plan: Plan) => Map<string, ActionId[]>> = {
  none: perPlan((plan) => indexCells(plan, 'none')),
  project: perPlan((plan) => indexCells(plan, 'project')),
  owner: perPlan((plan) => indexCells(plan, 'owner')),
  tag: perPlan((plan) => indexCells(plan, 'tag')),
};

function indexCells(plan: Plan, mode: LaneMode): Map<string, ActionId[]> {
  const cells = new Map<string, ActionId[]>();
  const sorted = Object.values(plan.actions).sort(noteOrder(plan));
  for (const action of sorted) {
    const key = cellKey(action.month, laneKey(laneOf(action, mode)));
    const ids = cells.get(key);
    if (ids) ids.push(action.id);
    else cells.set(key, [action.id]);
  }
  return cells;
}

/** The ids of the notes in one cell (a month in a lane, or the tray), in board order. */
export function selectCell(plan: Plan, mode: LaneMode, key: string): readonly ActionId[] {
  return cellIndexes[mode](plan).get(key) ?? EMPTY;
}

/** How many notes the fullest cell holds (the tray counts as a cell). */
export function selectFullestCell(plan: Plan, mode: LaneMode): number {
  let fullest = 0;
  for (const ids of cellIndexes[mode](plan).values()) fullest = Math.max(fullest, ids.length);
  return fullest;
}

// Lanes change only when projects or people do: keep the same array so the grid does not redraw.
const lastLanes = new Map<LaneMode, { signature: string; lanes: LaneInfo[] }>();

// Tag lanes come from every note's tags: read them once per plan, not on every store change.
const tagLanes = perPlan((plan) => lanesOf(plan, 'tag'));

export function selectLanes(plan: Plan, mode: LaneMode): LaneInfo[] {
  const lanes = mode === 'tag' ? tagLanes(plan) : lanesOf(plan, mode);
  const signature = lanes.map((l) => `${l.key}:${l.label}`).join('|');
  const last = lastLanes.get(mode);
  if (last?.signature === signature) return last.lanes;
  lastLanes.set(mode, { signature, lanes });
  return lanes;
}

const monthCounts = perPlan((plan) => {
  const counts = new Map<MonthKey, number>();
  for (const action of Object.values(plan.actions)) {
    if (action.month) counts.set(action.month, (counts.get(action.month) ?? 0) + 1);
  }
  return counts;
});

export function selectMonthCount(plan: Plan, month: MonthKey): number {
  return monthCounts(plan).get(month) ?? 0;
}

// Kept per events list, not per plan: a moved note leaves every month's list as it was, so the
// months need not compare their events again at each step of a drag.
const eventsByMonth = new WeakMap<readonly PlanEvent[], Map<MonthKey, PlanEvent[]>>();

/** A month's events (see `eventsInMonth`): the same array until the plan's events change. */
export function selectMonthEvents(plan: Plan, month: MonthKey): readonly PlanEvent[] {
  let byMonth = eventsByMonth.get(plan.events);
  if (!byMonth) eventsByMonth.set(plan.events, (byMonth = new Map()));
  let events = byMonth.get(month);
  if (!events) byMonth.set(month, (events = eventsInMonth(plan.events, month)));
  return events;
}

export const selectWarnings = perPlan((plan): Warning[] =>
  checkPlan(plan, ruleContext(plan, selectCalendar(plan), selectTermLoads(plan))),
);

/** How many problems (broken rules) and warnings the plan has, as the bars count them. */
export const selectWarningCounts = perPlan((plan) => {
  const warnings = selectWarnings(plan);
  return {
    problems: warnings.filter((w) => w.severity === 'error').length,
    warnings: warnings.filter((w) => w.severity === 'warning').length,
  };
});

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

// Rules about a whole term or project: the term band and the warnings list show them, and a
// badge on each of their notes would only bury the notes that need attention themselves.
const NOT_BADGED: readonly RuleId[] = ['term-overload', 'focus', 'unscheduled'];

/** The most severe warning about each note itself. */
const noteSeverities = perPlan((plan) => {
  const worst = new Map<ActionId, Severity>();
  for (const warning of selectWarnings(plan)) {
    if (NOT_BADGED.includes(warning.ruleId)) continue;
    for (const id of warning.actionIds) {
      const current = worst.get(id);
      if (!current || SEVERITY_RANK[warning.severity] > SEVERITY_RANK[current]) {
        worst.set(id, warning.severity);
      }
    }
  }
  return worst;
});

export function selectNoteSeverity(plan: Plan, id: ActionId): Severity | undefined {
  return noteSeverities(plan).get(id);
}

let lastPreview: {
  plan: Plan;
  actionId: ActionId;
  month: MonthKey | null;
  value: DropPreview;
} | null = null;

/** The drop preview for the note being dragged, kept while the pointer stays over one month. */
export function selectDropPreview(
  plan: Plan,
  actionId: ActionId,
  month: MonthKey | null,
): DropPreview {
  if (
    lastPreview?.plan !== plan ||
    lastPreview.actionId !== actionId ||
    lastPreview.month !== month
  ) {
    const value = dropPreview(plan, selectCalendar(plan), selectWarnings(plan), actionId, month);
    lastPreview = { plan, actionId, month, value };
  }
  return lastPreview.value;
}

/** The key of the cell the lifted note is over, or null when no note is over a cell. */
export function selectOverCell(drag: DragState | null): string | null {
  const over = drag?.over;
  if (!over) return null;
  return cellKey(over.month, laneKey(over.lane ?? { mode: 'none' }));
}

/** The months of the plan inside the buffer kept free before the external review. */
export const selectBufferMonths = perPlan(
  (plan): ReadonlySet<MonthKey> =>
    new Set(selectCalendar(plan).months.filter((month) => isInBuffer(plan, month))),
);
