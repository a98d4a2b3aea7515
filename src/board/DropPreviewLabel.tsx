import { useDeferredValue } from 'react';
import type { ActionId } from '../domain/ids';
import { RULE_NAMES } from '../domain/rules/index';
import { selectDropPreview } from '../store/selectors';
import { usePlanStore } from '../store/store-context';

/** Under the lifted note: which rules dropping it here would break or clear. */
export function DropPreviewLabel({ id }: { id: ActionId }) {
  // Checking every rule for the drop takes a few milliseconds on a large plan: the note and the
  // term loads follow the pointer first, and the rule label catches up in a deferred render.
  const over = usePlanStore((s) => (s.drag?.over ? s.drag.over.month : undefined));
  const deferredOver = useDeferredValue(over);
  const plan = usePlanStore((s) => s.plan);
  const preview = deferredOver === undefined ? null : selectDropPreview(plan, id, deferredOver);
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
