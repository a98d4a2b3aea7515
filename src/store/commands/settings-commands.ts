import type { IsoDate } from '../../domain/calendar';
import { newId, type EventId, type ProjectId, type TermId } from '../../domain/ids';
import type { MonthKey } from '../../domain/month';
import type {
  Phase,
  PlanCalendarChoice,
  PlanEvent,
  ReflectionQuestionId,
  RuleId,
  Size,
} from '../../domain/plan';
import type { Commit } from './commit';

/** The plan's settings, each change a named command and one undo step. */
export interface SettingsCommands {
  renamePlan(name: string): void;
  setOrganisation(organisation: string): void;
  setCalendar(calendar: PlanCalendarChoice): void;
  setPlanNotes(notes: string): void;
  setReflectionAnswer(question: ReflectionQuestionId, answer: string): void;
  setMaxActionsPerOwner(count: number): void;
  setPhase(phase: Phase): void;
  setLength(months: number): void;
  setStartMonth(month: MonthKey): void;
  setReviewDate(date: IsoDate | null): void;
  setBufferMonths(months: number): void;
  /** `termId` null sets the capacity every term has unless given its own. */
  setTermCapacity(termId: TermId | null, capacity: number): void;
  setWeight(size: Size, weight: number): void;
  setStrategic(projectId: ProjectId, isStrategic: boolean): void;
  addOtherPlan(name: string): void;
  renameOtherPlan(id: string, name: string): void;
  removeOtherPlan(id: string): void;
  setOtherPlanLoad(id: string, termId: TermId, load: number): void;
  addEvent(event: Omit<PlanEvent, 'id'>): void;
  updateEvent(id: EventId, changes: Partial<Omit<PlanEvent, 'id'>>): void;
  removeEvent(id: EventId): void;
  setRuleEnabled(ruleId: RuleId, isEnabled: boolean): void;
}

export function settingsCommands(commit: Commit): SettingsCommands {
  return {
    renamePlan: (name) =>
      commit('renamePlan', (plan) => {
        plan.name = name.trim() || plan.name;
      }),
    setOrganisation: (organisation) =>
      commit('setOrganisation', (plan) => {
        plan.organisation = organisation.trim();
      }),
    setCalendar: (calendar) =>
      commit('setCalendar', (plan) => {
        plan.calendar = structuredClone(calendar);
      }),
    setPlanNotes: (notes) =>
      commit('setPlanNotes', (plan) => {
        plan.notes = notes;
      }),
    setReflectionAnswer: (question, answer) =>
      commit('setReflectionAnswer', (plan) => {
        if (answer.trim()) plan.reflection[question] = answer;
        else delete plan.reflection[question];
      }),
    setMaxActionsPerOwner: (count) =>
      commit('setMaxActionsPerOwner', (plan) => {
        plan.settings.maxActionsPerOwner = count;
      }),
    setPhase: (phase) =>
      commit('setPhase', (plan) => {
        plan.phase = phase;
      }),
    setLength: (months) =>
      commit('setLength', (plan) => {
        plan.lengthMonths = months;
      }),
    setStartMonth: (month) =>
      commit('setStartMonth', (plan) => {
        plan.startMonth = month;
      }),
    setReviewDate: (date) =>
      commit('setReviewDate', (plan) => {
        const review = plan.events.find((e) => e.kind === 'review');
        if (!date) plan.events = plan.events.filter((e) => e.kind !== 'review');
        else if (review) review.date = date;
        else plan.events.push({ id: newId('evt'), kind: 'review', title: 'External review', date });
      }),
    setBufferMonths: (months) =>
      commit('setBufferMonths', (plan) => {
        plan.settings.bufferMonths = months;
      }),
    setTermCapacity: (termId, capacity) =>
      commit('setTermCapacity', (plan) => {
        if (termId === null) plan.settings.termCapacity = capacity;
        else if (capacity === plan.settings.termCapacity)
          delete plan.settings.capacityByTerm[termId];
        else plan.settings.capacityByTerm[termId] = capacity;
      }),
    setWeight: (size, weight) =>
      commit('setWeight', (plan) => {
        plan.settings.weights[size] = weight;
      }),
    setStrategic: (projectId, isStrategic) =>
      commit('setStrategic', (plan) => {
        const project = plan.projects[projectId];
        if (project) project.isStrategic = isStrategic;
      }),
    addOtherPlan: (name) =>
      commit('addOtherPlan', (plan) => {
        plan.settings.otherPlans.push({
          id: newId('other'),
          name: name.trim() || 'Other plan',
          loadByTerm: {},
        });
      }),
    renameOtherPlan: (id, name) =>
      commit('renameOtherPlan', (plan) => {
        const other = plan.settings.otherPlans.find((o) => o.id === id);
        if (other && name.trim()) other.name = name.trim();
      }),
    removeOtherPlan: (id) =>
      commit('removeOtherPlan', (plan) => {
        plan.settings.otherPlans = plan.settings.otherPlans.filter((o) => o.id !== id);
      }),
    setOtherPlanLoad: (id, termId, load) =>
      commit('setOtherPlanLoad', (plan) => {
        const other = plan.settings.otherPlans.find((o) => o.id === id);
        if (!other) return;
        if (load === 0) delete other.loadByTerm[termId];
        else other.loadByTerm[termId] = load;
      }),
    addEvent: (event) =>
      commit('addEvent', (plan) => {
        plan.events.push({ ...event, id: newId('evt') });
        plan.events.sort((a, b) => a.date.localeCompare(b.date));
      }),
    updateEvent: (id, changes) =>
      commit('updateEvent', (plan) => {
        const event = plan.events.find((e) => e.id === id);
        if (!event) return;
        Object.assign(event, changes);
        if (!event.end || event.end <= event.date) delete event.end;
        plan.events.sort((a, b) => a.date.localeCompare(b.date));
      }),
    removeEvent: (id) =>
      commit('removeEvent', (plan) => {
        plan.events = plan.events.filter((e) => e.id !== id);
      }),
    setRuleEnabled: (ruleId, isEnabled) =>
      commit('setRuleEnabled', (plan) => {
        const disabled = plan.settings.disabledRules.filter((r) => r !== ruleId);
        plan.settings.disabledRules = isEnabled ? disabled : [...disabled, ruleId];
      }),
  };
}
