import type { Draft } from 'immer';
import type { Plan } from '../../domain/plan';

import type { Problem } from '../../domain/result';

/**
 * The store's only writer of a plan: one call is one named undo step. False when nothing changed,
 * as when the tab is read-only, so a command that made something can say it did not.
 */
export type Commit = (command: string, recipe: (plan: Draft<Plan>) => void) => boolean;

export const READ_ONLY: Problem = {
  where: '',
  reason: 'this plan is being edited in another tab; take over editing to change it',
};
