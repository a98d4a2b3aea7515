import type { PlanStore } from '../store/plan-store';
import { selectPresentPages } from '../store/selectors';

type BoardState = ReturnType<PlanStore['getState']>;

interface Shortcut {
  /** Shown in the README and in button titles. */
  keys: string;
  matches(event: KeyboardEvent): boolean;
  run(state: BoardState): void;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
// With Shift held the key arrives as `Z`: compare case-insensitively.
const key = (e: KeyboardEvent, k: string) => e.key.toLowerCase() === k;

/** Every keyboard shortcut of the app, in one table. */
export const SHORTCUTS: Shortcut[] = [
  { keys: 'Ctrl+Z', matches: (e) => mod(e) && !e.shiftKey && key(e, 'z'), run: (c) => c.undo() },
  {
    keys: 'Ctrl+Shift+Z',
    matches: (e) => mod(e) && e.shiftKey && key(e, 'z'),
    run: (c) => c.redo(),
  },
  { keys: 'Ctrl+Y', matches: (e) => e.ctrlKey && !e.shiftKey && key(e, 'y'), run: (c) => c.redo() },
  {
    keys: '/',
    matches: (e) => e.key === '/' && !mod(e),
    run: () => document.querySelector<HTMLInputElement>('input[type="search"]')?.focus(),
  },
  {
    keys: '?',
    // Not over an open dialog: the sheet is a dialog of its own.
    matches: (e) =>
      e.key === '?' && !mod(e) && !(e.target instanceof Element && e.target.closest('dialog')),
    run: (c) => c.openPanel({ kind: 'shortcuts' }),
  },
  {
    keys: 'F',
    matches: (e) => key(e, 'f') && !mod(e) && !e.altKey,
    run: (c) => c.present(!c.room.isPresenting),
  },
  // Present mode's own keys; elsewhere they keep their usual meaning (PageDown scrolls, Ctrl+
  // zooms the page).
  {
    keys: 'Escape',
    matches: (e) =>
      e.key === 'Escape' && !(e.target instanceof Element && e.target.closest('dialog')),
    run: (c) => c.room.isPresenting && c.present(false),
  },
  {
    keys: 'PageUp',
    matches: (e) => e.key === 'PageUp',
    run: (c) => c.turnPage(-1, selectPresentPages(c.plan).length),
  },
  {
    keys: 'PageDown',
    matches: (e) => e.key === 'PageDown',
    run: (c) => c.turnPage(1, selectPresentPages(c.plan).length),
  },
  {
    keys: 'Ctrl+Plus',
    matches: (e) => mod(e) && ['+', '='].includes(e.key),
    run: (c) => c.zoomBy(1),
  },
  { keys: 'Ctrl+Minus', matches: (e) => mod(e) && e.key === '-', run: (c) => c.zoomBy(-1) },
  { keys: 'Ctrl+0', matches: (e) => mod(e) && e.key === '0', run: (c) => c.zoomBy(0) },
];

const PRESENT_ONLY = new Set(['Escape', 'PageUp', 'PageDown', 'Ctrl+Plus', 'Ctrl+Minus', 'Ctrl+0']);

/** The shortcut `event` stands for just now, if any. */
export function shortcutFor(event: KeyboardEvent, isPresenting: boolean): Shortcut | undefined {
  if (event.defaultPrevented) return undefined;
  return SHORTCUTS.find((s) => s.matches(event) && (isPresenting || !PRESENT_ONLY.has(s.keys)));
}

/** Text fields keep their own undo. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
