import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActionId } from '../../../src/domain/ids';
import { samplePlan } from '../../../src/domain/sample-plan';
import { startAutosave } from '../../../src/store/autosave';
import { openPlanLibrary, type PlanLibrary } from '../../../src/store/plan-library';
import { createPlanStore, type PlanStore } from '../../../src/store/plan-store';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  // Autosave listens for the page being hidden or left; the tests run outside a browser.
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
});

/** A store whose plan is stored, autosaving into the library. */
async function savedBoard(): Promise<{ store: PlanStore; library: PlanLibrary }> {
  const library = await openPlanLibrary();
  const plan = samplePlan();
  await library.save(plan);
  const store = createPlanStore(plan);
  startAutosave(store, library);
  return { store, library };
}

async function settled(store: PlanStore) {
  await vi.waitFor(() => expect(store.getState().save.status).toBe('saved'));
}

const reasons = async (library: PlanLibrary, store: PlanStore) =>
  (await library.versions(store.getState().plan.id)).map((v) => v.reason);

describe('autosave keeps the plan as it was before a big change', () => {
  it('keeps a version before several actions are deleted at once, holding them all', async () => {
    const { store, library } = await savedBoard();
    const ids = Object.keys(store.getState().plan.actions).slice(0, 3) as ActionId[];
    store.getState().deleteActions(ids);
    await settled(store);
    const versions = await library.versions(store.getState().plan.id);
    expect(versions.map((v) => v.reason)).toContain('before delete');
    const before = versions.find((v) => v.reason === 'before delete')!;
    expect(before.actionCount).toBe(Object.keys(samplePlan().actions).length);
  });

  it('keeps none for one deleted action, a move or an undo', async () => {
    const { store, library } = await savedBoard();
    const [first] = Object.keys(store.getState().plan.actions) as ActionId[];
    store.getState().deleteActions([first!]);
    await settled(store);
    store.getState().undo();
    await settled(store);
    store.getState().moveActions([first!], '2027-03');
    await settled(store);
    expect(await reasons(library, store)).not.toContain('before delete');
  });

  it('keeps a version before an import adds actions to the plan', async () => {
    const { store, library } = await savedBoard();
    const other = samplePlan();
    store.getState().importActions(other);
    await settled(store);
    expect(await reasons(library, store)).toContain('before import');
  });
});
