import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/domain/calendar';
import type { EventId, TermId } from '../../../src/domain/ids';
import type { PlanCalendarChoice } from '../../../src/domain/plan';
import { samplePlan } from '../../../src/domain/sample-plan';
import { createPlanStore } from '../../../src/store/plan-store';
import { expectNoStep, expectOneStep } from './undo-steps';

const TRAINING = 'evt_training' as EventId; // "Trust feedback course", 8 January 2027

function sampleStore() {
  const store = createPlanStore(samplePlan());
  return { store, state: () => store.getState() };
}

const date = (text: string) => text as IsoDate;

describe('the plan’s own fields', () => {
  it('sets the organisation, trimmed, as one step', () => {
    const { store, state } = sampleStore();
    const plan = expectOneStep(store, 'setOrganisation', () =>
      state().setOrganisation('  Northfield Academy Trust '),
    );
    expect(plan.organisation).toBe('Northfield Academy Trust');
  });

  it('sets the team’s notes on the plan as one step', () => {
    const { store, state } = sampleStore();
    const plan = expectOneStep(store, 'setPlanNotes', () =>
      state().setPlanNotes('Shared with governors in March.'),
    );
    expect(plan.notes).toBe('Shared with governors in March.');
  });

  it('keeps an answer to a reflection question, and forgets a blank one, each as one step', () => {
    const { store, state } = sampleStore();
    let plan = expectOneStep(store, 'setReflectionAnswer', () =>
      state().setReflectionAnswer('momentum', 'A progress slot in every staff meeting'),
    );
    expect(plan.reflection).toEqual({ momentum: 'A progress slot in every staff meeting' });
    plan = expectOneStep(store, 'setReflectionAnswer', () =>
      state().setReflectionAnswer('momentum', '  '),
    );
    expect(plan.reflection).toEqual({});
  });

  it('sets how many actions one person may hold in a term as one step', () => {
    const { store, state } = sampleStore();
    const plan = expectOneStep(store, 'setMaxActionsPerOwner', () =>
      state().setMaxActionsPerOwner(6),
    );
    expect(plan.settings.maxActionsPerOwner).toBe(6);
    expectNoStep(store, () => state().setMaxActionsPerOwner(6));
  });
});

describe('setCalendar', () => {
  it('changes the template as one step', () => {
    const { store, state } = sampleStore();
    const plan = expectOneStep(store, 'setCalendar', () =>
      state().setCalendar({ templateId: 'scotland', terms: [] }),
    );
    expect(plan.calendar).toEqual({ templateId: 'scotland', terms: [] });
  });

  it('keeps a custom calendar’s terms as a copy of those given', () => {
    const { store, state } = sampleStore();
    const calendar: PlanCalendarChoice = {
      templateId: 'custom',
      terms: [
        {
          id: 'term-1' as TermId,
          name: 'Term 1',
          start: date('2026-09-01'),
          end: date('2026-12-18'),
        },
        {
          id: 'term-2' as TermId,
          name: 'Term 2',
          start: date('2027-01-04'),
          end: date('2027-07-20'),
        },
      ],
    };
    state().setCalendar(calendar);
    calendar.terms[0]!.name = 'Changed after';
    expect(store.getState().plan.calendar.terms.map((t) => t.name)).toEqual(['Term 1', 'Term 2']);
  });
});

describe('updateEvent', () => {
  it('changes an event and keeps the events in date order, as one step', () => {
    const { store, state } = sampleStore();
    const plan = expectOneStep(store, 'updateEvent', () =>
      state().updateEvent(TRAINING, {
        title: 'Trust reading course',
        date: date('2027-04-20'),
        end: date('2027-04-21'),
        topic: 'reading',
      }),
    );
    expect(plan.events.map((e) => [e.title, e.date, e.end, e.topic])).toEqual([
      ['Budget set', '2027-03-01', undefined, undefined],
      ['Trust reading course', '2027-04-20', '2027-04-21', 'reading'],
      ['External review', '2027-06-15', undefined, undefined],
    ]);
  });

  it('drops an end that is not after the start, so a period is never backwards', () => {
    const { store, state } = sampleStore();
    state().updateEvent(TRAINING, { end: date('2027-01-01') });
    expect(store.getState().plan.events.find((e) => e.id === TRAINING)).not.toHaveProperty('end');
  });

  it('makes no step for an event not in the plan', () => {
    const { store, state } = sampleStore();
    expectNoStep(store, () => state().updateEvent('evt_gone' as EventId, { title: 'x' }));
  });
});
