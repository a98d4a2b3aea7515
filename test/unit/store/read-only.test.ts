import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/domain/calendar';
import type { ActionId, EventId, PersonId, ProjectId, TermId } from '../../../src/domain/ids';
import { samplePlan } from '../../../src/domain/sample-plan';
import type { ActionCommands } from '../../../src/store/commands/action-commands';
import type { PeopleCommands } from '../../../src/store/commands/people-commands';
import type { ProjectCommands } from '../../../src/store/commands/project-commands';
import type { SettingsCommands } from '../../../src/store/commands/settings-commands';
import {
  createPlanStore,
  type AllCommands,
  type PlanCommands,
  type PlanState,
} from '../../../src/store/plan-store';
import { makePlan } from '../../fixtures/make-plan';

type Editing = SettingsCommands &
  ActionCommands &
  ProjectCommands &
  PeopleCommands &
  Pick<PlanCommands, 'moveAction' | 'importActions' | 'applyFix'>;

const SURVEY = 'act_5_1' as ActionId; // Staff workload survey
const AUDIT = 'act_2_1' as ActionId;
const POLICY = 'act_2_2' as ActionId; // waits on AUDIT
const OTHER = 'other_inspection';

/**
 * Every command that changes a plan, each called with arguments that do change the sample plan.
 * Typed as a full record, so a new command does not compile here until it is listed.
 */
const CALLS: { [K in keyof Editing]: (s: PlanState & AllCommands) => unknown } = {
  renamePlan: (s) => s.renamePlan('Renamed'),
  setOrganisation: (s) => s.setOrganisation('Another school'),
  setCalendar: (s) => s.setCalendar({ templateId: 'scotland', terms: [] }),
  setPlanNotes: (s) => s.setPlanNotes('Notes'),
  setReflectionAnswer: (s) => s.setReflectionAnswer('momentum', 'An answer'),
  setMaxActionsPerOwner: (s) => s.setMaxActionsPerOwner(6),
  setPhase: (s) => s.setPhase('silver'),
  setLength: (s) => s.setLength(18),
  setStartMonth: (s) => s.setStartMonth('2026-10'),
  setReviewDate: (s) => s.setReviewDate('2027-05-01' as IsoDate),
  setBufferMonths: (s) => s.setBufferMonths(4),
  setTermCapacity: (s) => s.setTermCapacity(null, 9),
  setWeight: (s) => s.setWeight('large', 4),
  setStrategic: (s) => s.setStrategic('prj_fbk' as ProjectId, true),
  addOtherPlan: (s) => s.addOtherPlan('Trust plan'),
  renameOtherPlan: (s) => s.renameOtherPlan(OTHER, 'Ofsted plan'),
  removeOtherPlan: (s) => s.removeOtherPlan(OTHER),
  setOtherPlanLoad: (s) => s.setOtherPlanLoad(OTHER, 'autumn-2026' as TermId, 3),
  addEvent: (s) => s.addEvent({ kind: 'holiday', title: 'Closure', date: '2026-10-23' as IsoDate }),
  updateEvent: (s) => s.updateEvent('evt_training' as EventId, { title: 'Course' }),
  removeEvent: (s) => s.removeEvent('evt_budget' as EventId),
  setRuleEnabled: (s) => s.setRuleEnabled('focus', false),
  addAction: (s) => s.addAction({ title: 'New note', month: null }),
  updateAction: (s) => s.updateAction(SURVEY, { notes: 'Edited' }),
  duplicateAction: (s) => s.duplicateAction(SURVEY),
  deleteActions: (s) => s.deleteActions([SURVEY]),
  moveActions: (s) => s.moveActions([SURVEY, AUDIT], '2027-03'),
  setProject: (s) => s.setProject([SURVEY], 'prj_att' as ProjectId),
  setOwner: (s) => s.setOwner([SURVEY], 'per_ho' as PersonId),
  setStatus: (s) => s.setStatus([SURVEY], 'met'),
  setPinned: (s) => s.setPinned([SURVEY, AUDIT], true),
  addDependency: (s) => s.addDependency(SURVEY, AUDIT),
  removeDependency: (s) => s.removeDependency(POLICY, AUDIT),
  addProject: (s) => s.addProject({ name: 'Parents as partners' }),
  updateProject: (s) => s.updateProject('prj_vis' as ProjectId, { name: 'Vision' }),
  moveProject: (s) => s.moveProject('prj_wel' as ProjectId, 0),
  deleteProject: (s) => s.deleteProject('prj_wel' as ProjectId, 'prj_att' as ProjectId),
  addPerson: (s) => s.addPerson({ name: 'Amara Nwosu' }),
  updatePerson: (s) => s.updatePerson('per_gl' as PersonId, { role: 'Deputy' }),
  removePerson: (s) => s.removePerson('per_gl' as PersonId, 'per_ho' as PersonId),
  moveAction: (s) => s.moveAction(SURVEY, { month: '2027-03' }),
  importActions: (s) => s.importActions(makePlan({ actions: [['Imported note', '2026-10']] })),
  applyFix: (s) => s.applyFix({ label: 'Move', moves: [{ actionId: SURVEY, month: '2027-03' }] }),
};

const commands = Object.entries(CALLS);

describe('a plan open read-only in this tab', () => {
  it.each(commands)('%s changes the plan when the tab may edit', (_, call) => {
    const store = createPlanStore(samplePlan());
    const before = store.getState().plan;
    call(store.getState());
    expect(store.getState().plan).not.toBe(before);
  });

  it.each(commands)('%s changes nothing and records no step when read-only', (_, call) => {
    const store = createPlanStore(samplePlan());
    store.getState().setAccess('read-only');
    const before = store.getState().plan;
    call(store.getState());
    expect(store.getState().plan).toBe(before);
    expect(store.getState().plan).toEqual(samplePlan());
    expect([store.getState().past, store.getState().future]).toEqual([[], []]);
  });

  it('neither undoes nor redoes', () => {
    const store = createPlanStore(samplePlan());
    store.getState().setStatus([SURVEY], 'met');
    store.getState().setStatus([AUDIT], 'met');
    store.getState().undo();
    const before = store.getState().plan;
    store.getState().setAccess('read-only');
    store.getState().undo();
    store.getState().redo();
    expect(store.getState().plan).toBe(before);
    expect([store.getState().past.length, store.getState().future.length]).toEqual([1, 1]);
  });
});
