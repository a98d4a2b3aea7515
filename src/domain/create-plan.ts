import type { CalendarTemplateId, IsoDate, Term } from './calendar';
import { newId } from './ids';
import type { MonthKey } from './month';
import {
  defaultSettings,
  PLAN_VERSION,
  type Action,
  type Phase,
  type Person,
  type Plan,
  type Project,
} from './plan';

export interface NewPlanInput {
  name: string;
  organisation?: string;
  phase: Phase;
  startMonth: MonthKey;
  lengthMonths: number;
  reviewDate?: IsoDate | null;
  calendar?: CalendarTemplateId;
  /** The school's own terms, for a custom calendar. */
  customTerms?: Term[];
}

export function createPlan(input: NewPlanInput): Plan {
  return {
    version: PLAN_VERSION,
    id: newId<'PlanId'>('plan'),
    name: input.name.trim() || 'Untitled plan',
    organisation: input.organisation?.trim() ?? '',
    phase: input.phase,
    startMonth: input.startMonth,
    lengthMonths: input.lengthMonths,
    calendar: { templateId: input.calendar ?? 'england', terms: input.customTerms ?? [] },
    projectOrder: [],
    projects: {},
    actions: {},
    people: {},
    events: input.reviewDate
      ? [
          {
            id: newId<'EventId'>('evt'),
            kind: 'review',
            title: 'External review',
            date: input.reviewDate,
          },
        ]
      : [],
    settings: defaultSettings(),
    notes: '',
    reflection: {},
  };
}

/** A note with every optional field at its default. */
export function createAction(
  fields: Pick<Action, 'id' | 'title' | 'projectId'> & Partial<Action>,
): Action {
  return {
    ownerIds: [],
    month: null,
    status: 'not-started',
    kind: 'process',
    size: 'small',
    dependsOn: [],
    reference: '',
    resources: '',
    successCriteria: '',
    monitoring: '',
    notes: '',
    tags: [],
    timeLine: '',
    pinned: false,
    ...fields,
  };
}

export function createProject(
  fields: Pick<Project, 'id' | 'name' | 'code' | 'colour'> & Partial<Project>,
): Project {
  return {
    isStrategic: false,
    leadId: null,
    description: '',
    addresses: '',
    indicators: '',
    judgement: '',
    successCriteria: '',
    risks: '',
    ...fields,
  };
}

export function createPerson(
  fields: Pick<Person, 'id' | 'name' | 'initials'> & Partial<Person>,
): Person {
  return { role: '', isGroup: false, memberIds: [], ...fields };
}
