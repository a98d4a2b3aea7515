import type { LaneMode } from '../domain/lanes';
import type { PlanStore } from './plan-store';
import { THEMES, type Theme } from './room-view';

/**
 * How the board is viewed is this browser's choice, not the plan's: it lives in localStorage.
 * Private mode or a full disk: a choice is simply not remembered.
 */
const LANES_KEY = 'termboard.lanes';
const THEME_KEY = 'termboard.theme';
const LANE_MODES: readonly LaneMode[] = ['none', 'project', 'owner', 'tag'];

function stored<T extends string>(key: string, values: readonly T[], fallback: T): T {
  try {
    const value = localStorage.getItem(key);
    return values.find((v) => v === value) ?? fallback;
  } catch {
    return fallback;
  }
}

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembered, as above.
  }
}

/** Puts the remembered lanes and theme on the board, and remembers them when they change. */
export function rememberViewChoices(planStore: PlanStore): void {
  const { setLaneMode, setTheme } = planStore.getState();
  setLaneMode(stored<LaneMode>(LANES_KEY, LANE_MODES, 'none'));
  setTheme(stored<Theme>(THEME_KEY, THEMES, 'light'));
  planStore.subscribe((state, previous) => {
    if (state.laneMode !== previous.laneMode) store(LANES_KEY, state.laneMode);
    if (state.room.theme !== previous.room.theme) store(THEME_KEY, state.room.theme);
  });
}
