import { createContext, useContext } from 'react';
import type { ProjectId } from '../domain/ids';

/** The project the last quick-added note went to: the next field in any month starts there. */
export interface QuickAddMemory {
  project(): ProjectId | null;
  remember(projectId: ProjectId): void;
}

export function createQuickAddMemory(): QuickAddMemory {
  let last: ProjectId | null = null;
  return {
    project: () => last,
    remember: (projectId) => {
      last = projectId;
    },
  };
}

export const QuickAddMemoryContext = createContext<QuickAddMemory | null>(null);

export function useQuickAddMemory(): QuickAddMemory {
  const memory = useContext(QuickAddMemoryContext);
  if (!memory) throw new Error('Quick add must be drawn inside the board.');
  return memory;
}
