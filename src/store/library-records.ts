import { differenceInCalendarDays, differenceInMinutes } from 'date-fns';
import type { IDBPDatabase, IDBPObjectStore } from 'idb';
import type { PlanId } from '../domain/ids';
import type { MonthKey } from '../domain/month';
import { PLAN_VERSION, type Plan } from '../domain/plan';
import { ok, type Result } from '../domain/result';
import type { StoredPlan, StoredVersion, TermboardDb, VersionReason } from './library-schema';
import type { PlanListing } from './plan-library';

/** Saved versions kept per plan, besides those taken before an import, migration or delete. */
export const VERSIONS_KEPT = 20;
/** While someone edits, a version is kept at most this often, so 20 versions span a meeting. */
const VERSION_EVERY_MINUTES = 5;
/** A deleted plan can be restored for this long, then it is gone. */
export const DELETED_KEEP_DAYS = 30;

export function record(plan: Plan, revision: number, savedAt: string): StoredPlan {
  return { id: plan.id, version: PLAN_VERSION, revision, savedAt, deletedAt: null, plan };
}

export function version(plan: Plan, savedAt: string, reason: VersionReason): StoredVersion {
  return { planId: plan.id, savedAt, reason, version: PLAN_VERSION, plan };
}

export function listing(stored: StoredPlan): PlanListing {
  const plan = stored.plan as Partial<Plan>;
  return {
    id: stored.id,
    name: plan.name ?? 'Untitled plan',
    organisation: plan.organisation ?? '',
    phase: plan.phase ?? 'custom',
    startMonth: plan.startMonth ?? ('2026-09' as MonthKey),
    lengthMonths: plan.lengthMonths ?? 12,
    savedAt: stored.savedAt,
    deletedAt: stored.deletedAt,
  };
}

export function isExpired(stored: StoredPlan, now: Date): boolean {
  return (
    stored.deletedAt !== null &&
    differenceInCalendarDays(now, new Date(stored.deletedAt)) > DELETED_KEEP_DAYS
  );
}

/** An older stored plan is kept as a version, then stepped up and stored at today's version. */
export async function upToDate(
  db: IDBPDatabase<TermboardDb>,
  stored: StoredPlan,
  savedAt: string,
): Promise<Result<Plan>> {
  if (stored.version === PLAN_VERSION) return ok(stored.plan as Plan);
  const plan = await migrated(stored.plan, stored.version);
  if (!plan.ok) return plan;
  const tx = db.transaction(['plans', 'versions'], 'readwrite');
  await tx.objectStore('versions').add({
    planId: stored.id,
    savedAt,
    reason: 'before migration',
    version: stored.version,
    plan: stored.plan,
  });
  await tx
    .objectStore('plans')
    .put({ ...record(plan.value, stored.revision + 1, savedAt), savedAt: stored.savedAt });
  await tx.done;
  return plan;
}

export async function isVersionDue(
  versions: IDBPObjectStore<
    TermboardDb,
    ('plans' | 'versions' | 'meta')[],
    'versions',
    'readwrite'
  >,
  id: PlanId,
  now: Date,
): Promise<boolean> {
  const saved = (await versions.index('planId').getAll(id)).filter((v) => v.reason === 'saved');
  const newest = saved.reduce<string | null>(
    (latest, v) => (latest === null || v.savedAt > latest ? v.savedAt : latest),
    null,
  );
  return newest === null || differenceInMinutes(now, new Date(newest)) >= VERSION_EVERY_MINUTES;
}

/** Keeps the newest VERSIONS_KEPT versions of each reason for a plan. */
export async function prune(db: IDBPDatabase<TermboardDb>, id: PlanId): Promise<void> {
  const kept = await db.getAllFromIndex('versions', 'planId', id);
  const saved = kept.filter((v) => v.reason === 'saved');
  const taken = kept.filter((v) => v.reason !== 'saved');
  const tx = db.transaction('versions', 'readwrite');
  for (const group of [saved, taken]) {
    const oldest = group
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt) || (b.key ?? 0) - (a.key ?? 0))
      .slice(VERSIONS_KEPT);
    for (const v of oldest) if (v.key !== undefined) await tx.store.delete(v.key);
  }
  await tx.done;
}

export async function purge(db: IDBPDatabase<TermboardDb>, id: PlanId): Promise<void> {
  const tx = db.transaction(['plans', 'versions'], 'readwrite');
  await tx.objectStore('plans').delete(id);
  const keys = await tx.objectStore('versions').index('planId').getAllKeys(id);
  for (const key of keys) await tx.objectStore('versions').delete(key);
  await tx.done;
}

/**
 * A plan stored at an older version, stepped up. The steps load only when a plan needs them,
 * which is rarely, so they are not part of start-up.
 */
export async function migrated(plan: unknown, version: number): Promise<Result<Plan>> {
  if (version === PLAN_VERSION) return ok(plan as Plan);
  const { migratePlan } = await import('../domain/migrate');
  return migratePlan(plan, version);
}
