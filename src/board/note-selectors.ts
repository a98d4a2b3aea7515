import type { ActionId } from '../domain/ids';
import type { Plan, Status } from '../domain/plan';
import { isStatusShown, STATUS_MARKS } from '../domain/status-marks';
import { shortName, titleList, waitingFor } from '../domain/waiting';
import type { Severity } from '../domain/rules/rule';
import type { LaneMode } from '../domain/lanes';
import { selectCell, selectNoteSeverity } from '../store/selectors';

const NO_PROJECT = { code: '?', colour: '#dddddd', name: 'No project' };

/** Everything a note shows, read once per plan. */
export interface NoteFace {
  id: ActionId;
  title: string;
  code: string;
  colour: string;
  initials: string;
  /** The accessible name: its title first, as every test and screen reader expects. */
  label: string;
  severity: Severity | undefined;
  status: Status;
  /** Pinned: Suggest keeps it in its month. */
  isPinned: boolean;
  /** The actions it waits for, as short as the note can say them (`after 1.3`); or empty. */
  waiting: string;
}

function noteProject(plan: Plan, id: ActionId) {
  const action = plan.actions[id];
  return (action && plan.projects[action.projectId]) || NO_PROJECT;
}

/** The owners' initials as shown on the note: `HO`, or `HO MB` when a note has several. */
function noteInitials(plan: Plan, id: ActionId): string {
  const action = plan.actions[id];
  return (action?.ownerIds ?? []).map((o) => plan.people[o]?.initials ?? '?').join(' ');
}

function noteLabel(plan: Plan, id: ActionId): string {
  const action = plan.actions[id];
  if (!action) return '';
  const owners = action.ownerIds.map((o) => plan.people[o]?.name ?? 'unknown person');
  const owner = owners.length ? `owner ${owners.join(' and ')}` : 'no owner';
  const status = isStatusShown(action.status) ? `, ${STATUS_MARKS[action.status].word}` : '';
  const before = waitingFor(plan, action);
  const waits = before.length ? `, waits for ${titleList(before)}` : '';
  const pinned = action.pinned ? ', pinned' : '';
  return `${action.title}${status}${pinned}, ${noteProject(plan, id).name}, ${owner}${waits}`;
}

function noteWaiting(plan: Plan, id: ActionId): string {
  const action = plan.actions[id];
  const before = action ? waitingFor(plan, action) : [];
  return before.length ? `after ${before.map(shortName).join(', ')}` : '';
}

function faceOf(plan: Plan, id: ActionId): NoteFace {
  const project = noteProject(plan, id);
  return {
    id,
    title: plan.actions[id]?.title ?? '',
    code: project.code,
    colour: project.colour,
    initials: noteInitials(plan, id),
    label: noteLabel(plan, id),
    severity: selectNoteSeverity(plan, id),
    status: plan.actions[id]?.status ?? 'not-started',
    isPinned: plan.actions[id]?.pinned ?? false,
    waiting: noteWaiting(plan, id),
  };
}

function sameFace(a: NoteFace, b: NoteFace): boolean {
  return (
    a.title === b.title &&
    a.code === b.code &&
    a.colour === b.colour &&
    a.initials === b.initials &&
    a.label === b.label &&
    a.severity === b.severity &&
    a.status === b.status &&
    a.isPinned === b.isPinned &&
    a.waiting === b.waiting
  );
}

const facesByPlan = new WeakMap<Plan, Map<ActionId, NoteFace>>();
// The face each note last showed: a plan change that leaves a note as it was hands back the same
// object, so that note is not redrawn.
const lastFaces = new Map<ActionId, NoteFace>();

/** What note `id` shows in `plan`; the same object for as long as it shows the same. */
export function selectNoteFace(plan: Plan, id: ActionId): NoteFace {
  let faces = facesByPlan.get(plan);
  if (!faces) facesByPlan.set(plan, (faces = new Map()));
  let face = faces.get(id);
  if (face) return face;
  face = faceOf(plan, id);
  const last = lastFaces.get(id);
  if (last && sameFace(last, face)) face = last;
  else lastFaces.set(id, face);
  faces.set(id, face);
  return face;
}

const cellFacesByPlan = new WeakMap<Plan, Map<string, readonly NoteFace[]>>();
// What each cell last showed, kept so that a cell whose notes all look the same gets the same
// array back and is not redrawn.
const lastCellFaces = new Map<string, readonly NoteFace[]>();

const sameFaces = (a: readonly NoteFace[], b: readonly NoteFace[]) =>
  a.length === b.length && a.every((face, i) => face === b[i]);

/** The faces of the notes in one cell (a month in a lane, or the tray), in board order. */
export function selectCellFaces(plan: Plan, mode: LaneMode, key: string): readonly NoteFace[] {
  let cells = cellFacesByPlan.get(plan);
  if (!cells) cellFacesByPlan.set(plan, (cells = new Map()));
  const cacheKey = `${mode}|${key}`;
  let faces = cells.get(cacheKey);
  if (faces) return faces;
  faces = selectCell(plan, mode, key).map((id) => selectNoteFace(plan, id));
  const last = lastCellFaces.get(cacheKey);
  if (last && sameFaces(last, faces)) faces = last;
  else lastCellFaces.set(cacheKey, faces);
  cells.set(cacheKey, faces);
  return faces;
}
