import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { PlanStore } from './plan-store';

type StoreState = ReturnType<PlanStore['getState']>;

export const PlanStoreContext = createContext<PlanStore | null>(null);

export function usePlanStoreApi(): PlanStore {
  const store = useContext(PlanStoreContext);
  if (!store) throw new Error('usePlanStore needs a PlanStoreContext provider');
  return store;
}

/** Reads the store through a selector; STYLE.md §5: never read the whole state. */
export function usePlanStore<T>(selector: (state: StoreState) => T): T {
  return useStore(usePlanStoreApi(), selector);
}
