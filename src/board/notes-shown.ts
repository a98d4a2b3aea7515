import { createContext, startTransition, useEffect, useState } from 'react';
import type { PlanStore } from '../store/plan-store';
import { selectFullestCell } from '../store/selectors';
import { usePlanStoreApi } from '../store/store-context';

/**
 * How many notes a cell draws when the board first appears, and how many more each frame after.
 * A board 1,080 pixels high shows about seven notes of a month before the tray; laying out and
 * painting every note of a 1,000-note plan in the first frame was one task of 300–450 ms.
 */
const NOTES_PER_STEP = 8;

/** The most notes a cell draws; Infinity (every note) outside a board still appearing. */
export const NotesShownContext = createContext(Infinity);

/**
 * `count` notes per cell, or Infinity once that holds the fullest cell whole. The fullest cell is
 * read when a step is taken, not subscribed to: the board need not redraw when it changes.
 */
function limit(store: PlanStore, count: number): number {
  const { plan, laneMode } = store.getState();
  return count >= selectFullestCell(plan, laneMode) ? Infinity : count;
}

/**
 * The most notes a cell draws while the board appears: a step more each frame, as a transition
 * so that a click or a key press comes first, until the fullest cell is drawn whole. From then on
 * every note is drawn at once, so a note moved later never waits a frame to show.
 */
export function useNotesShown(): number {
  const store = usePlanStoreApi();
  const [shown, setShown] = useState(() => limit(store, NOTES_PER_STEP));
  const isWhole = shown === Infinity;
  useEffect(() => {
    if (!isWhole) return;
    // What `npm run bench` reports as the whole board drawn.
    const frame = requestAnimationFrame(() => performance.mark('termboard:all-drawn'));
    return () => cancelAnimationFrame(frame);
  }, [isWhole]);
  useEffect(() => {
    if (isWhole) return;
    // After this step is painted, not in the same frame.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() =>
        startTransition(() => setShown((n) => limit(store, n + NOTES_PER_STEP))),
      );
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [isWhole, shown, store]);
  return shown;
}
