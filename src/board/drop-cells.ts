import { createContext, useContext } from 'react';

type NodeRef = (element: HTMLElement | null) => void;

/**
 * Pairs the board's cells with their dnd-kit droppables. The cells are drawn outside dnd-kit's
 * context, so that the context changing mid-drag does not make React walk a thousand notes;
 * each droppable, a component that draws nothing, is handed its cell's element here.
 */
export interface DropCells {
  /** The ref callback for the element of cell `key` (the same function each time). */
  refFor(key: string): NodeRef;
  /** Gives the droppable of cell `key` its element, now and whenever it changes. */
  connect(key: string, setNodeRef: NodeRef): () => void;
}

export function createDropCells(): DropCells {
  const elements = new Map<string, HTMLElement>();
  const droppables = new Map<string, NodeRef>();
  const refs = new Map<string, NodeRef>();
  return {
    refFor(key) {
      let ref = refs.get(key);
      if (!ref) {
        ref = (element) => {
          if (element) elements.set(key, element);
          else elements.delete(key);
          droppables.get(key)?.(element);
        };
        refs.set(key, ref);
      }
      return ref;
    },
    connect(key, setNodeRef) {
      droppables.set(key, setNodeRef);
      setNodeRef(elements.get(key) ?? null);
      return () => {
        if (droppables.get(key) === setNodeRef) droppables.delete(key);
      };
    },
  };
}

export const DropCellsContext = createContext<DropCells | null>(null);

export function useDropCells(): DropCells {
  const cells = useContext(DropCellsContext);
  if (!cells) throw new Error('A cell must be drawn inside the board.');
  return cells;
}
