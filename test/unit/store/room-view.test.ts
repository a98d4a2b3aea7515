import { describe, expect, it } from 'vitest';
import { createPlanStore } from '../../../src/store/plan-store';
import { FIT, ZOOM_STEPS } from '../../../src/store/room-view';
import { samplePlan } from '../../../src/domain/sample-plan';

describe('the room view', () => {
  it('presents and leaves without touching the plan or its history', () => {
    const store = createPlanStore(samplePlan());
    const plan = store.getState().plan;
    store.getState().present(true);
    expect(store.getState().room.isPresenting).toBe(true);
    store.getState().present(false);
    expect(store.getState().room.isPresenting).toBe(false);
    expect(store.getState().plan).toBe(plan);
    expect(store.getState().past).toEqual([]);
  });

  it('turns pages within the plan', () => {
    const store = createPlanStore(samplePlan());
    store.getState().turnPage(-1, 2);
    expect(store.getState().room.presentPage).toBe(0);
    store.getState().turnPage(1, 2);
    store.getState().turnPage(1, 2);
    expect(store.getState().room.presentPage).toBe(1);
  });

  it('zooms a step at a time within its range, and back to fit', () => {
    const store = createPlanStore(samplePlan());
    const zoom = () => store.getState().room.zoom;
    store.getState().zoomBy(1);
    expect(zoom()).toBeGreaterThan(FIT);
    for (let i = 0; i < 20; i++) store.getState().zoomBy(1);
    expect(zoom()).toBe(ZOOM_STEPS[ZOOM_STEPS.length - 1]);
    for (let i = 0; i < 20; i++) store.getState().zoomBy(-1);
    expect(zoom()).toBe(ZOOM_STEPS[0]);
    store.getState().zoomBy(0);
    expect(zoom()).toBe(FIT);
  });
});
