import { NO_FILTER, type ActionFilter } from '../domain/action-filter';
import type { ProjectId } from '../domain/ids';

/**
 * How the team is looking at the board just now: what Find and the filters dim, and the project
 * it focuses on. A way of looking, not a change to the plan: outside history and storage.
 */
export interface BoardView {
  filter: ActionFilter;
  /** Only this project's notes are shown, and the term bands show its load. */
  focusProjectId: ProjectId | null;
}

export const WHOLE_BOARD: BoardView = { filter: NO_FILTER, focusProjectId: null };

export interface BoardViewSlice {
  view: BoardView;
  setFilter(change: Partial<ActionFilter>): void;
  setFocus(projectId: ProjectId | null): void;
  /** Back to the whole board: nothing dimmed, nothing hidden. */
  clearView(): void;
}

type SetView = (recipe: (state: { view: BoardView }) => void) => void;

export function boardViewSlice(set: SetView): BoardViewSlice {
  return {
    view: WHOLE_BOARD,
    setFilter: (change) =>
      set((s) => {
        s.view.filter = { ...s.view.filter, ...change };
      }),
    setFocus: (projectId) =>
      set((s) => {
        s.view.focusProjectId = projectId;
      }),
    clearView: () =>
      set((s) => {
        s.view = WHOLE_BOARD;
      }),
  };
}
