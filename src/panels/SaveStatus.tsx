import { usePlanStore } from '../store/store-context';

/** "Saved" only once IndexedDB has committed; a plain warning when changes are not kept. */
export function SaveStatus() {
  const save = usePlanStore((s) => s.save);
  if (save.status === 'failed') {
    return (
      <p role="alert" className="save-failed">
        Changes are not being saved ({save.reason}). The board keeps working; use Download plan to
        keep a copy.
      </p>
    );
  }
  const text = { idle: '', saving: 'Saving…', saved: 'Saved' }[save.status];
  return (
    <p role="status" className="save-status">
      {text}
    </p>
  );
}
