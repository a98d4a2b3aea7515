import { useEffect, useRef } from 'react';

/**
 * Opens a `<dialog>` as a modal once mounted. No cleanup: closing on unmount would fire its
 * onClose, and StrictMode unmounts once on purpose; removing the element closes it anyway.
 */
export function useModal() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  return dialog;
}
