import type { ActionId } from '../ids';
import type { Action } from '../plan';

/** `1.2, 1.3`, `1.2; 1.3` or one per line; titles may hold commas, so separators are tried. */
const SEPARATOR = /\s*[,;\n]\s*/g;

type Lookup = (token: string, from: Action) => ActionId | null;

function lookupOf(actions: readonly Action[]): Lookup {
  const index = (keyOf: (a: Action) => string) => {
    const map = new Map<string, Action[]>();
    for (const action of actions) {
      const key = keyOf(action);
      if (key) map.set(key, [...(map.get(key) ?? []), action]);
    }
    return map;
  };
  const byReference = index((a) => a.reference);
  const byTitle = index((a) => a.title);
  const byLowerTitle = index((a) => a.title.toLocaleLowerCase());
  // A reference or title used twice is read within the action's own project, else not at all.
  const pick = (found: Action[] | undefined, from: Action) => {
    const candidates =
      found?.length === 1 ? found : found?.filter((a) => a.projectId === from.projectId);
    return candidates?.length === 1 ? (candidates[0]?.id ?? null) : null;
  };
  return (token, from) =>
    pick(byReference.get(token), from) ??
    pick(byTitle.get(token), from) ??
    pick(byLowerTitle.get(token.toLocaleLowerCase()), from);
}

/**
 * A dependsOn cell split into actions it names, trying every way of cutting it at separators so
 * that a title with a comma in it still reads as one; null when no cut names only actions.
 */
function namedActions(cell: string, from: Action, lookUp: Lookup): ActionId[] | null {
  const cuts = [...cell.matchAll(SEPARATOR)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const ends = [...cuts.map((c) => c.start), cell.length];
  const starts = [0, ...cuts.map((c) => c.end)];
  const memo = new Map<number, ActionId[] | null>();
  const from_ = (i: number): ActionId[] | null => {
    if (i === starts.length) return [];
    if (memo.has(i)) return memo.get(i) ?? null;
    let found: ActionId[] | null = null;
    // Longest piece first, so a title with a comma wins over two shorter titles.
    for (let j = ends.length - 1; j >= i && !found; j--) {
      const id = lookUp(cell.slice(starts[i], ends[j]).trim(), from);
      const rest = id ? from_(j + 1) : null;
      if (id && rest) found = [id, ...rest];
    }
    memo.set(i, found);
    return found;
  };
  return from_(0);
}

function reaches(actions: ReadonlyMap<ActionId, Action>, from: ActionId, to: ActionId): boolean {
  const seen = new Set<ActionId>();
  const stack = [from];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(actions.get(id)?.dependsOn ?? []));
  }
  return false;
}

/** `1.4` → `1.3`, `A10` → `A9`: the reference just before, or null for a first one. */
function previousReference(reference: string): string | null {
  const match = /^(.*?)(\d+)$/.exec(reference);
  const number = Number(match?.[2]);
  return match && number > 1 ? `${match[1]}${number - 1}` : null;
}

/**
 * Fills each action's `dependsOn` from the text of its dependsOn cells (by reference, then
 * title) and, when the team says number order is sequence order, on the reference just before
 * it in the same project. A dependency that would close a loop is left out. Returns, per action,
 * the text that named nothing, for its notes.
 */
export function linkDependencies(
  actions: readonly Action[],
  cells: ReadonlyMap<ActionId, string>,
  isNumberOrderSequence: boolean,
): Map<ActionId, string> {
  const lookUp = lookupOf(actions);
  const byId = new Map(actions.map((a) => [a.id, a]));
  const placeOf = (a: Action, reference: string) => JSON.stringify([a.projectId, reference]);
  const byPlace = new Map(actions.map((a) => [placeOf(a, a.reference), a]));
  const unread = new Map<ActionId, string>();
  const link = (action: Action, on: ActionId) => {
    if (on !== action.id && !action.dependsOn.includes(on) && !reaches(byId, on, action.id)) {
      action.dependsOn.push(on);
    }
  };
  for (const action of actions) {
    const cell = cells.get(action.id)?.trim() ?? '';
    if (cell) {
      const named = namedActions(cell, action, lookUp);
      if (named) named.forEach((on) => link(action, on));
      else unread.set(action.id, cell);
    }
    const previous = isNumberOrderSequence ? previousReference(action.reference) : null;
    const before = previous === null ? undefined : byPlace.get(placeOf(action, previous));
    if (before) link(action, before.id);
  }
  return unread;
}
