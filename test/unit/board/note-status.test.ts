import { describe, expect, it } from 'vitest';
import { selectNoteFace } from '../../../src/board/note-selectors';
import type { ActionId } from '../../../src/domain/ids';
import { samplePlan } from '../../../src/domain/sample-plan';
import { createPlanStore } from '../../../src/store/plan-store';

// In the sample plan "Agree the vision statement with governors" (1.3) depends on 1.1.
const vision = 'act_1_3' as ActionId;
const consultation = 'act_1_1' as ActionId;

describe('a note’s status and what it waits for', () => {
  it('says what it waits for on its face, by reference, and in its name, by title', () => {
    const face = selectNoteFace(samplePlan(), vision);
    expect(face.waiting).toBe('after 1.1');
    expect(face.label).toBe(
      'Agree the vision statement with governors, A shared vision for learning, ' +
        "owner Governing body, waits for 'Launch the vision consultation with staff'",
    );
  });

  it('names its status after its title once work has started, and waits no longer', () => {
    const store = createPlanStore(samplePlan());
    store.getState().setStatus([consultation], 'met');
    store.getState().setStatus([vision], 'in-progress');
    const face = selectNoteFace(store.getState().plan, vision);
    expect(face.status).toBe('in-progress');
    expect(face.waiting).toBe('');
    expect(face.label).toBe(
      'Agree the vision statement with governors, In progress, A shared vision for learning, ' +
        'owner Governing body',
    );
  });

  it('leaves a note that has not started saying nothing about it', () => {
    const face = selectNoteFace(samplePlan(), consultation);
    expect(face.label).toBe(
      'Launch the vision consultation with staff, A shared vision for learning, owner Helen Okafor',
    );
  });
});
