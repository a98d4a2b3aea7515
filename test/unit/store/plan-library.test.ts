import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { addDays, addMinutes } from 'date-fns';
import { openDB } from 'idb';
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ActionId, PlanId } from '../../../src/domain/ids';
import { samplePlan } from '../../../src/domain/sample-plan';
import { planSchema } from '../../../src/io/plan-file-schema';
import { VERSIONS_KEPT } from '../../../src/store/library-records';
import {
  DB_NAME,
  DB_VERSION,
  upgradeDatabase,
  type TermboardDb,
} from '../../../src/store/library-schema';
import { openPlanLibrary, RevisionConflictError } from '../../../src/store/plan-library';
import { makePlan } from '../../fixtures/make-plan';

let clock = new Date('2026-11-29T10:00:00Z');
const now = () => clock;
const later = (minutes: number) => (clock = addMinutes(clock, minutes));

beforeEach(() => {
  clock = new Date('2026-11-29T10:00:00Z');
  // A fresh, empty browser storage for each test.
  globalThis.indexedDB = new IDBFactory();
});

describe('the plan library', () => {
  it('lists every stored plan and remembers the last one opened', async () => {
    const library = await openPlanLibrary(now);
    const a = { ...samplePlan(), id: 'plan_a' as PlanId, name: 'Bronze 2026-27' };
    const b = { ...makePlan({}), id: 'plan_b' as PlanId, name: 'Inspection plan' };
    await library.save(a);
    await library.save(b);
    expect((await library.list()).map((p) => p.name).sort()).toEqual([
      'Bronze 2026-27',
      'Inspection plan',
    ]);
    expect(await library.lastOpenedId()).toBe('plan_b');
    const reopened = await openPlanLibrary(now);
    const opened = await reopened.open('plan_a' as PlanId);
    expect(opened.ok && opened.value).toEqual(a);
    expect(await reopened.lastOpenedId()).toBe('plan_a');
  });

  it('refuses a save based on a revision another tab has moved on from', async () => {
    const first = await openPlanLibrary(now);
    const plan = samplePlan();
    await first.save(plan);
    const second = await openPlanLibrary(now);
    const opened = await second.open(plan.id);
    expect(opened.ok).toBe(true);
    await second.save({ ...plan, name: 'Changed in the second tab' });
    await expect(first.save({ ...plan, name: 'Changed in the first tab' })).rejects.toBeInstanceOf(
      RevisionConflictError,
    );
    const stored = await (await openPlanLibrary(now)).open(plan.id);
    expect(stored.ok && stored.value.name).toBe('Changed in the second tab');
  });

  it('keeps a deleted plan restorable for 30 days, then forgets it', async () => {
    const library = await openPlanLibrary(now);
    const plan = samplePlan();
    await library.save(plan);
    await library.remove(plan.id);
    expect(await library.lastOpenedId()).toBeNull();
    expect((await library.list()).map((p) => p.deletedAt)).toEqual([clock.toISOString()]);
    expect((await library.open(plan.id)).ok).toBe(false);
    await library.restore(plan.id);
    expect((await library.open(plan.id)).ok).toBe(true);
    await library.remove(plan.id);
    clock = addDays(clock, 31);
    expect(await library.list()).toEqual([]);
    expect(await library.listingOf(plan.id)).toBeNull();
  });

  it('keeps a version at most every five minutes of saving, the newest 20', async () => {
    const library = await openPlanLibrary(now);
    const plan = samplePlan();
    await library.save(plan);
    later(1);
    await library.save({ ...plan, name: 'one minute later' });
    expect((await library.versions(plan.id)).map((v) => v.name)).toEqual([plan.name]);
    for (let i = 1; i <= VERSIONS_KEPT + 3; i++) {
      later(5);
      await library.save({ ...plan, name: `edit ${i}` });
    }
    const versions = await library.versions(plan.id);
    expect(versions).toHaveLength(VERSIONS_KEPT);
    expect(versions[0]?.name).toBe(`edit ${VERSIONS_KEPT + 3}`);
  });

  it('restores an earlier version, keeping the one it replaces', async () => {
    const library = await openPlanLibrary(now);
    const plan = samplePlan();
    await library.save(plan);
    later(10);
    const emptied = { ...plan, actions: {} };
    await library.save(emptied);
    const earlier = (await library.versions(plan.id)).find((v) => v.actionCount > 0);
    const restored = await library.restoreVersion(plan.id, earlier!.key);
    expect(restored.ok && Object.keys(restored.value.actions)).toHaveLength(
      Object.keys(plan.actions).length,
    );
    const reasons = (await library.versions(plan.id)).map((v) => v.reason);
    expect(reasons).toContain('before restore');
    // The tab that restored may go on saving.
    await library.save({ ...plan, name: 'after the restore' });
  });

  it('steps a plan stored at version 1 up to today, keeping the old one as a version', async () => {
    const db = await openDB('termboard', 1, {
      upgrade(database) {
        database.createObjectStore('plans', { keyPath: 'id' });
        database.createObjectStore('meta');
      },
    });
    // The sample plan as version 1 stored it: without the fields versions 2, 3 and 4 brought.
    const today = { ...samplePlan(), people: {} };
    const action = Object.values(today.actions)[0]!;
    today.actions = { [action.id]: action };
    const { timeLine, successCriteria, pinned, ...v1Action } = action;
    expect([timeLine, successCriteria, pinned]).toEqual(['', '', false]);
    const { notes, reflection, calendar, settings, ...rest } = today;
    expect([notes, reflection, calendar.terms]).toEqual(['', {}, []]);
    const { maxActionsPerOwner, ...v1Settings } = settings;
    expect(maxActionsPerOwner).toBe(4);
    const v1 = {
      ...rest,
      version: 1,
      calendar: { templateId: calendar.templateId },
      settings: v1Settings,
      actions: { [v1Action.id]: v1Action },
    };
    await db.put('plans', { id: v1.id, version: 1, savedAt: clock.toISOString(), plan: v1 });
    await db.put('meta', v1.id, 'lastOpenedPlanId');
    db.close();

    const library = await openPlanLibrary(now);
    expect(await library.lastOpenedId()).toBe(v1.id);
    const opened = await library.open(v1.id);
    expect(opened).toEqual({ ok: true, value: today });
    expect(opened.ok && v.safeParse(planSchema, opened.value).success).toBe(true);
    expect((await library.versions(v1.id)).map((v) => v.reason)).toEqual(['before migration']);
    await library.save({
      ...(opened.ok ? opened.value : v1),
      name: 'saved after migrating',
    } as never);
  });

  it('opens a plan stored at version 3, before pins, with every note unpinned', async () => {
    const db = await openDB<TermboardDb>(DB_NAME, DB_VERSION, { upgrade: upgradeDatabase });
    const today = samplePlan();
    const v3 = {
      ...today,
      version: 3,
      actions: Object.fromEntries(
        Object.entries(today.actions).map(([id, { pinned, ...rest }]) => {
          expect(pinned).toBe(false);
          return [id, rest];
        }),
      ),
    };
    const stored = { id: v3.id, version: 3, revision: 4, savedAt: clock.toISOString() };
    await db.put('plans', { ...stored, deletedAt: null, plan: v3 });
    db.close();

    const library = await openPlanLibrary(now);
    const opened = await library.open(v3.id);
    expect(opened).toEqual({ ok: true, value: today });
    expect(opened.ok && v.safeParse(planSchema, opened.value).success).toBe(true);
    const versions = await library.versions(v3.id);
    expect(versions.map((v) => v.reason)).toEqual(['before migration']);

    // Stored at today's version now: a pin saved after migrating comes back from storage.
    const first = Object.keys(today.actions)[0] as ActionId;
    const pinnedPlan = structuredClone(today);
    pinnedPlan.actions[first]!.pinned = true;
    later(1);
    await library.save(pinnedPlan);
    const again = await openPlanLibrary(now);
    expect(await again.open(v3.id)).toEqual({ ok: true, value: pinnedPlan });

    // The version kept from before the migration is stepped up again when restored.
    const restored = await again.restoreVersion(v3.id, versions[0]!.key);
    expect(restored).toEqual({ ok: true, value: today });
  });
});
