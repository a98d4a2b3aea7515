import type { IsoDate } from './calendar';
import { byId } from './by-id';
import { createAction, createProject } from './create-plan';
import type { ActionId, EventId, PersonId, PlanId, ProjectId, TermId } from './ids';
import { monthRange } from './month';
import { PROJECT_PALETTE } from './palette';
import { defaultSettings, PLAN_VERSION, type Person, type Plan, type Size } from './plan';

/** A small seeded generator (mulberry32): the same seed gives the same plan on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = [
  'Audit',
  'Agree',
  'Train staff on',
  'Review',
  'Trial',
  'Launch',
  'Evaluate',
  'Share',
  'Plan',
  'Embed',
];
const TOPICS = [
  'feedback',
  'reading',
  'attendance',
  'homework',
  'behaviour',
  'vocabulary',
  'marking',
  'transition',
];
const PLACES = [
  'in Year 7',
  'across KS3',
  'with governors',
  'with parents',
  'in maths',
  'in English',
  'in science',
];

/**
 * A realistic plan of `count` notes for measuring the board: 6 projects over 18 months, owners,
 * dependencies on earlier notes, other plans' load, a review date and a few unscheduled notes.
 */
export function generatedPlan(count: number, seed = 1): Plan {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const months = monthRange('2026-09', 18);

  const projects = Array.from({ length: 6 }, (_, i) =>
    createProject({
      id: `prj_${i + 1}` as ProjectId,
      name: `${pick(['Improve', 'Develop', 'Strengthen'])} ${TOPICS[i]}`,
      code: TOPICS[i]!.slice(0, 3).toUpperCase(),
      colour: PROJECT_PALETTE[i]!,
      isStrategic: i === 0,
    }),
  );
  const people: Person[] = Array.from({ length: 24 }, (_, i) => ({
    id: `per_${i + 1}` as PersonId,
    name: `Staff member ${i + 1}`,
    initials: `S${i + 1}`,
    role: '',
    isGroup: i >= 22,
    memberIds: [],
  }));

  const ids: ActionId[] = [];
  const actions = Array.from({ length: count }, (_, i) => {
    const id = `act_${i + 1}` as ActionId;
    const project = projects[i % projects.length]!;
    const isUnscheduled = next() < 0.05;
    const dependsOn = ids.length > 0 && next() < 0.3 ? [pick(ids)] : [];
    ids.push(id);
    return createAction({
      id,
      title: `${pick(VERBS)} ${pick(TOPICS)} ${pick(PLACES)}`,
      projectId: project.id,
      ownerIds: next() < 0.03 ? [] : [pick(people).id],
      month: isUnscheduled ? null : pick(months),
      size: pick<Size>(['small', 'small', 'small', 'medium', 'large']),
      dependsOn,
      reference: `${(i % projects.length) + 1}.${Math.floor(i / projects.length) + 1}`,
    });
  });

  return {
    version: PLAN_VERSION,
    id: `plan_generated_${count}_${seed}` as PlanId,
    name: `Generated plan, ${count} notes`,
    organisation: 'Benchmark Academy',
    phase: 'silver',
    startMonth: '2026-09',
    lengthMonths: 18,
    calendar: { templateId: 'england', terms: [] },
    projectOrder: projects.map((p) => p.id),
    projects: byId(projects),
    actions: byId(actions),
    people: byId(people),
    notes: '',
    reflection: {},
    events: [
      {
        id: 'evt_review' as EventId,
        kind: 'review',
        title: 'External review',
        date: '2027-11-15' as IsoDate,
      },
    ],
    settings: {
      ...defaultSettings(),
      // About the load of a term: overloaded terms appear, as in real plans, without every term over.
      termCapacity: Math.ceil((count * 1.6) / 5),
      otherPlans: [
        {
          id: 'other_inspection',
          name: 'Inspection action plan',
          loadByTerm: {
            ['spring-2027' as TermId]: Math.ceil(count / 40),
            ['autumn-2027' as TermId]: 2,
          },
        },
      ],
    },
  };
}
