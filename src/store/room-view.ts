/**
 * How the board is shown in the room: present mode (full screen, no chrome, a page of terms at
 * a time, zoomed) and the colour theme. A way of showing, not a change to the plan: outside
 * history and storage; the theme is remembered by the browser (view-preferences).
 */
export const THEMES = ['light', 'dark', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];

export const ZOOM_STEPS = [0.6, 0.7, 0.8, 0.9, 1, 1.15, 1.3, 1.5, 1.75, 2] as const;
export const FIT = 1;

export interface RoomView {
  isPresenting: boolean;
  /** Which page of terms present mode shows; the board keeps it within the plan's pages. */
  presentPage: number;
  /** 1 fits a page of terms to the screen's width. */
  zoom: number;
  theme: Theme;
}

export interface RoomViewSlice {
  room: RoomView;
  present(isPresenting: boolean): void;
  turnPage(by: number, pageCount: number): void;
  /** One step in or out along ZOOM_STEPS, or back to FIT with 0. */
  zoomBy(steps: -1 | 0 | 1): void;
  setTheme(theme: Theme): void;
}

type SetRoom = (recipe: (state: { room: RoomView }) => void) => void;

export function roomViewSlice(set: SetRoom): RoomViewSlice {
  return {
    room: { isPresenting: false, presentPage: 0, zoom: FIT, theme: 'light' },
    present: (isPresenting) =>
      set((s) => {
        s.room.isPresenting = isPresenting;
        s.room.zoom = FIT;
      }),
    turnPage: (by, pageCount) =>
      set((s) => {
        s.room.presentPage = Math.min(Math.max(s.room.presentPage + by, 0), pageCount - 1);
      }),
    zoomBy: (steps) =>
      set((s) => {
        if (steps === 0) {
          s.room.zoom = FIT;
          return;
        }
        const at = ZOOM_STEPS.findIndex((z) => z >= s.room.zoom);
        const next = Math.min(Math.max(at + steps, 0), ZOOM_STEPS.length - 1);
        s.room.zoom = ZOOM_STEPS[next] ?? FIT;
      }),
    setTheme: (theme) =>
      set((s) => {
        s.room.theme = theme;
      }),
  };
}
