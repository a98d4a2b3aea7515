import { usePlanStore } from '../../store/store-context';
import type { ImportTarget } from './SpreadsheetImportDialog';

/** Whether a spreadsheet becomes a plan of its own or adds its actions to the open one. */
export function ImportTargetField({
  into,
  onInto,
}: {
  into: ImportTarget;
  onInto: (into: ImportTarget) => void;
}) {
  const openName = usePlanStore((s) => s.plan.name);
  const isReadOnly = usePlanStore((s) => s.access === 'read-only');
  return (
    <fieldset className="pdf-choices">
      <legend>Import as</legend>
      <label className="check">
        <input
          type="radio"
          name="import-into"
          checked={into === 'new plan'}
          onChange={() => onInto('new plan')}
        />
        a new plan
      </label>
      <label className="check">
        <input
          type="radio"
          name="import-into"
          checked={into === 'open plan'}
          disabled={isReadOnly}
          onChange={() => onInto('open plan')}
        />
        actions added to “{openName}” (one step, undone with Undo)
      </label>
    </fieldset>
  );
}
