import type { IsoDate } from './calendar';
import { byId } from './by-id';
import { createAction, createProject } from './create-plan';
import type { ActionId, EventId, PersonId, PlanId, ProjectId, TermId } from './ids';
import type { MonthKey } from './month';
import {
  defaultSettings,
  PLAN_VERSION,
  type Action,
  type Kind,
  type Person,
  type Plan,
  type Project,
} from './plan';

/*
 * The plan a first visit opens: an invented secondary school's Bronze plan. It is built to show
 * what the board does at a glance: Spring 2027 holds 11 actions, and 2 more from the school's
 * inspection plan, against a capacity of 8; one action sits inside the three months before the
 * June review, one is owned by a group, one has no owner, and two are still unscheduled; July
 * has room for both, which is where Suggest puts them.
 */

const people: Person[] = [
  {
    id: 'per_ho' as PersonId,
    name: 'Helen Okafor',
    initials: 'HO',
    role: 'Headteacher',
    isGroup: false,
    memberIds: [],
  },
  {
    id: 'per_mb' as PersonId,
    name: 'Łukasz Bell',
    initials: 'ŁB',
    role: 'Deputy headteacher',
    isGroup: false,
    memberIds: [],
  },
  {
    id: 'per_ps' as PersonId,
    name: 'Zoë Price',
    initials: 'ZP',
    role: 'English lead',
    isGroup: false,
    memberIds: [],
  },
  {
    id: 'per_tr' as PersonId,
    name: 'Nguyễn Thu Trang',
    initials: 'NT',
    role: 'SENCo',
    isGroup: false,
    memberIds: [],
  },
  {
    id: 'per_gl' as PersonId,
    name: 'Gemma Lyons',
    initials: 'GL',
    role: 'Maths lead',
    isGroup: false,
    memberIds: [],
  },
  {
    id: 'per_sc' as PersonId,
    name: 'Siân Carter',
    initials: 'SC',
    role: 'Family liaison officer',
    isGroup: false,
    memberIds: [],
  },
  {
    id: 'per_gov' as PersonId,
    name: 'Governing body',
    initials: 'GOV',
    role: '',
    isGroup: true,
    memberIds: [],
  },
  {
    id: 'per_hod' as PersonId,
    name: 'Heads of department',
    initials: 'HoD',
    role: '',
    isGroup: true,
    memberIds: [],
  },
];

const projects: Project[] = [
  createProject({
    id: 'prj_vis' as ProjectId,
    name: 'A shared vision for learning',
    code: 'VIS',
    colour: '#332288',
    isStrategic: true,
    leadId: 'per_ho' as PersonId,
    description: 'Agree with staff, students and governors what good learning looks like here.',
  }),
  createProject({
    id: 'prj_fbk' as ProjectId,
    name: 'Feedback that moves learning on',
    code: 'FBK',
    colour: '#CC6677',
    leadId: 'per_mb' as PersonId,
  }),
  createProject({
    id: 'prj_rdg' as ProjectId,
    name: 'Reading across the curriculum',
    code: 'RDG',
    colour: '#DDCC77',
    leadId: 'per_tr' as PersonId,
  }),
  createProject({
    id: 'prj_att' as ProjectId,
    name: 'Attendance and punctuality',
    code: 'ATT',
    colour: '#117733',
    leadId: 'per_gl' as PersonId,
  }),
  createProject({
    id: 'prj_wel' as ProjectId,
    name: 'Staff wellbeing and workload',
    code: 'WEL',
    colour: '#88CCEE',
    leadId: 'per_sc' as PersonId,
  }),
];

type Row = [
  ref: string,
  title: string,
  project: string,
  owner: string | null,
  month: string | null,
  extra?: Partial<Action> & { after?: string[]; kind?: Kind },
];

const rows: Row[] = [
  ['1.1', 'Launch the vision consultation with staff', 'vis', 'ho', '2026-09'],
  ['3.1', 'Baseline reading ages for Year 7', 'rdg', 'tr', '2026-09', { kind: 'evidence' }],
  ['4.1', 'Publish attendance expectations to families', 'att', 'gl', '2026-09'],
  ['1.2', 'Student voice on what helps learning', 'vis', 'ps', '2026-10'],
  ['2.1', 'Audit feedback in exercise books', 'fbk', 'mb', '2026-10'],
  ['1.3', 'Agree the vision statement with governors', 'vis', 'gov', '2026-11', { after: ['1.1'] }],
  ['5.1', 'Staff workload survey', 'wel', 'sc', '2026-11'],
  ['2.2', 'Draft the feedback policy', 'fbk', 'mb', '2026-12', { after: ['2.1'] }],
  ['2.3', 'Feedback training for all staff', 'fbk', 'ps', '2027-01', { after: ['2.2'] }],
  ['3.2', 'Form reading champions in each department', 'rdg', 'tr', '2027-01'],
  ['4.2', 'Daily attendance calls from 8:30', 'att', 'gl', '2027-01'],
  ['5.2', 'Meeting-free week each half term', 'wel', 'sc', '2027-01'],
  ['2.4', 'Trial whole-class feedback in English and maths', 'fbk', 'hod', '2027-02'],
  ['3.3', 'Tutor-time reading programme starts', 'rdg', 'tr', '2027-02', { after: ['3.2'] }],
  ['4.3', 'Attendance panel for persistent absence', 'att', 'gl', '2027-02'],
  ['1.4', 'Embed the vision in the curriculum intent', 'vis', null, '2027-02', { after: ['1.3'] }],
  ['2.5', 'Adopt the feedback policy', 'fbk', 'mb', '2027-03', { after: ['2.4'] }],
  ['3.4', 'Reading strategy CPD for departments', 'rdg', 'tr', '2027-03'],
  ['4.4', 'Rewards for improved attendance', 'att', 'gl', '2027-03'],
  ['5.3', 'Second staff workload survey', 'wel', 'sc', '2027-05', { kind: 'evidence' }],
  [
    '2.6',
    'Evaluate the impact of the feedback policy',
    'fbk',
    'ps',
    '2027-07',
    { kind: 'evidence' },
  ],
  ['3.5', 'Re-test reading ages', 'rdg', 'tr', '2027-07', { kind: 'evidence', after: ['3.1'] }],
  ['4.5', 'Attendance review with governors', 'att', 'gl', '2027-07'],
  ['1.5', 'Draft the next-phase plan', 'vis', 'ho', '2027-07'],
  ['5.4', 'Agree the staff’s wellbeing charter', 'wel', 'sc', '2027-07'],
  ['2.7', 'Peer observation of feedback practice', 'fbk', 'ps', null],
  ['3.6', 'Library refit for reading for pleasure', 'rdg', 'tr', null],
];

const idOfRef = (ref: string) => `act_${ref.replace('.', '_')}` as ActionId;

const actions: Action[] = rows.map(([ref, title, project, owner, month, extra = {}]) => {
  const { after = [], ...fields } = extra;
  return createAction({
    ...fields,
    id: idOfRef(ref),
    reference: ref,
    title,
    projectId: `prj_${project}` as ProjectId,
    ownerIds: owner ? [`per_${owner}` as PersonId] : [],
    month: month as MonthKey | null,
    dependsOn: after.map(idOfRef),
  });
});

/** A fresh copy each call: the store freezes the plans it holds, and callers may edit theirs. */
export function samplePlan(): Plan {
  return structuredClone({
    version: PLAN_VERSION,
    id: 'plan_sample' as PlanId,
    name: 'Bronze plan 2026-27',
    organisation: 'Northfield Community High School',
    phase: 'bronze',
    startMonth: '2026-09',
    lengthMonths: 12,
    calendar: { templateId: 'england', terms: [] },
    projectOrder: projects.map((p) => p.id),
    projects: byId(projects),
    actions: byId(actions),
    people: byId(people),
    events: [
      {
        id: 'evt_review' as EventId,
        kind: 'review',
        title: 'External review',
        date: '2027-06-15' as IsoDate,
      },
      {
        id: 'evt_training' as EventId,
        kind: 'training',
        title: 'Trust feedback course',
        date: '2027-01-08' as IsoDate,
        topic: 'feedback',
      },
      {
        id: 'evt_budget' as EventId,
        kind: 'planning',
        title: 'Budget set',
        date: '2027-03-01' as IsoDate,
      },
    ],
    settings: {
      ...defaultSettings(),
      otherPlans: [
        {
          id: 'other_inspection',
          name: 'Inspection action plan',
          loadByTerm: { ['spring-2027' as TermId]: 2 },
        },
      ],
    },
    notes: '',
    reflection: {},
  } satisfies Plan);
}
