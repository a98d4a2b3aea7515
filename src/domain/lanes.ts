import type { PersonId, ProjectId } from './ids';
import type { Action, Plan } from './plan';
import { compareText } from './action-order';

export type LaneMode = 'none' | 'project' | 'owner';

/** Where a note sits across the board's rows; moving between lanes changes its project or owner. */
export type Lane =
  | { mode: 'none' }
  | { mode: 'project'; projectId: ProjectId }
  | { mode: 'owner'; ownerId: PersonId | null };

export interface LaneInfo {
  key: string;
  label: string;
  lane: Lane;
}

const NO_OWNER = 'no-owner';

export function laneKey(lane: Lane): string {
  switch (lane.mode) {
    case 'none':
      return 'all';
    case 'project':
      return lane.projectId;
    case 'owner':
      return lane.ownerId ?? NO_OWNER;
  }
}

export function laneOf(action: Action, mode: LaneMode): Lane {
  switch (mode) {
    case 'none':
      return { mode };
    case 'project':
      return { mode, projectId: action.projectId };
    case 'owner':
      // A note with several owners sits in its first owner's lane; the single-owner rule flags it.
      return { mode, ownerId: action.ownerIds[0] ?? null };
  }
}

export function lanesOf(plan: Plan, mode: LaneMode): LaneInfo[] {
  switch (mode) {
    case 'none':
      return [{ key: 'all', label: 'All actions', lane: { mode } }];
    case 'project':
      return plan.projectOrder.flatMap((id) => {
        const project = plan.projects[id];
        return project
          ? [{ key: id, label: `${project.code} ${project.name}`, lane: { mode, projectId: id } }]
          : [];
      });
    case 'owner': {
      const people = Object.values(plan.people).sort((a, b) => compareText(a.name, b.name));
      return [
        ...people.map((p) => ({
          key: p.id as string,
          label: p.name,
          lane: { mode, ownerId: p.id } as Lane,
        })),
        { key: NO_OWNER, label: 'No owner', lane: { mode, ownerId: null } },
      ];
    }
  }
}

/** Applies a lane to a note being moved into it. */
export function assignLane(action: Action, lane: Lane): void {
  if (lane.mode === 'project') action.projectId = lane.projectId;
  if (lane.mode === 'owner' && laneKey(laneOf(action, 'owner')) !== laneKey(lane)) {
    action.ownerIds = lane.ownerId ? [lane.ownerId] : [];
  }
}
