import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActionId } from '../../../src/domain/ids';
import { samplePlan } from '../../../src/domain/sample-plan';
import { suggestSequence } from '../../../src/domain/suggest/suggest-sequence';
import { startAutosave } from '../../../src/store/autosave';
import { openPlanLibrary } from '../../../src/store/plan-library';
import { createPlanStore } from '../../../src/store/plan-store';

const PEER = 'act_2_7' as ActionId;
const LIBRARY = 'act_3_6' as ActionId;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
});

function previewed() {
  const store = createPlanStore(samplePlan());
  const base = store.getState().plan;
  store.getState().previewSuggestion(suggestSequence(base, 'unscheduled'));
  return { store, base };
}

describe('a suggestion on show', () => {
  it('shows its moves on the board, lit, and changes nothing else until applied', () => {
    const { store, base } = previewed();
    const state = store.getState();
    expect([PEER, LIBRARY].map((id) => state.plan.actions[id]?.month)).toEqual([
      '2027-07',
      '2027-07',
    ]);
    expect(state.highlight?.actionIds).toEqual([PEER, LIBRARY]);
    expect(state.preview?.base).toBe(base);
    expect(state.past).toEqual([]);
  });

  it('refuses other edits meanwhile, and says why', () => {
    const { store } = previewed();
    store.getState().moveActions(['act_1_1' as ActionId], '2026-10');
    expect(store.getState().plan.actions['act_1_1' as ActionId]?.month).toBe('2026-09');
    expect(store.getState().notice?.text).toBe('Apply or discard the suggestion first.');
  });

  it('applied, is one undo step back to the plan before it', () => {
    const { store, base } = previewed();
    store.getState().applySuggestion();
    expect(store.getState().preview).toBeNull();
    expect(store.getState().plan.actions[PEER]?.month).toBe('2027-07');
    expect(store.getState().past.map((e) => e.command)).toEqual(['applySuggestion']);
    store.getState().undo();
    expect(store.getState().plan).toBe(base);
  });

  it('discarded, or undone before it is applied, leaves the plan as it was with nothing to undo', () => {
    for (const leave of ['discardSuggestion', 'undo'] as const) {
      const { store, base } = previewed();
      store.getState()[leave]();
      expect(store.getState().plan).toBe(base);
      expect(store.getState().preview).toBeNull();
      expect(store.getState().past).toEqual([]);
    }
  });

  it('a second suggestion replaces the first, from the same plan', () => {
    const { store, base } = previewed();
    store.getState().previewSuggestion(suggestSequence(base, 'whole-plan'));
    expect(store.getState().preview?.base).toBe(base);
    expect(store.getState().preview?.suggestion.scope).toBe('whole-plan');
  });

  it('is not stored until it is applied', async () => {
    const library = await openPlanLibrary();
    const { store, base } = previewed();
    await library.save(base);
    startAutosave(store, library);
    store.getState().previewSuggestion(suggestSequence(base, 'whole-plan'));
    store.getState().discardSuggestion();
    store.getState().previewSuggestion(suggestSequence(base, 'unscheduled'));
    expect(store.getState().save.status).toBe('idle');
    store.getState().applySuggestion();
    await vi.waitFor(() => expect(store.getState().save.status).toBe('saved'));
    const stored = await library.open(base.id);
    expect(stored.ok && stored.value.actions[PEER]?.month).toBe('2027-07');
  });
});
