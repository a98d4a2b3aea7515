import type { PersonId } from '../domain/ids';
import type { LaneInfo } from '../domain/lanes';
import { selectOwnerTermCounts } from '../store/owner-selectors';
import { selectCalendar } from '../store/selectors';
import { usePlanStore } from '../store/store-context';

/** A person's actions per term, with the terms over the plan's limit marked in words. */
function OwnerLoad({ ownerId }: { ownerId: PersonId }) {
  const summary = usePlanStore((s) => {
    const counts = selectOwnerTermCounts(s.plan).get(ownerId);
    if (!counts) return '';
    const limit = s.plan.settings.maxActionsPerOwner;
    return selectCalendar(s.plan)
      .terms.flatMap((t) => {
        const n = counts.get(t.id);
        return n ? [`${t.name}: ${n}${n > limit ? ` (over ${limit})` : ''}`] : [];
      })
      .join(' · ');
  });
  if (!summary) return null;
  return (
    <span className={summary.includes('over') ? 'lane-load lane-load--over' : 'lane-load'}>
      {summary}
    </span>
  );
}

/** The name of a lane, kept in view while the board scrolls sideways. */
export function LaneHeader({ lane, row }: { lane: LaneInfo; row: number }) {
  return (
    <div className="lane-header" style={{ gridRow: row, gridColumn: 1 }}>
      {lane.label}
      {lane.lane.mode === 'owner' && lane.lane.ownerId && <OwnerLoad ownerId={lane.lane.ownerId} />}
    </div>
  );
}
