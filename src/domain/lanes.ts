import type { PersonId, ProjectId } from './ids';
import type { Action, Plan } from './plan';
import { compareText } from './action-order';
import { planTags } from './action-filter';

export type LaneMode = 'none' | 'project' | 'owner' | 'tag';

/**
 * Where a note sits across the board's rows; moving between lanes changes its project, owner or
 * tag.
 */
export type Lane =
  | { mode: 'none' }
  | { mode: 'project'; projectId: ProjectId }
  | { mode: 'owner'; ownerId: PersonId | null }
  | { mode: 'tag'; tag: string | null };

export interface LaneInfo {
  key: string;
  label: string;
  lane: Lane;
}

const NO_OWNER = 'no-owner';
const NO_TAG = 'no-tag';

export function laneKey(lane: Lane): string {
  switch (lane.mode) {
    case 'none':
      return 'all';
    case 'project':
      return lane.projectId;
    case 'owner':
      return lane.ownerId ?? NO_OWNER;
    case 'tag':
      // Tags are free text: the prefix keeps a tag spelled "no-tag" apart from the untagged lane.
      return lane.tag === null ? NO_TAG : `tag:${lane.tag}`;
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
    case 'tag':
      // Like owners: a note with several tags sits in its first tag's lane.
      return { mode, tag: action.tags[0] ?? null };
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
    case 'tag':
      // Every tag in use gets a lane, even one that is only ever a second tag, so a note can be
      // dropped into it.
      return [
        ...planTags(plan).map((tag) => {
          const lane: Lane = { mode, tag };
          return { key: laneKey(lane), label: tag, lane };
        }),
        { key: NO_TAG, label: 'No tag', lane: { mode, tag: null } },
      ];
  }
}

/** Applies a lane to a note being moved into it. */
export function assignLane(action: Action, lane: Lane): void {
  if (lane.mode === 'project') action.projectId = lane.projectId;
  if (lane.mode === 'owner' && laneKey(laneOf(action, 'owner')) !== laneKey(lane)) {
    action.ownerIds = lane.ownerId ? [lane.ownerId] : [];
  }
  if (lane.mode === 'tag' && laneKey(laneOf(action, 'tag')) !== laneKey(lane)) {
    const { tag } = lane;
    // The lane is the first tag, so the lane's tag replaces it; the untagged lane holds only
    // notes with no tag at all.
    action.tags = tag === null ? [] : [tag, ...action.tags.slice(1).filter((t) => t !== tag)];
  }
}
