import type { ActionId } from '../domain/ids';

/** A line under the toolbar saying what just happened, with Undo when it can be taken back. */
export interface Notice {
  text: string;
  canUndo: boolean;
}

interface BoardAids {
  notice: Notice | null;
  /** The first note of a link being drawn, waiting for the note that will wait on it. */
  linkFrom: ActionId | null;
  /** Whether the board draws a line from each action to the ones waiting for it. */
  showLinks: boolean;
}

/**
 * What the board tells the person about the last thing they did, and the links between notes
 * being drawn or shown. Outside history and storage.
 */
export interface BoardAidsSlice extends BoardAids {
  setNotice(notice: Notice | null): void;
  setLinkFrom(id: ActionId | null): void;
  setShowLinks(show: boolean): void;
}

type SetAids = (recipe: (state: BoardAids) => void) => void;

export function boardAidsSlice(set: SetAids): BoardAidsSlice {
  return {
    notice: null,
    linkFrom: null,
    showLinks: false,
    setNotice: (notice) =>
      set((s) => {
        s.notice = notice;
      }),
    setLinkFrom: (id) =>
      set((s) => {
        s.linkFrom = id;
      }),
    setShowLinks: (show) =>
      set((s) => {
        s.showLinks = show;
      }),
  };
}
