import { createContext, useContext, type KeyboardEvent, type MouseEvent } from 'react';
import type { ActionId } from '../domain/ids';
import { linkAndTell } from '../store/link-and-tell';
import { BOARD_ID } from './board-id';
import { focusNote } from './note-focus';
import type { PlanStore } from '../store/plan-store';

type Handler<E> = (event: E) => void;

/** What a note does besides being lifted: select, edit, move, pin, delete. Stable, like the lift. */
export interface NoteCommandListeners {
  onClick: Handler<MouseEvent<HTMLElement>>;
  onDoubleClick: Handler<MouseEvent<HTMLElement>>;
  /** Returns true when it handled the key, so the lift does not see it. */
  onKeyDown(event: KeyboardEvent<HTMLElement>): boolean;
}

const idOf = (element: HTMLElement) => element.dataset.actionId as ActionId | undefined;

/** Every note on the board, in reading order: Shift+arrows walk this list. */
function notesInOrder(): HTMLElement[] {
  return [
    ...document.querySelectorAll<HTMLElement>(
      `#${BOARD_ID} [data-action-id], .tray [data-action-id]`,
    ),
  ];
}

export function createNoteCommands(store: PlanStore): NoteCommandListeners {
  const state = () => store.getState();
  /** The notes a command on this note applies to: the selection when the note is part of it. */
  const targets = (id: ActionId) => {
    const { selection } = state();
    return selection.includes(id) ? selection : [id];
  };
  const toggle = (id: ActionId) => {
    const { selection, setSelection } = state();
    setSelection(selection.includes(id) ? selection.filter((s) => s !== id) : [...selection, id]);
  };

  const titleOf = (id: ActionId) => `“${state().plan.actions[id]?.title ?? ''}”`;

  /** L on one note, then L on another: the second waits for the first. */
  const link = (id: ActionId) => {
    const { linkFrom, setLinkFrom, setNotice } = state();
    if (!linkFrom || linkFrom === id || !state().plan.actions[linkFrom]) {
      setLinkFrom(id);
      setNotice({
        text: `Linking from ${titleOf(id)}: press L on, or click, the action that waits for it; Escape cancels.`,
        canUndo: false,
      });
      return;
    }
    setLinkFrom(null);
    linkAndTell(state(), id, linkFrom);
  };

  return {
    onClick(event) {
      const id = idOf(event.currentTarget);
      if (!id) return;
      // A link begun with L ends on the note clicked next, for a mouse or a finger.
      if (state().linkFrom && state().linkFrom !== id) link(id);
      else if (event.shiftKey || event.ctrlKey || event.metaKey) toggle(id);
      else if (state().selection.length > 0) state().setSelection([]);
    },
    onDoubleClick(event) {
      const id = idOf(event.currentTarget);
      if (id) state().openPanel({ kind: 'edit-action', id });
    },
    onKeyDown(event) {
      const id = idOf(event.currentTarget);
      if (!id || state().drag || event.altKey) return false;
      const { key } = event;
      const modified = event.ctrlKey || event.metaKey;
      if (key === 'Enter' && !modified) {
        state().openPanel({ kind: 'edit-action', id });
      } else if (key.toLowerCase() === 'm' && !modified) {
        state().openPanel({ kind: 'move-to', ids: targets(id) });
      } else if ((key === 'Delete' || key === 'Backspace') && !modified) {
        const ids = targets(id);
        const next = notesInOrder().find(
          (n) => !ids.includes(idOf(n)!) && n !== event.currentTarget,
        );
        const what = ids.length === 1 ? titleOf(id) : `${ids.length} actions`;
        state().deleteActions(ids);
        state().setSelection([]);
        state().setNotice({ text: `Deleted ${what}.`, canUndo: true });
        if (next) focusNote(idOf(next)!);
      } else if (key.toLowerCase() === 'd' && !modified) {
        const copy = state().duplicateAction(id);
        if (copy) {
          state().setNotice({ text: `Duplicated ${titleOf(id)}.`, canUndo: true });
          focusNote(copy);
        }
      } else if (key.toLowerCase() === 'l' && !modified) {
        link(id);
      } else if (key.toLowerCase() === 'p' && !modified) {
        // The chosen notes all follow this one; its accessible name then says "pinned" or not.
        state().setPinned(targets(id), !state().plan.actions[id]?.pinned);
      } else if (key === 'Escape' && state().linkFrom) {
        state().setLinkFrom(null);
        state().setNotice({ text: 'No link drawn.', canUndo: false });
      } else if (key === 'Escape' && state().selection.length > 0) {
        state().setSelection([]);
      } else if (event.shiftKey && key.startsWith('Arrow')) {
        const notes = notesInOrder();
        const at = notes.indexOf(event.currentTarget);
        const step = key === 'ArrowRight' || key === 'ArrowDown' ? 1 : -1;
        const next = notes[at + step];
        const nextId = next && idOf(next);
        if (!nextId) return true;
        const { selection, setSelection } = state();
        const chosen = selection.includes(id) ? selection : [...selection, id];
        setSelection(chosen.includes(nextId) ? chosen : [...chosen, nextId]);
        next.focus();
      } else if (key === ' ' && modified) {
        toggle(id);
      } else {
        return false;
      }
      event.preventDefault();
      return true;
    },
  };
}

export const NoteCommandsContext = createContext<NoteCommandListeners | null>(null);

export function useNoteCommands(): NoteCommandListeners {
  const commands = useContext(NoteCommandsContext);
  if (!commands) throw new Error('A note must be drawn inside the board.');
  return commands;
}
