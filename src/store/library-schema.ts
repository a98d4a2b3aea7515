import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { PlanId } from '../domain/ids';

export const DB_NAME = 'termboard';
/** 1: plans and meta. 2: plans carry a revision and a deletion date; saved versions kept. */
export const DB_VERSION = 2;

/** One stored plan. `plan` is at schema `version`, which may be older than the app's. */
export interface StoredPlan {
  id: PlanId;
  version: number;
  /** Raised by every write: a save based on an older revision is refused. */
  revision: number;
  savedAt: string;
  /** Set while the plan sits in the library's deleted list, restorable. */
  deletedAt: string | null;
  plan: unknown;
}

export type VersionReason =
  'saved' | 'before import' | 'before migration' | 'before restore' | 'before delete';

export interface StoredVersion {
  key?: number;
  planId: PlanId;
  savedAt: string;
  reason: VersionReason;
  version: number;
  plan: unknown;
}

export interface TermboardDb extends DBSchema {
  plans: { key: string; value: StoredPlan };
  versions: { key: number; value: StoredVersion; indexes: { planId: string } };
  meta: { key: string; value: string };
}

type UpgradeTransaction = IDBPTransaction<TermboardDb, StoreNames<TermboardDb>[], 'versionchange'>;

export function upgradeDatabase(
  database: IDBPDatabase<TermboardDb>,
  oldVersion: number,
  _newVersion: number | null,
  tx: UpgradeTransaction,
): void {
  if (oldVersion < 1) {
    database.createObjectStore('plans', { keyPath: 'id' });
    database.createObjectStore('meta');
  }
  if (oldVersion < 2) {
    const versions = database.createObjectStore('versions', {
      keyPath: 'key',
      autoIncrement: true,
    });
    versions.createIndex('planId', 'planId');
    // Plans stored before revisions existed start at revision 1, none deleted.
    void tx
      .objectStore('plans')
      .openCursor()
      .then(function step(cursor): Promise<void> | undefined {
        if (!cursor) return undefined;
        void cursor.update({ ...cursor.value, revision: 1, deletedAt: null });
        return cursor.continue().then(step);
      });
  }
}
