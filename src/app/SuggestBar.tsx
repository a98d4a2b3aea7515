import './suggest.css';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { focusNextFrame } from '../board/note-focus';
import { counted } from '../domain/counted';
import { ruleChanges } from '../domain/drop-preview';
import { RULE_NAMES } from '../domain/rules/index';
import type { Plan } from '../domain/plan';
import { selectWarningCounts, selectWarnings } from '../store/selectors';
import { usePlanStore } from '../store/store-context';
import { SUGGEST_BUTTON_ID } from './SuggestControl';
import { useSuggest } from './use-suggest';

/** `1 problem and 6 warnings` */
function tally(plan: Plan): string {
  const { problems, warnings } = selectWarningCounts(plan);
  return `${counted(problems, 'problem', 'problems')} and ${counted(warnings, 'warning', 'warnings')}`;
}

/**
 * A suggested sequence on show: what it does, the warnings before and after, why not everything
 * fits, and Apply or Discard. The board behind it shows the moves made, the moved notes lit.
 */
export function SuggestBar() {
  const preview = usePlanStore((s) => s.preview);
  const plan = usePlanStore((s) => s.plan);
  const apply = usePlanStore((s) => s.applySuggestion);
  const discard = usePlanStore((s) => s.discardSuggestion);
  const setNotice = usePlanStore((s) => s.setNotice);
  const { isWorking, suggest } = useSuggest();
  // The box follows the click at once; the suggestion follows when the search is done.
  const [isWhole, setWhole] = useState(preview?.suggestion.scope === 'whole-plan');
  const firstButton = useRef<HTMLButtonElement>(null);
  const isShown = preview !== null;

  useEffect(() => {
    if (isShown) firstButton.current?.focus();
  }, [isShown]);

  if (!preview) return null;
  const { suggestion } = preview;
  const before = selectWarnings(preview.base);
  const after = selectWarnings(plan);
  const placed = suggestion.moves.filter((m) => m.from === null).length;
  const moved = suggestion.moves.length - placed;
  const { breaks, clears } = ruleChanges(before, after);
  const names = (rules: typeof breaks) => rules.map((r) => RULE_NAMES[r]).join(', ') || 'none';
  // The Suggest button is enabled again once the bar has gone.
  const leave = () => focusNextFrame(() => document.getElementById(SUGGEST_BUTTON_ID));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    discard();
    leave();
  };
  const did = [
    counted(placed, 'note placed from the tray', 'notes placed from the tray'),
    counted(moved, 'placed note moved', 'placed notes moved'),
    ...(suggestion.left.length
      ? [counted(suggestion.left.length, 'note left in the tray', 'notes left in the tray')]
      : []),
  ].join(', ');

  return (
    <section className="suggest-bar" aria-labelledby="suggest-heading" onKeyDown={onKeyDown}>
      <h2 id="suggest-heading">Suggested sequence</h2>
      <p role="status" className="suggest-summary">
        {suggestion.moves.length === 0
          ? 'Nothing to change: no move would make the plan better.'
          : `${did}.`}{' '}
        Now {tally(preview.base)}; after, {tally(plan)}.
      </p>
      <p className="suggest-rules">
        Clears: {names(clears)}. Adds: {names(breaks)}.
      </p>
      {suggestion.problems.length > 0 && (
        <div className="suggest-problems">
          <h3 id="suggest-problems-heading">Why not everything fits</h3>
          <ul aria-labelledby="suggest-problems-heading">
            {suggestion.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="suggest-commands">
        <label className="suggest-scope">
          <input
            type="checkbox"
            checked={isWhole}
            disabled={isWorking}
            onChange={(e) => {
              setWhole(e.target.checked);
              void suggest(e.target.checked ? 'whole-plan' : 'unscheduled');
            }}
          />
          Re-sequence the whole plan (pinned and started notes stay){isWorking ? ' — working…' : ''}
        </label>
        <button
          ref={firstButton}
          disabled={suggestion.moves.length === 0 || isWorking}
          onClick={() => {
            apply();
            setNotice({ text: `Suggestion applied: ${did}.`, canUndo: true });
            leave();
          }}
        >
          Apply suggestion
        </button>
        <button
          onClick={() => {
            discard();
            leave();
          }}
        >
          Discard
        </button>
      </div>
    </section>
  );
}
