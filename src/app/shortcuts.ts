import type { PlanCommands } from '../store/plan-store';

interface Shortcut {
  /** Shown in the README and in button titles. */
  keys: string;
  matches(event: KeyboardEvent): boolean;
  run(commands: PlanCommands): void;
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
];

/** Text fields keep their own undo. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
