import { createContext, useContext } from 'react';
import type { PlanSession } from './plan-session';

/** `null` when the browser offers no storage: the board still works, in memory. */
export const PlanSessionContext = createContext<PlanSession | null>(null);

export function usePlanSession(): PlanSession | null {
  return useContext(PlanSessionContext);
}
