import { selectCell, TRAY } from '../store/selectors';
import { usePlanStore } from '../store/store-context';
import { useSuggest } from './use-suggest';

/** Where the focus goes back to when a suggestion is applied or discarded. */
export const SUGGEST_BUTTON_ID = 'suggest-button';

/** The board's `Suggest` button: the tray's notes placed, or the whole plan when the tray is empty. */
export function SuggestControl() {
  const { isWorking, suggest } = useSuggest();
  // The tray's cell, as the tray counts it: worked out once per plan, not on every store change.
  const hasTray = usePlanStore((s) => selectCell(s.plan, s.laneMode, TRAY).length > 0);
  // A suggestion on show, or a plan another tab is editing, has nothing for Suggest to change.
  const isIdle = usePlanStore((s) => s.preview !== null || s.access === 'read-only');
  return (
    <button
      id={SUGGEST_BUTTON_ID}
      disabled={isWorking || isIdle}
      aria-busy={isWorking || undefined}
      onClick={() => void suggest(hasTray ? 'unscheduled' : 'whole-plan')}
      title="Suggest where the notes should go"
    >
      {isWorking ? 'Suggesting…' : 'Suggest'}
    </button>
  );
}
