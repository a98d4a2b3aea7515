import { useEffect, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isFiltering, NOBODY, UNTAGGED } from '../domain/action-filter';
import { compareText } from '../domain/action-order';
import type { PersonId, ProjectId } from '../domain/ids';
import type { Kind, Status } from '../domain/plan';
import { STATUS_MARKS, STATUSES } from '../domain/status-marks';
import { selectFinding, selectFocus, selectTags, type Finding } from '../store/view-selectors';
import { usePlanStore } from '../store/store-context';

const ANY = '';
// Tags are free text, so a tag's option value carries a prefix no other choice has.
const TAG = '#';
const NO_TAG = 'untagged';

const tagValue = (tag: string | null) =>
  tag === null ? ANY : tag === UNTAGGED ? NO_TAG : TAG + tag;
const tagOf = (value: string) =>
  value === ANY ? null : value === NO_TAG ? UNTAGGED : value.slice(TAG.length);

const orAny = <T extends string>(value: string) => (value === ANY ? null : (value as T));

const actions = (n: number) => `${n} ${n === 1 ? 'action' : 'actions'}`;

/** What the bar tells everyone, and a screen reader hears, about what is left on show. */
function summaryOf({ matches, total }: Finding, focusName: string): string {
  if (matches)
    return `${matches.size} of ${actions(total)} ${matches.size === 1 ? 'matches' : 'match'}`;
  // The count first: in a narrow bar the project's name is what gets cut.
  return focusName ? `${actions(total)} of ${focusName}` : '';
}

/** Moves focus to the first note Find and the filters leave bright, so Enter goes to the board. */
function focusFirstMatch() {
  document.querySelector<HTMLElement>('.board-area .note:not(.note--dimmed)')?.focus();
}

/**
 * Find, the filters and focus on a project: ways of looking at the board that fade or hide
 * notes. None of it is the plan's: nothing here is undone, saved or printed.
 */
export function FindBar() {
  const planId = usePlanStore((s) => s.plan.id);
  const filter = usePlanStore((s) => s.view.filter);
  const focus = usePlanStore((s) => selectFocus(s.plan, s.view));
  const projects = usePlanStore(
    useShallow((s) => s.plan.projectOrder.flatMap((id) => s.plan.projects[id] ?? [])),
  );
  const people = usePlanStore(useShallow((s) => Object.values(s.plan.people)));
  const tags = usePlanStore((s) => selectTags(s.plan));
  const summary = usePlanStore((s) => {
    const focused = selectFocus(s.plan, s.view);
    const project = focused && s.plan.projects[focused];
    return summaryOf(
      selectFinding(s.plan, s.view),
      project ? `${project.code} ${project.name}` : '',
    );
  });
  const setFilter = usePlanStore((s) => s.setFilter);
  const setFocus = usePlanStore((s) => s.setFocus);
  const clearView = usePlanStore((s) => s.clearView);
  // The choices fold away when unused, so a projector's short screen keeps its rows for the board.
  const [isOpen, setOpen] = useState(false);

  // Another plan opened: what was being looked for belonged to the one before.
  useEffect(() => clearView, [planId, clearView]);

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && filter.query) {
      event.preventDefault();
      setFilter({ query: '' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      focusFirstMatch();
    }
  };

  const isActive = isFiltering(filter) || focus !== null;
  const isChoosing = isActive && (isFiltering({ ...filter, query: '' }) || focus !== null);
  const showChoices = isOpen || isChoosing;
  const sortedPeople = [...people].sort((a, b) => compareText(a.name, b.name));
  return (
    <div className="find-bar" role="search" aria-label="Find and filter">
      <label className="find-field">
        Find
        <input
          type="search"
          value={filter.query}
          placeholder="Title, owner, code, tag"
          onChange={(e) => setFilter({ query: e.target.value })}
          onKeyDown={handleKeyDown}
        />
      </label>
      <button
        type="button"
        aria-expanded={showChoices}
        aria-controls="find-choices"
        disabled={isChoosing}
        onClick={() => setOpen(!isOpen)}
      >
        Filters
      </button>
      <div id="find-choices" className="find-choices" hidden={!showChoices}>
        <select
          aria-label="Filter by project"
          value={filter.projectId ?? ANY}
          onChange={(e) => setFilter({ projectId: orAny<ProjectId>(e.target.value) })}
        >
          <option value={ANY}>All projects</option>
          {projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.code} · {p.name}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by owner"
          value={filter.ownerId ?? ANY}
          onChange={(e) => setFilter({ ownerId: orAny<PersonId | typeof NOBODY>(e.target.value) })}
        >
          <option value={ANY}>Any owner</option>
          <option value={NOBODY}>No owner</option>
          {sortedPeople.map((p) => (
            <option key={p.id} value={p.id}>
              {p.initials} · {p.name}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by status"
          value={filter.status ?? ANY}
          onChange={(e) => setFilter({ status: orAny<Status>(e.target.value) })}
        >
          <option value={ANY}>Any status</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_MARKS[status].word}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by kind"
          value={filter.kind ?? ANY}
          onChange={(e) => setFilter({ kind: orAny<Kind>(e.target.value) })}
        >
          <option value={ANY}>Any kind</option>
          <option value="process">Process</option>
          <option value="evidence">Evidence</option>
        </select>
        <select
          aria-label="Filter by tag"
          value={tagValue(filter.tag)}
          onChange={(e) => setFilter({ tag: tagOf(e.target.value) })}
        >
          <option value={ANY}>Any tag</option>
          <option value={NO_TAG}>No tag</option>
          {tags.map((tag) => (
            <option key={tag} value={TAG + tag}>
              {tag}
            </option>
          ))}
        </select>
        <label className="find-focus">
          Focus
          <select
            aria-label="Focus on a project"
            value={focus ?? ANY}
            onChange={(e) => setFocus(orAny<ProjectId>(e.target.value))}
          >
            <option value={ANY}>Whole plan</option>
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.code} · {p.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {/* Always there, so the bar keeps its size and the board below never jumps. */}
      <button type="button" onClick={clearView} disabled={!isActive}>
        Show all
      </button>
      <p className="find-summary" role="status" title={summary || undefined}>
        {summary}
      </p>
    </div>
  );
}
