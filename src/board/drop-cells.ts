import { createContext, useContext } from 'react';

type NodeRef = (element: HTMLElement | null) => void;

/**
 * The board's cells by key, for the drag layer to measure. The cells are drawn outside dnd-kit's
 * context, so that the context changing mid-drag does not make React walk a thousand notes.
 */
export interface DropCells {
  /** The ref callback for the element of cell `key` (the same function each time). */
  refFor(key: string): NodeRef;
  elementOf(key: string): HTMLElement | null;
}

export function createDropCells(): DropCells {
  const elements = new Map<string, HTMLElement>();
  const refs = new Map<string, NodeRef>();
  return {
    refFor(key) {
      let ref = refs.get(key);
      if (!ref) {
        ref = (element) => {
          if (element) elements.set(key, element);
          else elements.delete(key);
        };
        refs.set(key, ref);
      }
      return ref;
    },
    elementOf: (key) => elements.get(key) ?? null,
  };
}

export const DropCellsContext = createContext<DropCells | null>(null);

export function useDropCells(): DropCells {
  const cells = useContext(DropCellsContext);
  if (!cells) throw new Error('A cell must be drawn inside the board.');
  return cells;
}
