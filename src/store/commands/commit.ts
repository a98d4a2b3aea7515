import type { Draft } from 'immer';
import type { Plan } from '../../domain/plan';

/** The store's only writer of a plan: one call is one named undo step. */
export type Commit = (command: string, recipe: (plan: Draft<Plan>) => void) => void;
