import {
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ActionId } from '../domain/ids';
import { laneKey, laneOf } from '../domain/lanes';
import type { MonthKey } from '../domain/month';
import { selectRankedMonths } from '../store/ranking-selectors';
import { cellKey } from '../store/selectors';
import type { Placement } from '../store/plan-store';
import { usePlanStoreApi } from '../store/store-context';
import {
  announceCancel,
  announceDrop,
  announceOver,
  announcePickUp,
  type AnnouncedTarget,
} from './announcements';
import type { CellGeometry } from './cell-geometry';
import { isCellDropData } from './drop-data';
import { focusNote } from './note-focus';
import { monthStepCoordinates } from './keyboard-coordinates';
import { afterSensorStarts, holdKeys } from './sensor-start';

function placementOf(data: unknown): Placement | undefined {
  return isCellDropData(data)
    ? { month: data.month, ...(data.lane ? { lane: data.lane } : {}) }
    : undefined;
}

function targetOf(data: unknown): AnnouncedTarget | undefined {
  if (!isCellDropData(data)) return undefined;
  return { month: data.month, ...(data.laneLabel ? { laneLabel: data.laneLabel } : {}) };
}

// How far a held finger may wander and still count as a long press rather than a move.
const LONG_PRESS_SLOP = 10;

const isTouch = (event: Event) => typeof TouchEvent !== 'undefined' && event instanceof TouchEvent;

/** Sensors, handlers and spoken announcements for moving notes by mouse, touch and keyboard. */
export function useNoteDrag(geometry: CellGeometry) {
  const store = usePlanStoreApi();
  const [activeId, setActiveId] = useState<ActionId | null>(null);
  const [isKeyboardDrag, setKeyboardDrag] = useState(false);
  // Where the note was picked up: the drop announcement runs after the store has moved it.
  const from = useRef<MonthKey | null>(null);
  // The cell the note was picked up from, and the last one announced, so the pick-up is not
  // drowned out by "over" its own month.
  const startCell = useRef<UniqueIdentifier | null>(null);
  const lastOver = useRef<UniqueIdentifier | null>(null);

  const coordinateGetter = useMemo(() => monthStepCoordinates(store, geometry), [store, geometry]);
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click still selects a note.
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    // Press and hold on a whiteboard, so a quick swipe still scrolls the page.
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    // Tab is not a drop key: it must keep moving focus as everywhere else.
    useSensor(KeyboardSensor, {
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space'] },
      coordinateGetter,
    }),
  );

  // While a note is lifted by keyboard, Tab would move focus away mid-move: hold it still.
  useEffect(() => {
    if (!isKeyboardDrag) return;
    const holdTab = (event: KeyboardEvent) => {
      if (event.key === 'Tab') event.preventDefault();
    };
    window.addEventListener('keydown', holdTab, true);
    return () => window.removeEventListener('keydown', holdTab, true);
  }, [isKeyboardDrag]);

  const finish = () => {
    const id = store.getState().drag?.actionId;
    setActiveId(null);
    setKeyboardDrag(false);
    store.getState().endDrag();
    // A moved note is drawn afresh in its new cell: give it back the focus the keyboard left on
    // the old one (dnd-kit would only refocus the element that is now gone).
    if (id && isKeyboardDrag) focusNote(id);
  };

  const handlers = {
    onDragStart(event: DragStartEvent) {
      const id = String(event.active.id) as ActionId;
      const { plan, laneMode } = store.getState();
      const action = plan.actions[id];
      from.current = action?.month ?? null;
      startCell.current = action ? cellKey(action.month, laneKey(laneOf(action, laneMode))) : null;
      lastOver.current = startCell.current;
      setActiveId(id);
      const isKeyboard = event.activatorEvent instanceof KeyboardEvent;
      setKeyboardDrag(isKeyboard);
      store.getState().startDrag(id);
      const releaseKeys = isKeyboard ? holdKeys() : null;
      // Ranking the months is a task of its own after the pick-up, which it would slow, and after
      // the sensor starts, which it would hold off.
      afterSensorStarts(() => {
        releaseKeys?.();
        const fits = selectRankedMonths(plan, id).flatMap((m) => (m.fits ? [m.month] : []));
        store.getState().showFits(id, fits);
      });
    },
    onDragOver(event: DragOverEvent) {
      store.getState().dragOver(placementOf(event.over?.data.current) ?? null);
    },
    onDragEnd(event: DragEndEvent) {
      const id = String(event.active.id) as ActionId;
      // A finger held on a note and lifted where it was: a long press, which opens its menu.
      const isLongPress =
        isTouch(event.activatorEvent) && Math.hypot(event.delta.x, event.delta.y) < LONG_PRESS_SLOP;
      const to = isLongPress ? undefined : placementOf(event.over?.data.current);
      if (to) store.getState().moveAction(id, to);
      finish();
      if (isLongPress) store.getState().openPanel({ kind: 'note-menu', id });
    },
    onDragCancel: finish,
  };

  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart: ({ active }) =>
        announcePickUp(store.getState().plan, String(active.id) as ActionId),
      onDragOver: ({ active, over }) => {
        if ((over?.id ?? null) === lastOver.current) return undefined;
        lastOver.current = over?.id ?? null;
        return announceOver(
          store.getState().plan,
          String(active.id) as ActionId,
          targetOf(over?.data.current),
        );
      },
      onDragEnd: ({ active, over }) =>
        announceDrop(
          store.getState().plan,
          String(active.id) as ActionId,
          from.current,
          targetOf(over?.data.current),
          over !== null && over.id !== startCell.current,
        ),
      onDragCancel: ({ active }) =>
        announceCancel(store.getState().plan, String(active.id) as ActionId, from.current),
    }),
    [store],
  );

  return { sensors, handlers, announcements, activeId };
}
