import type { PlanId } from '../domain/ids';
import type { Plan } from '../domain/plan';
import type { Result } from '../domain/result';
import type { PlanLibrary } from './plan-library';
import { lockPlan, type PlanLock } from './plan-lock';
import type { PlanStore } from './plan-store';

/**
 * Which plan this tab has open, and whether it may edit it: opening a plan takes its Web Lock;
 * without the lock the plan opens read-only and follows the editing tab's saves.
 */
export interface PlanSession {
  library: PlanLibrary;
  /** Opens a stored plan. */
  open(id: PlanId): Promise<Result<Plan>>;
  /** Takes the lock of the plan the store was created with, already read from the library. */
  adopt(): Promise<void>;
  /** Stores a plan that is not stored yet (new or imported), then opens it. */
  openNew(plan: Plan): Promise<void>;
  /** Takes editing over from the tab that holds the plan; that tab turns read-only. */
  takeOver(): Promise<void>;
}

export function createPlanSession(store: PlanStore, library: PlanLibrary): PlanSession {
  let lock: PlanLock | null = null;

  const onLost = (id: PlanId) => () => {
    if (store.getState().plan.id !== id) return;
    lock = null;
    store.getState().setAccess('read-only');
  };

  const claim = async (id: PlanId, steal = false) => {
    lock?.release();
    lock = await lockPlan(id, onLost(id), { steal });
    // Another plan may have been opened while the lock was being asked for.
    if (store.getState().plan.id !== id) return;
    store.getState().setAccess(lock ? 'edit' : 'read-only');
  };

  // A read-only tab shows what the editing tab saves, as it saves it.
  library.onChangedElsewhere(async (id) => {
    const { plan, access } = store.getState();
    if (id !== plan.id || access === 'edit') return;
    const latest = await library.open(id);
    if (latest.ok && store.getState().plan.id === id) store.getState().openPlan(latest.value);
  });

  return {
    library,
    async open(id) {
      const plan = await library.open(id);
      if (!plan.ok) return plan;
      store.getState().openPlan(plan.value);
      await claim(id);
      return plan;
    },
    async adopt() {
      await claim(store.getState().plan.id);
    },
    async openNew(plan) {
      await library.save(plan);
      store.getState().openPlan(plan);
      store.getState().setSaveState({ status: 'saved' });
      await claim(plan.id);
    },
    async takeOver() {
      const { plan } = store.getState();
      const latest = await library.open(plan.id);
      if (latest.ok) store.getState().openPlan(latest.value);
      await claim(plan.id, true);
    },
  };
}
