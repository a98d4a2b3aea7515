import type { ActionId } from '../domain/ids';
import { RULE_NAMES } from '../domain/rules/index';
import { selectDropPreview } from '../store/selectors';
import { usePlanStore } from '../store/store-context';
import { useSettled } from './use-settled';

// How long the note must rest over a month before the rules are checked for it.
const REST_MS = 150;

/** Under the lifted note: which rules dropping it here would break or clear. */
export function DropPreviewLabel({ id }: { id: ActionId }) {
  // Checking every rule for a drop takes several milliseconds on a large plan. A note swept
  // across the year passes a month every few frames; checking each of them would make the drag
  // stutter for labels nobody can read. The term loads follow the pointer at once; the rules
  // are checked where the note comes to rest.
  const over = usePlanStore((s) => (s.drag?.over ? s.drag.over.month : undefined));
  const settledOver = useSettled(over, REST_MS);
  const plan = usePlanStore((s) => s.plan);
  // While the note is still moving, no label: the last month's would be wrong for this one.
  const isResting = over !== undefined && settledOver === over;
  const preview = isResting ? selectDropPreview(plan, id, over) : null;
  if (!preview || (preview.breaks.length === 0 && preview.clears.length === 0)) return null;
  return (
    <div className="drop-preview">
      {preview.breaks.length > 0 && (
        <p className="drop-preview-breaks">
          <span aria-hidden="true">✖ </span>Breaks:{' '}
          {preview.breaks.map((r) => RULE_NAMES[r]).join(', ')}
        </p>
      )}
      {preview.clears.length > 0 && (
        <p className="drop-preview-clears">
          <span aria-hidden="true">✔ </span>Clears:{' '}
          {preview.clears.map((r) => RULE_NAMES[r]).join(', ')}
        </p>
      )}
    </div>
  );
}
