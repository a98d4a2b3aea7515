import { useMemo } from 'react';
import { progressText } from '../domain/progress';
import { usePlanStore } from '../store/store-context';

/** Where the plan stands, by status, beside the legend. */
export function ProgressSummary() {
  const actions = usePlanStore((s) => s.plan.actions);
  // Counted again only when the actions change, not on every move of a drag.
  const text = useMemo(() => progressText({ actions }), [actions]);
  return (
    <p className="progress-summary">
      <span className="progress-label">Progress:</span> {text}
    </p>
  );
}
