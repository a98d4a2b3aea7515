import { describe, expect, it } from 'vitest';
import { selectNoteFace } from '../../../src/board/note-selectors';
import type { ActionId } from '../../../src/domain/ids';
import { samplePlan } from '../../../src/domain/sample-plan';
import { createPlanStore } from '../../../src/store/plan-store';

// In the sample plan "Agree the vision statement with governors" (1.3) depends on 1.1.
const vision = 'act_1_3' as ActionId;
const consultation = 'act_1_1' as ActionId;

describe('a pinned note', () => {
  it('says "pinned" after its title and status, and its name still starts with the title', () => {
    const store = createPlanStore(samplePlan());
    store.getState().setPinned([consultation], true);
    store.getState().setStatus([consultation], 'in-progress');
    const face = selectNoteFace(store.getState().plan, consultation);
    expect(face.isPinned).toBe(true);
    expect(face.label).toBe(
      'Launch the vision consultation with staff, In progress, pinned, ' +
        'A shared vision for learning, owner Helen Okafor',
    );
  });

  it('is drawn afresh when pinned or unpinned, and only that note is', () => {
    const store = createPlanStore(samplePlan());
    const before = store.getState().plan;
    store.getState().setPinned([consultation], true);
    const pinned = store.getState().plan;
    expect(selectNoteFace(pinned, consultation)).not.toBe(selectNoteFace(before, consultation));
    expect(selectNoteFace(pinned, vision)).toBe(selectNoteFace(before, vision));
    store.getState().setPinned([consultation], false);
    const face = selectNoteFace(store.getState().plan, consultation);
    expect([face.isPinned, face.label]).toEqual([
      false,
      'Launch the vision consultation with staff, A shared vision for learning, owner Helen Okafor',
    ]);
  });
});
