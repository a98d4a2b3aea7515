import { useEffect, useState, type KeyboardEvent } from 'react';
import { isFiltering } from '../domain/action-filter';
import { counted } from '../domain/counted';
import { selectFinding, selectFocus, type Finding } from '../store/view-selectors';
import { usePlanStore } from '../store/store-context';
import { deferred } from '../ui/deferred';

// The choices load the first time they are shown: a board is mostly looked at unfiltered.
const FilterChoices = deferred(() => import('./FilterChoices').then((m) => m.default));

const actions = (n: number) => counted(n, 'action', 'actions');

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
  const summary = usePlanStore((s) => {
    const focused = selectFocus(s.plan, s.view);
    const project = focused && s.plan.projects[focused];
    return summaryOf(
      selectFinding(s.plan, s.view),
      project ? `${project.code} ${project.name}` : '',
    );
  });
  const setFilter = usePlanStore((s) => s.setFilter);
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
        {showChoices && <FilterChoices />}
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
