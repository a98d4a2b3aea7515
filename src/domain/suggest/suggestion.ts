import type { ActionId } from '../ids';
import type { MonthKey } from '../month';
import type { Plan } from '../plan';
import type { SuggestScope } from './suggest-model';

export interface SuggestedMove {
  actionId: ActionId;
  from: MonthKey | null;
  to: MonthKey;
}

/** A proposed sequence: the moves that make it, and why some notes could not be placed. */
export interface Suggestion {
  scope: SuggestScope;
  /** Notes placed from the tray and notes moved, in the plan's order of notes. */
  moves: SuggestedMove[];
  /** Tray notes left where they are. */
  left: ActionId[];
  /** Why no sequence fits, in plain words with what would make it fit; empty when one does. */
  problems: string[];
  /** Whether the search ruled out every better sequence (always, on a plan of a dozen free notes). */
  isBest: boolean;
}

/** Makes a suggestion's moves on a plan (or an immer draft of one), in place. */
export function makeMoves(plan: Plan, moves: readonly SuggestedMove[]): void {
  for (const move of moves) {
    const action = plan.actions[move.actionId];
    if (action) action.month = move.to;
  }
}
