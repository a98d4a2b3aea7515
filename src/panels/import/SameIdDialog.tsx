import { useModal } from '../use-modal';

interface SameIdDialogProps {
  name: string;
  storedName: string;
  onKeepBoth: () => void;
  onReplace: () => void;
  onCancel: () => void;
}

/** An imported plan file never overwrites a stored plan without asking. */
export function SameIdDialog({
  name,
  storedName,
  onKeepBoth,
  onReplace,
  onCancel,
}: SameIdDialogProps) {
  const dialog = useModal();
  return (
    <dialog ref={dialog} aria-labelledby="same-id-title" className="dialog" onClose={onCancel}>
      <h2 id="same-id-title">This plan is already here</h2>
      <p>
        “{name}” is the same plan as “{storedName}”, which this browser keeps. Keep both, or replace
        the stored one? A replaced plan stays in its earlier versions.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" onClick={onReplace}>
          Replace the stored plan
        </button>
        <button type="button" className="primary" onClick={onKeepBoth} data-autofocus>
          Keep both
        </button>
      </div>
    </dialog>
  );
}
