import type { Plan } from '../domain/plan';
import type { VersionReason } from './library-schema';
import { RevisionConflictError, type PlanLibrary } from './plan-library';
import type { PlanState, PlanStore } from './plan-store';

/** PRODUCT.md asks for a save within a second of a change; we aim for half that. */
const SAVE_DELAY_MS = 250;

/**
 * Saves the open plan after each change: at most one write in flight, later changes coalesced
 * into the next write, and an immediate flush when the page is hidden or left.
 */
export function startAutosave(store: PlanStore, library: PlanLibrary): () => void {
  let pending: Plan | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing = false;
  // What the stored plan must be kept as before the next write overwrites it, if anything.
  let keepFirst: VersionReason | null = null;

  const flush = async () => {
    clearTimeout(timer);
    timer = undefined;
    if (writing || !pending) return;
    const plan = pending;
    pending = null;
    writing = true;
    try {
      if (keepFirst) {
        await library.keepVersion(plan.id, keepFirst);
        keepFirst = null;
      }
      await library.save(plan);
      if (!pending) store.getState().setSaveState({ status: 'saved' });
    } catch (error) {
      pending ??= plan;
      store.getState().setSaveState({ status: 'failed', reason: describeStorageError(error) });
    } finally {
      writing = false;
    }
    if (pending && store.getState().save.status !== 'failed') void flush();
  };

  // A suggestion on show is not the plan yet: what is stored stays the plan before it.
  const kept = (state: PlanState) => state.preview?.base ?? state.plan;
  const unsubscribe = store.subscribe((state, previous) => {
    if (kept(state) === kept(previous) || state.access === 'read-only') return;
    // An opened plan is already stored (a new or imported one is stored before it opens).
    if (state.openings !== previous.openings) return;
    keepFirst ??= versionWorthKeeping(kept(previous), state);
    pending = state.plan;
    if (state.save.status !== 'saving') state.setSaveState({ status: 'saving' });
    timer ??= setTimeout(() => void flush(), SAVE_DELAY_MS);
  });

  const flushNow = () => void flush();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flushNow();
  };
  window.addEventListener('pagehide', flushNow);
  document.addEventListener('visibilitychange', onVisibility);

  return () => {
    unsubscribe();
    clearTimeout(timer);
    window.removeEventListener('pagehide', flushNow);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}

/**
 * A change big enough that the plan as it was should stay restorable from the library: an import
 * into it, or a deletion of several actions at once (a project with its actions, a selection).
 */
function versionWorthKeeping(
  before: Plan,
  state: { plan: Plan; past: { command: string; plan: Plan }[] },
): VersionReason | null {
  // A step just taken holds the plan it changed; an undo leaves an older step on top.
  const step = state.past.at(-1);
  if (step?.plan !== before) return null;
  if (step.command === 'importActions') return 'before import';
  const removed = Object.keys(before.actions).filter(
    (id) => !Object.hasOwn(state.plan.actions, id),
  );
  return removed.length > 1 ? 'before delete' : null;
}

export function describeStorageError(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError')
    return 'the browser storage is full';
  if (error instanceof RevisionConflictError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
