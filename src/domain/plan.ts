import type { CalendarTemplateId, IsoDate, Term } from './calendar';
import type { ActionId, EventId, PersonId, PlanId, ProjectId, TermId } from './ids';
import type { MonthKey } from './month';

/** Bumped whenever the stored shape of a plan changes; `migrate.ts` steps older plans up. */
export const PLAN_VERSION = 4;

export type Phase = 'bronze' | 'silver' | 'gold' | 'custom';

/** PRODUCT.md: Bronze plans run 12 months, Silver and Gold about 18. */
export const PHASE_LENGTH: Record<Exclude<Phase, 'custom'>, number> = {
  bronze: 12,
  silver: 18,
  gold: 18,
};

export type Status = 'not-started' | 'in-progress' | 'met' | 'partially-met' | 'not-met';

/** How much of a term an action takes; each size's weight is a plan setting. */
export type Size = 'small' | 'medium' | 'large';
export type Kind = 'process' | 'evidence';

/** A person accountable for actions, or a group (a team, the governors). */
export interface Person {
  id: PersonId;
  name: string;
  initials: string;
  /** What they do in the school ("English lead"), as a key of abbreviations gives it. */
  role: string;
  isGroup: boolean;
  /** A group's members, each a person of the directory; empty for a person. */
  memberIds: PersonId[];
}

export interface Project {
  id: ProjectId;
  name: string;
  /** 2-4 letters, printed on every note so colour is never the only cue. */
  code: string;
  colour: string;
  isStrategic: boolean;
  leadId: PersonId | null;
  description: string;
  /** The area of the self-assessment or audit the project answers. */
  addresses: string;
  /** The indicator references it works on, as the framework numbers them (`3.1, 3.4`). */
  indicators: string;
  /** The judgement the self-assessment made of that area. */
  judgement: string;
  /** Its intended impact, as measurable criteria. */
  successCriteria: string;
  risks: string;
}

/** One sticky note. */
export interface Action {
  id: ActionId;
  title: string;
  projectId: ProjectId;
  /** One owner is the rule; the list lets a plan say honestly that it has none or several. */
  ownerIds: PersonId[];
  /** `null` while the note sits in the Unscheduled tray. */
  month: MonthKey | null;
  status: Status;
  kind: Kind;
  size: Size;
  dependsOn: ActionId[];
  reference: string;
  /** People, time, materials and money, and whether each is new or reallocated. */
  resources: string;
  successCriteria: string;
  monitoring: string;
  notes: string;
  tags: string[];
  /**
   * The time-line as the team wrote it ("Autumn/spring 2027", "On-going") when it says more than
   * the month does; empty when the month says it all.
   */
  timeLine: string;
  /** Kept where it is by Suggest: the team has decided this note's month. */
  pinned: boolean;
}

export type PlanEventKind = 'review' | 'training' | 'planning' | 'holiday';

export interface PlanEvent {
  id: EventId;
  kind: PlanEventKind;
  title: string;
  date: IsoDate;
  /** The last day of a period (a holiday, a blackout); absent for a single day. */
  end?: IsoDate;
  /** For a training event: what it teaches, matched against actions by the training-first rule. */
  topic?: string;
}

/** A plan the school runs alongside this one: its load counts in each term, its notes are not here. */
export interface OtherPlan {
  id: string;
  name: string;
  loadByTerm: Partial<Record<TermId, number>>;
}

export type RuleId =
  | 'term-overload'
  | 'review-buffer'
  | 'dependency-order'
  | 'strategic-early'
  | 'training-first'
  | 'single-owner'
  | 'owner-load'
  | 'plan-length'
  | 'holiday-month'
  | 'focus'
  | 'unscheduled';

export interface Settings {
  termCapacity: number;
  capacityByTerm: Partial<Record<TermId, number>>;
  bufferMonths: number;
  weights: Record<Size, number>;
  otherPlans: OtherPlan[];
  /** More projects than this and a team loses focus. */
  maxProjects: number;
  /** More actions than this in one project and nobody can track them. */
  maxActionsPerProject: number;
  /** More actions than this for one person in one term and they will not all get done. */
  maxActionsPerOwner: number;
  disabledRules: RuleId[];
  locale: string;
}

/** The calendar a plan follows: a template, or the school's own terms when `custom`. */
export interface PlanCalendarChoice {
  templateId: CalendarTemplateId;
  /** The terms of a custom calendar in date order; empty for a template. */
  terms: Term[];
}

export type ReflectionQuestionId =
  | 'whole-plan'
  | 'length'
  | 'planning-cycle'
  | 'momentum'
  | 'obstacles'
  | 'support'
  | 'communication'
  | 'roles';

export interface Plan {
  version: typeof PLAN_VERSION;
  id: PlanId;
  name: string;
  organisation: string;
  phase: Phase;
  startMonth: MonthKey;
  lengthMonths: number;
  calendar: PlanCalendarChoice;
  projectOrder: ProjectId[];
  projects: Record<ProjectId, Project>;
  actions: Record<ActionId, Action>;
  people: Record<PersonId, Person>;
  events: PlanEvent[];
  settings: Settings;
  /** The team's own notes on the plan. */
  notes: string;
  /** Answers to the questions asked once a sequence is done, by question. */
  reflection: Partial<Record<ReflectionQuestionId, string>>;
}

/** PRODUCT.md: capacity 8 per term, 3 months kept free before the review, 6 projects at most. */
export const DEFAULT_SETTINGS: Settings = {
  termCapacity: 8,
  capacityByTerm: {},
  bufferMonths: 3,
  weights: { small: 1, medium: 2, large: 3 },
  otherPlans: [],
  maxProjects: 6,
  maxActionsPerProject: 12,
  maxActionsPerOwner: 4,
  disabledRules: [],
  locale: 'en-GB',
};

export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS);
}

export function weightOf(plan: Pick<Plan, 'settings'>, action: Pick<Action, 'size'>): number {
  return plan.settings.weights[action.size];
}

/** The date of the plan's external review, if one is expected. */
export function reviewDateOf(plan: Pick<Plan, 'events'>): IsoDate | null {
  return plan.events.find((e) => e.kind === 'review')?.date ?? null;
}
