import { openDB } from 'idb';
import type { PlanId } from '../domain/ids';
import {
  isExpired,
  isVersionDue,
  listing,
  migrated,
  prune,
  purge,
  record,
  upToDate,
  version,
} from './library-records';
import type { Plan } from '../domain/plan';
import { refused, type Result } from '../domain/result';
import {
  DB_NAME,
  DB_VERSION,
  upgradeDatabase,
  type StoredVersion,
  type TermboardDb,
  type VersionReason,
} from './library-schema';

const LAST_OPENED = 'lastOpenedPlanId';

/** What the Plans view lists about a stored plan. */
export interface PlanListing extends Pick<
  Plan,
  'id' | 'name' | 'organisation' | 'phase' | 'startMonth' | 'lengthMonths'
> {
  savedAt: string;
  deletedAt: string | null;
}

export interface VersionListing {
  key: number;
  savedAt: string;
  reason: VersionReason;
  name: string;
  actionCount: number;
}

/** A save refused because another tab stored a newer revision of the plan since this tab read it. */
export class RevisionConflictError extends Error {
  constructor(readonly planId: PlanId) {
    super('another tab changed this plan since it was opened here');
    this.name = 'RevisionConflictError';
  }
}

export interface PlanLibrary {
  /** Every stored plan, deleted ones included while they can still be restored. */
  list(): Promise<PlanListing[]>;
  /** Reads a plan (migrating an older one, after keeping a version of it) and remembers it as last opened. */
  open(id: PlanId): Promise<Result<Plan>>;
  /** The plan opened last, or `null` on a first visit or when it was deleted. */
  lastOpenedId(): Promise<PlanId | null>;
  /** What the Plans view would list about one plan (deleted or not), or `null` when none is kept. */
  listingOf(id: PlanId): Promise<PlanListing | null>;
  /**
   * Stores the plan as a new revision. Refused with RevisionConflictError when the stored
   * revision is no longer the one this tab read or wrote (compare-and-swap in one transaction).
   */
  save(plan: Plan): Promise<void>;
  /** Stores a plan over whatever is stored under its id, keeping a version of that first. */
  replace(plan: Plan, reason: VersionReason): Promise<void>;
  rename(id: PlanId, name: string): Promise<void>;
  /** A copy under a new id and name; returns the copy's id. */
  duplicate(id: PlanId, copy: (plan: Plan) => Plan): Promise<PlanId>;
  remove(id: PlanId): Promise<void>;
  restore(id: PlanId): Promise<void>;
  versions(id: PlanId): Promise<VersionListing[]>;
  /** Puts an earlier version back as the newest revision, keeping the current one as a version. */
  restoreVersion(id: PlanId, key: number): Promise<Result<Plan>>;
  /** Keeps the stored plan as a version (before an import replaces it, say). */
  keepVersion(id: PlanId, reason: VersionReason): Promise<void>;
  /** Calls back when another tab of this browser has written a plan. */
  onChangedElsewhere(listener: (id: PlanId) => void): void;
}

const CHANNEL = 'termboard-plans';

export async function openPlanLibrary(now: () => Date = () => new Date()): Promise<PlanLibrary> {
  if (typeof indexedDB === 'undefined') throw new Error('this browser offers no IndexedDB');
  const db = await openDB<TermboardDb>(DB_NAME, DB_VERSION, { upgrade: upgradeDatabase });
  /** The revision this tab last read or wrote, per plan: the base of its next compare-and-swap. */
  const known = new Map<PlanId, number>();
  const stamp = () => now().toISOString();

  const get = (id: PlanId) => db.get('plans', id);
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  const changed = (id: PlanId) => channel?.postMessage(id);

  const library: PlanLibrary = {
    async list() {
      const all = await db.getAll('plans');
      const expired = all.filter((p) => isExpired(p, now()));
      for (const p of expired) await purge(db, p.id);
      return all.filter((p) => !isExpired(p, now())).map(listing);
    },

    async open(id) {
      const stored = await get(id);
      if (!stored || stored.deletedAt) return refused([{ where: '', reason: 'no such plan' }]);
      const plan = await upToDate(db, stored, stamp());
      if (!plan.ok) return plan;
      known.set(id, (await get(id))?.revision ?? 0);
      await db.put('meta', id, LAST_OPENED);
      return plan;
    },

    async lastOpenedId() {
      return ((await db.get('meta', LAST_OPENED)) as PlanId | undefined) ?? null;
    },

    async listingOf(id) {
      const stored = await get(id);
      return stored ? listing(stored) : null;
    },

    async save(plan) {
      const tx = db.transaction(['plans', 'versions', 'meta'], 'readwrite');
      const plans = tx.objectStore('plans');
      const stored = await plans.get(plan.id);
      const base = known.get(plan.id);
      if (stored && stored.revision !== base) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new RevisionConflictError(plan.id);
      }
      const revision = (stored?.revision ?? 0) + 1;
      const savedAt = stamp();
      await plans.put(record(plan, revision, savedAt));
      await tx.objectStore('meta').put(plan.id, LAST_OPENED);
      if (await isVersionDue(tx.objectStore('versions'), plan.id, now())) {
        await tx.objectStore('versions').add(version(plan, savedAt, 'saved'));
      }
      await tx.done;
      known.set(plan.id, revision);
      changed(plan.id);
      await prune(db, plan.id);
    },

    async replace(plan, reason) {
      await library.keepVersion(plan.id, reason);
      const stored = await get(plan.id);
      const revision = (stored?.revision ?? 0) + 1;
      await db.put('plans', record(plan, revision, stamp()));
      known.set(plan.id, revision);
      changed(plan.id);
    },

    async rename(id, name) {
      const stored = await get(id);
      if (!stored) return;
      const revision = stored.revision + 1;
      await db.put('plans', { ...stored, revision, plan: { ...(stored.plan as Plan), name } });
      if (known.has(id)) known.set(id, revision);
      changed(id);
    },

    async duplicate(id, copy) {
      const original = await library.open(id);
      if (!original.ok) throw new Error(`plan ${id} cannot be read`);
      const duplicate = copy(original.value);
      await db.put('plans', record(duplicate, 1, stamp()));
      known.set(duplicate.id, 1);
      return duplicate.id;
    },

    async remove(id) {
      const stored = await get(id);
      if (!stored) return;
      await db.put('plans', { ...stored, deletedAt: stamp(), revision: stored.revision + 1 });
      known.delete(id);
      if ((await db.get('meta', LAST_OPENED)) === id) await db.delete('meta', LAST_OPENED);
    },

    async restore(id) {
      const stored = await get(id);
      if (!stored) return;
      await db.put('plans', { ...stored, deletedAt: null, revision: stored.revision + 1 });
    },

    async versions(id) {
      const kept = await db.getAllFromIndex('versions', 'planId', id);
      return kept
        .filter((v): v is StoredVersion & { key: number } => v.key !== undefined)
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt) || b.key - a.key)
        .map((v) => ({
          key: v.key,
          savedAt: v.savedAt,
          reason: v.reason,
          name: String((v.plan as { name?: unknown }).name ?? ''),
          actionCount: Object.keys((v.plan as { actions?: object }).actions ?? {}).length,
        }));
    },

    async restoreVersion(id, key) {
      const kept = await db.get('versions', key);
      if (!kept || kept.planId !== id) return refused([{ where: '', reason: 'no such version' }]);
      const plan = await migrated(kept.plan, kept.version);
      if (!plan.ok) return plan;
      await library.replace(plan.value, 'before restore');
      return plan;
    },

    async keepVersion(id, reason) {
      const stored = await get(id);
      if (!stored) return;
      await db.add('versions', {
        planId: id,
        savedAt: stamp(),
        reason,
        version: stored.version,
        plan: stored.plan,
      });
      await prune(db, id);
    },

    onChangedElsewhere(listener) {
      channel?.addEventListener('message', (event: MessageEvent<PlanId>) => listener(event.data));
    },
  };
  return library;
}
