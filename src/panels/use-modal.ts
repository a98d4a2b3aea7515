import { useEffect, useRef } from 'react';
import './dialogs.css';

/**
 * Opens a `<dialog>` as a modal once mounted. No cleanup: closing on unmount would fire its
 * onClose, and StrictMode unmounts once on purpose; removing the element closes it anyway.
 */
export function useModal() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    element.showModal();
    // React's autoFocus runs while the dialog is still closed, so it cannot place the focus on a
    // field that is not the first thing in the dialog; the field marks itself instead.
    element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);
  return dialog;
}
