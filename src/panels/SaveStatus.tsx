import { usePlanStore } from '../store/store-context';

/**
 * "Saved" only once IndexedDB has committed; when a write fails, an alert that the plan is kept
 * on screen only, with the plan file one click away.
 */
export function SaveStatus({ onDownload }: { onDownload: () => void }) {
  const save = usePlanStore((s) => s.save);
  if (save.status === 'failed') {
    return (
      <div role="alert" className="save-failed">
        Changes are not being saved ({save.reason}). The plan stays on screen;{' '}
        <button onClick={onDownload}>Download the plan file</button> to keep a copy.
      </div>
    );
  }
  const text = { idle: '', saving: 'Saving…', saved: 'Saved' }[save.status];
  return (
    <p role="status" className="save-status">
      {text}
    </p>
  );
}
