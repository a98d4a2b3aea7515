import { expect } from 'vitest';
import type { ActionId } from '../../../src/domain/ids';
import type { Plan } from '../../../src/domain/plan';
import type { Problem } from '../../../src/domain/result';
import type { PlanStore } from '../../../src/store/plan-store';

/** The id of the note with this title; a test names notes the way a user does. */
export function titled(plan: Plan, title: string): ActionId {
  const action = Object.values(plan.actions).find((a) => a.title === title);
  if (!action) throw new Error(`No note titled "${title}"`);
  return action.id;
}

export const commandsOf = (store: PlanStore) => store.getState().past.map((e) => e.command);

/**
 * Runs `change` and checks that it made exactly one undo step, named `command`: undo gives back
 * the very plan object before it, redo the one after. Returns the plan after, for the test to read.
 */
export function expectOneStep(store: PlanStore, command: string, change: () => unknown): Plan {
  const before = store.getState().plan;
  const earlier = commandsOf(store);
  change();
  const after = store.getState().plan;
  expect(after).not.toBe(before);
  expect(commandsOf(store)).toEqual([...earlier, command]);
  store.getState().undo();
  expect(store.getState().plan).toBe(before);
  store.getState().redo();
  expect(store.getState().plan).toBe(after);
  expect(commandsOf(store)).toEqual([...earlier, command]);
  return after;
}

/** Runs `change` and checks that it changed nothing and left no undo step. */
export function expectNoStep(store: PlanStore, change: () => unknown): unknown {
  const before = store.getState().plan;
  const past = store.getState().past;
  const result = change();
  expect(store.getState().plan).toBe(before);
  expect(store.getState().past).toBe(past);
  return result;
}

/** Runs `change` and checks that it was refused with `problem`, changing nothing. */
export function expectRefused(store: PlanStore, change: () => unknown, problem: Problem): void {
  expect(expectNoStep(store, change)).toEqual(problem);
}
