import { SHORTCUT_LIST } from './shortcut-list';
import { useModal } from './use-modal';

/** The `?` sheet: every keyboard shortcut, so nobody needs the mouse. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useModal();
  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcuts-title"
      className="dialog shortcuts-dialog"
      onClose={onClose}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      {SHORTCUT_LIST.map((group) => (
        <section key={group.section}>
          <h3>{group.section}</h3>
          <dl className="shortcut-list">
            {group.keys.map(([keys, what]) => (
              <div key={keys}>
                <dt>
                  <kbd>{keys}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <div className="dialog-actions">
        <button className="primary" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
