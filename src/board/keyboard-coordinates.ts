import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import type { ActionId } from '../domain/ids';
import { laneKey, laneOf } from '../domain/lanes';
import type { MonthKey } from '../domain/month';
import type { PlanStore } from '../store/plan-store';
import { cellKey, selectCalendar, selectLanes, TRAY } from '../store/selectors';
import type { CellGeometry } from './cell-geometry';
import { isCellDropData } from './drop-data';

const STEPS: Record<string, [months: number, lanes: number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/**
 * dnd-kit's keyboard sensor moves a note 25 px per arrow key; a planner moves it one month (or
 * one lane). We find the neighbouring cell and hand back coordinates inside it. ArrowLeft from
 * the first month reaches the Unscheduled tray; ArrowRight from the tray reaches the first month.
 */
export function monthStepCoordinates(
  store: PlanStore,
  geometry: CellGeometry,
): KeyboardCoordinateGetter {
  return (event, { context, active }) => {
    const step = STEPS[event.code];
    if (!step) return undefined;
    event.preventDefault();
    const { plan, laneMode } = store.getState();
    const action = plan.actions[String(active) as ActionId];
    if (!action) return undefined;
    const { months } = selectCalendar(plan);
    const lanes = selectLanes(plan, laneMode);

    const overData = context.over?.data.current;
    const here = isCellDropData(overData)
      ? overData
      : { month: action.month, lane: laneOf(action, laneMode) };
    const hereLane = Math.max(
      0,
      lanes.findIndex((l) => l.key === laneKey(here.lane ?? laneOf(action, laneMode))),
    );

    const [dMonth, dLane] = step;
    let target: string;
    if (here.month === null) {
      target = dMonth > 0 && months[0] ? cellKey(months[0], lanes[hereLane]?.key ?? 'all') : TRAY;
    } else {
      const index = months.indexOf(here.month) + dMonth;
      const laneIndex = Math.min(lanes.length - 1, Math.max(0, hereLane + dLane));
      const month: MonthKey | undefined = months[Math.min(months.length - 1, index)];
      target = index < 0 || !month ? TRAY : cellKey(month, lanes[laneIndex]?.key ?? 'all');
    }

    const box = geometry.boxOf(context.droppableRects, target);
    if (!box) return undefined;
    const width = context.collisionRect?.width ?? 0;
    return { x: (box.left + box.right) / 2 - width / 2, y: box.top + 8 };
  };
}
