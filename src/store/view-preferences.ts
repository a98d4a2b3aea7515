import type { LaneMode } from '../domain/lanes';
import type { PlanStore } from './plan-store';

/** How the board is viewed is this browser's choice, not the plan's: it lives in localStorage. */
const LANES_KEY = 'termboard.lanes';
const LANE_MODES: readonly LaneMode[] = ['none', 'project', 'owner', 'tag'];

export function storedLaneMode(): LaneMode {
  try {
    const value = localStorage.getItem(LANES_KEY);
    return LANE_MODES.find((m) => m === value) ?? 'none';
  } catch {
    return 'none';
  }
}

export function rememberLaneMode(store: PlanStore): void {
  store.subscribe((state, previous) => {
    if (state.laneMode === previous.laneMode) return;
    try {
      localStorage.setItem(LANES_KEY, state.laneMode);
    } catch {
      // Private mode or a full disk: the choice simply is not remembered.
    }
  });
}
