import type { CSSProperties } from 'react';
import type { TermId } from '../domain/ids';
import type { TermGroup } from '../domain/plan-calendar';
import { termLoadsAfterMove } from '../domain/load';
import { selectCalendar, selectTermLoads } from '../store/selectors';
import { selectFocus, selectProjectTermLoads } from '../store/view-selectors';
import type { BoardViewSlice } from '../store/board-view';
import type { PlanCommands, PlanState } from '../store/plan-store';
import { usePlanStore } from '../store/store-context';

type State = PlanState & PlanCommands & BoardViewSlice;

interface TermBandProps {
  group: TermGroup;
  column: number;
}

/** The band over a term's months: its name and its load against capacity. */
export function TermBand({ group, column }: TermBandProps) {
  const style = { gridColumn: `${column} / span ${group.months.length}` };
  if (!group.term) {
    return (
      <div className="term-band term-band--holiday" style={style}>
        <span className="term-name">Holiday</span>
      </div>
    );
  }
  return <TermLoadBand termId={group.term.id} name={group.term.name} style={style} />;
}

function TermLoadBand({
  termId,
  name,
  style,
}: {
  termId: TermId;
  name: string;
  style: CSSProperties;
}) {
  const load = usePlanStore((s) => selectTermLoads(s.plan).get(termId));
  const preview = usePlanStore((s) => previewLoad(s, termId));
  const isHighlighted = usePlanStore((s) => s.highlight?.termIds.includes(termId) ?? false);
  const focusedLoad = usePlanStore((s) => focusLoad(s, termId));
  const focusedCode = usePlanStore(focusCode);
  const focus =
    focusedLoad === null || focusedCode === null ? null : { code: focusedCode, load: focusedLoad };
  if (!load) return null;
  const isOver = load.load > load.capacity;
  // The meter's scale reaches past capacity so an overload shows as fill beyond the mark.
  const scale = Math.max(load.capacity, load.load, 1);
  const classes = [
    'term-band',
    isOver && 'term-band--over',
    isHighlighted && 'term-band--highlighted',
  ];
  return (
    <div
      id={`term-${termId}`}
      role="group"
      aria-label={name}
      className={classes.filter(Boolean).join(' ')}
      style={style}
      title={
        load.other
          ? `${load.own} from this plan, ${load.other} from the school's other plans`
          : undefined
      }
    >
      <span className="term-name">{name}</span>
      <span className="term-load">
        {focus ? (
          // Focused on a project: its share of the term, the whole term's load beside it.
          <>
            <span className="term-focus-load">
              {focus.code} {focus.load}
            </span>{' '}
            <span className="term-load-numbers term-load-numbers--quiet">
              of {load.load} / {load.capacity}
            </span>
          </>
        ) : (
          <>
            <span className="term-meter" aria-hidden="true">
              <span className="term-meter-fill" style={{ width: `${(load.own / scale) * 100}%` }} />
              <span
                className="term-meter-other"
                style={{ width: `${(load.other / scale) * 100}%` }}
              />
              <span
                className="term-meter-capacity"
                style={{ left: `${(load.capacity / scale) * 100}%` }}
              />
            </span>
            <span className="term-load-numbers">
              {load.load} / {load.capacity}
            </span>
          </>
        )}
        {load.other > 0 && (
          <span className="visually-hidden">, {load.other} of it from other plans</span>
        )}
        {isOver && (
          <span className="term-over">
            <span aria-hidden="true">⚠ </span>Over
          </span>
        )}
        {preview !== null && preview !== load.load && (
          <span className="term-preview">
            → {preview} / {load.capacity}
          </span>
        )}
      </span>
    </div>
  );
}

/** While a note is dragged, the load this term would have after the drop; null otherwise. */
function previewLoad(s: State, termId: TermId): number | null {
  if (!s.drag?.over) return null;
  const calendar = selectCalendar(s.plan);
  const after = termLoadsAfterMove(
    s.plan,
    calendar,
    selectTermLoads(s.plan),
    s.drag.actionId,
    s.drag.over.month,
  );
  return after.get(termId)?.load ?? null;
}

/** While the board focuses on a project, that project's load in this term; null otherwise. */
function focusLoad(s: State, termId: TermId): number | null {
  const projectId = selectFocus(s.plan, s.view);
  return projectId ? (selectProjectTermLoads(s.plan, projectId).get(termId) ?? 0) : null;
}

function focusCode(s: State): string | null {
  const projectId = selectFocus(s.plan, s.view);
  return projectId ? (s.plan.projects[projectId]?.code ?? '') : null;
}
