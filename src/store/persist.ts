import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PlanId } from '../domain/ids';
import { PLAN_VERSION, type Plan } from '../domain/plan';

/** What one stored plan looks like in IndexedDB; `version` is the plan schema's. */
export interface StoredPlan {
  id: PlanId;
  version: number;
  savedAt: string;
  plan: Plan;
}

interface TermboardDb extends DBSchema {
  plans: { key: string; value: StoredPlan };
  meta: { key: string; value: string };
}

const DB_NAME = 'termboard';
const LAST_OPENED = 'lastOpenedPlanId';

export interface PlanStorage {
  /** The plan that was open last, or `null` on a first visit. */
  loadLastPlan(): Promise<Plan | null>;
  /** Resolves only once the transaction has committed. */
  savePlan(plan: Plan): Promise<void>;
}

export async function openPlanStorage(): Promise<PlanStorage> {
  if (typeof indexedDB === 'undefined') throw new Error('this browser offers no IndexedDB');
  const db: IDBPDatabase<TermboardDb> = await openDB<TermboardDb>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('plans', { keyPath: 'id' });
      database.createObjectStore('meta');
    },
  });

  return {
    async loadLastPlan() {
      const id = await db.get('meta', LAST_OPENED);
      const stored = id ? await db.get('plans', id) : undefined;
      // TODO(#7): migrate older versions step by step once a second version exists.
      return stored && stored.version === PLAN_VERSION ? stored.plan : null;
    },
    async savePlan(plan) {
      const tx = db.transaction(['plans', 'meta'], 'readwrite');
      await Promise.all([
        tx
          .objectStore('plans')
          .put({ id: plan.id, version: PLAN_VERSION, savedAt: new Date().toISOString(), plan }),
        tx.objectStore('meta').put(plan.id, LAST_OPENED),
        tx.done,
      ]);
    },
  };
}
