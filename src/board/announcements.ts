import type { ActionId } from '../domain/ids';
import { termLoadsAfterMove } from '../domain/load';
import { monthLabel, type MonthKey } from '../domain/month';
import type { Plan } from '../domain/plan';
import { selectCalendar, selectTermLoads } from '../store/selectors';

/*
 * What a screen reader hears during a move: the note's title, the month, the term and what the
 * move does to the term's load. Never an internal id (dnd-kit's defaults read those out).
 */

function where(plan: Plan, month: MonthKey | null): string {
  if (!month) return 'Unscheduled';
  const term = selectCalendar(plan).termOf.get(month);
  return term ? `${monthLabel(month)} (${term.name})` : `${monthLabel(month)} (holiday)`;
}

function loadAfter(
  plan: Plan,
  actionId: ActionId,
  month: MonthKey | null,
  verb: 'would hold' | 'now',
): string {
  if (!month) return '';
  const calendar = selectCalendar(plan);
  const term = calendar.termOf.get(month);
  if (!term) return ', a holiday month';
  const after = termLoadsAfterMove(plan, calendar, selectTermLoads(plan), actionId, month).get(
    term.id,
  );
  if (!after) return '';
  const over = after.load > after.capacity ? ' — over capacity' : '';
  return `, ${term.name} ${verb} ${after.load} of ${after.capacity}${over}`;
}

function title(plan: Plan, id: ActionId): string {
  return `'${plan.actions[id]?.title ?? 'Note'}'`;
}

export function announcePickUp(plan: Plan, id: ActionId): string {
  return (
    `Picked up ${title(plan, id)} from ${where(plan, plan.actions[id]?.month ?? null)}. ` +
    'Arrow keys move it a month or a lane, Space drops it, Escape cancels.'
  );
}

/** Where a note is over or dropped: a month (`null` = the tray) and, with lanes shown, the lane. */
export interface AnnouncedTarget {
  month: MonthKey | null;
  laneLabel?: string;
}

function inLane(target: AnnouncedTarget): string {
  return target.laneLabel ? ` in lane ${target.laneLabel}` : '';
}

export function announceOver(
  plan: Plan,
  id: ActionId,
  target: AnnouncedTarget | undefined,
): string {
  if (!target) return `${title(plan, id)} is not over a month.`;
  if (target.month === null) return `${title(plan, id)} over Unscheduled.`;
  return `${title(plan, id)} over ${monthLabel(target.month)}${inLane(target)}${loadAfter(plan, id, target.month, 'would hold')}.`;
}

/** `from` is where the note was picked up; `plan` may already hold the move. */
export function announceDrop(
  plan: Plan,
  id: ActionId,
  from: MonthKey | null,
  target: AnnouncedTarget | undefined,
  hasMoved: boolean,
): string {
  if (!target || !hasMoved) return `${title(plan, id)} stays in ${where(plan, from)}.`;
  if (target.month === null) return `${title(plan, id)} moved to Unscheduled.`;
  return `${title(plan, id)} moved to ${monthLabel(target.month)}${inLane(target)}${loadAfter(plan, id, target.month, 'now')}.`;
}

export function announceCancel(plan: Plan, id: ActionId, from: MonthKey | null): string {
  return `Move cancelled. ${title(plan, id)} stays in ${where(plan, from)}.`;
}
