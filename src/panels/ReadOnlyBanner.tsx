import { usePlanSession } from '../store/session-context';
import { usePlanStore } from '../store/store-context';

/** Shown while another tab edits this plan: this one follows its saves and changes nothing. */
export function ReadOnlyBanner() {
  const session = usePlanSession();
  const isReadOnly = usePlanStore((s) => s.access === 'read-only');
  if (!isReadOnly) return null;
  return (
    <div role="status" className="notice read-only-banner">
      This plan is open for editing in another tab, so here it is read-only and follows that tab’s
      changes. <button onClick={() => void session?.takeOver()}>Take over editing</button>
    </div>
  );
}
