import type { Plan } from '../domain/plan';

/** One undo step: the plan as it was before the named command ran. */
export interface HistoryEntry {
  command: string;
  plan: Plan;
}

/**
 * Each entry holds a whole plan, but immer shares every untouched object between neighbouring
 * plans, so a step costs roughly the objects it changed. The cap bounds memory over a long meeting.
 */
export const HISTORY_LIMIT = 300;

export function pushBounded(entries: HistoryEntry[], entry: HistoryEntry): void {
  entries.push(entry);
  if (entries.length > HISTORY_LIMIT) entries.splice(0, entries.length - HISTORY_LIMIT);
}
