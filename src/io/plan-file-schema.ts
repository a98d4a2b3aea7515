import * as v from 'valibot';
import type { IsoDate } from '../domain/calendar';
import type { ActionId, EventId, PersonId, PlanId, ProjectId, TermId } from '../domain/ids';
import { isMonthKey, type MonthKey } from '../domain/month';
import { CALENDAR_TEMPLATE_IDS, isIsoDate } from '../domain/calendar';
import { REFLECTION_QUESTION_IDS } from '../domain/reflection';
import { PLAN_VERSION, type ReflectionQuestionId, type RuleId } from '../domain/plan';

/*
 * The shape of a plan in a plan file at PLAN_VERSION. Every message is the reason a user reads
 * after the field's path (`projects.prj_vis.colour: expected a colour like #1f77b4`). The bounds
 * sit far above any real plan; they stop a hostile or broken file from tying up the browser.
 */

const MAX_ACTIONS = 10_000;
const MAX_PROJECTS = 100;
const MAX_PEOPLE = 2_000;
const MAX_EVENTS = 1_000;
const MAX_TERMS = 200;
const MAX_ID = 100;
const SHORT_TEXT = 500;
const LONG_TEXT = 20_000;

const count = (n: number) => n.toLocaleString('en-GB');

function text(max: number) {
  return v.pipe(
    v.string('expected text'),
    v.maxLength(max, `expected text of at most ${count(max)} characters`),
  );
}

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID;
const ID_REASON = `expected an id of 1 to ${MAX_ID} characters`;

function id<T extends string>() {
  return v.custom<T>(isId, ID_REASON);
}

/** A record's key: checked like an id, typed as the ids it files. */
function key<T extends string>() {
  return v.pipe(
    v.string(ID_REASON),
    v.minLength(1, ID_REASON),
    v.maxLength(MAX_ID, ID_REASON),
    v.transform((k) => k as T),
  );
}

function listOf<T extends v.GenericSchema>(item: T, max: number) {
  return v.pipe(
    v.array(item, 'expected a list'),
    v.maxLength(max, `expected at most ${count(max)} items`),
  );
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A record filed by id. */
function recordOf<K extends string, T extends v.GenericSchema>(item: T, max: number) {
  return v.pipe(
    // Valibot takes a JSON array for an object; a plan never has one where it has a record.
    v.custom<Record<string, unknown>>(isPlainObject, 'expected a record of entries by id'),
    v.record(key<K>(), item),
    v.maxEntries(max, `expected at most ${count(max)} entries`),
    // Valibot marks each entry of a record with branded keys optional; every entry here is there.
    v.transform((record) => record as Record<K, v.InferOutput<T>>),
  );
}

/** An object with these fields; each field it lacks is reported, at the field, as `missing`. */
function objectOf<T extends v.ObjectEntries>(entries: T, what: string) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, `expected ${what}`),
    v.object(entries, 'missing'),
  );
}

function wholeNumber(min: number, max: number) {
  const reason = `expected a whole number from ${count(min)} to ${count(max)}`;
  return v.pipe(
    v.number(reason),
    v.integer(reason),
    v.minValue(min, reason),
    v.maxValue(max, reason),
  );
}

function oneOf<const T extends readonly string[]>(options: T) {
  return v.picklist(options, `expected one of: ${options.join(', ')}`);
}

const yesOrNo = v.boolean('expected true or false');

const MONTH_REASON = 'expected a month like 2026-10';
const isMonth = (value: unknown): value is MonthKey =>
  typeof value === 'string' && isMonthKey(value);

const isDate = (value: unknown): value is IsoDate => typeof value === 'string' && isIsoDate(value);

const DATE_REASON = 'expected a date like 2027-06-15';

const colour = v.custom<string>(
  (value) => typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value),
  'expected a colour like #1f77b4',
);

function isLanguageTag(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 35) return false;
  try {
    Intl.getCanonicalLocales(value);
    return true;
  } catch {
    return false;
  }
}

const RULE_IDS = [
  'term-overload',
  'review-buffer',
  'dependency-order',
  'strategic-early',
  'training-first',
  'single-owner',
  'owner-load',
  'plan-length',
  'holiday-month',
  'focus',
  'unscheduled',
] as const satisfies readonly RuleId[];

const STATUSES = ['not-started', 'in-progress', 'met', 'partially-met', 'not-met'] as const;

const person = objectOf(
  {
    id: id<PersonId>(),
    name: text(SHORT_TEXT),
    initials: text(20),
    role: text(SHORT_TEXT),
    isGroup: yesOrNo,
    memberIds: listOf(id<PersonId>(), MAX_PEOPLE),
  },
  'a person',
);

const project = objectOf(
  {
    id: id<ProjectId>(),
    name: text(SHORT_TEXT),
    code: text(12),
    colour,
    isStrategic: yesOrNo,
    leadId: v.nullable(v.custom<PersonId>(isId, `${ID_REASON}, or null`)),
    description: text(LONG_TEXT),
    addresses: text(LONG_TEXT),
    indicators: text(SHORT_TEXT),
    judgement: text(SHORT_TEXT),
    successCriteria: text(LONG_TEXT),
    risks: text(LONG_TEXT),
  },
  'a project',
);

const action = objectOf(
  {
    id: id<ActionId>(),
    title: text(SHORT_TEXT),
    projectId: id<ProjectId>(),
    ownerIds: listOf(id<PersonId>(), 100),
    month: v.nullable(v.custom<MonthKey>(isMonth, `${MONTH_REASON}, or null when unscheduled`)),
    status: oneOf(STATUSES),
    kind: oneOf(['process', 'evidence']),
    size: oneOf(['small', 'medium', 'large']),
    dependsOn: listOf(id<ActionId>(), 1_000),
    reference: text(200),
    resources: text(LONG_TEXT),
    successCriteria: text(LONG_TEXT),
    monitoring: text(LONG_TEXT),
    notes: text(LONG_TEXT),
    tags: listOf(text(100), 100),
    timeLine: text(SHORT_TEXT),
    pinned: yesOrNo,
  },
  'an action',
);

const event = objectOf(
  {
    id: id<EventId>(),
    kind: oneOf(['review', 'training', 'planning', 'holiday']),
    title: text(SHORT_TEXT),
    date: v.custom<IsoDate>(isDate, DATE_REASON),
    end: v.optional(v.custom<IsoDate>(isDate, DATE_REASON)),
    topic: v.optional(text(SHORT_TEXT)),
  },
  'an event',
);

const term = objectOf(
  {
    id: id<TermId>(),
    name: text(100),
    start: v.custom<IsoDate>(isDate, DATE_REASON),
    end: v.custom<IsoDate>(isDate, DATE_REASON),
  },
  'a term',
);

const LOAD = 100_000;

const settings = objectOf(
  {
    termCapacity: wholeNumber(1, LOAD),
    capacityByTerm: recordOf<TermId, ReturnType<typeof wholeNumber>>(wholeNumber(1, LOAD), 1_000),
    bufferMonths: wholeNumber(0, 36),
    weights: objectOf(
      { small: wholeNumber(1, 1_000), medium: wholeNumber(1, 1_000), large: wholeNumber(1, 1_000) },
      'weights for small, medium and large',
    ),
    otherPlans: listOf(
      objectOf(
        {
          id: id<string>(),
          name: text(SHORT_TEXT),
          loadByTerm: recordOf<TermId, ReturnType<typeof wholeNumber>>(wholeNumber(0, LOAD), 1_000),
        },
        'another plan',
      ),
      50,
    ),
    maxProjects: wholeNumber(1, 1_000),
    maxActionsPerProject: wholeNumber(1, MAX_ACTIONS),
    maxActionsPerOwner: wholeNumber(1, MAX_ACTIONS),
    disabledRules: listOf(oneOf(RULE_IDS), RULE_IDS.length),
    locale: v.custom<string>(isLanguageTag, 'expected a language tag like en-GB'),
  },
  'settings',
);

export const planSchema = objectOf(
  {
    version: v.literal(PLAN_VERSION, `expected ${PLAN_VERSION}`),
    id: id<PlanId>(),
    name: text(SHORT_TEXT),
    organisation: text(SHORT_TEXT),
    phase: oneOf(['bronze', 'silver', 'gold', 'custom']),
    startMonth: v.custom<MonthKey>(isMonth, MONTH_REASON),
    lengthMonths: wholeNumber(1, 36),
    calendar: objectOf(
      { templateId: oneOf(CALENDAR_TEMPLATE_IDS), terms: listOf(term, MAX_TERMS) },
      'a calendar',
    ),
    projectOrder: listOf(id<ProjectId>(), MAX_PROJECTS),
    projects: recordOf<ProjectId, typeof project>(project, MAX_PROJECTS),
    actions: recordOf<ActionId, typeof action>(action, MAX_ACTIONS),
    people: recordOf<PersonId, typeof person>(person, MAX_PEOPLE),
    events: listOf(event, MAX_EVENTS),
    settings,
    notes: text(LONG_TEXT),
    reflection: objectOf(
      Object.fromEntries(
        REFLECTION_QUESTION_IDS.map((q) => [q, v.optional(text(LONG_TEXT))]),
      ) as Record<ReflectionQuestionId, v.OptionalSchema<ReturnType<typeof text>, undefined>>,
      'answers by question',
    ),
  },
  'a plan',
);
