import { useState, type FormEvent } from 'react';
import {
  defaultPrintOptions,
  type PaperSize,
  type PrintOptions,
  type PrintSections,
} from '../domain/print-options';
import { useModal } from './use-modal';

const PAPERS: { value: PaperSize; label: string }[] = [
  { value: 'a3', label: 'A3' },
  { value: 'a4', label: 'A4' },
  { value: 'letter', label: 'US Letter' },
  { value: 'tabloid', label: 'US Tabloid' },
];

const SECTIONS: { key: keyof PrintSections; label: string }[] = [
  { key: 'yearPlan', label: 'Year plan' },
  { key: 'projects', label: 'Projects and their actions' },
  { key: 'unscheduled', label: 'Unscheduled actions' },
  { key: 'warnings', label: 'Warnings' },
  { key: 'reflection', label: 'Notes and reflection (when answered)' },
];

interface ExportPdfDialogProps {
  /** Makes and downloads the file, reporting each step through `progress`. */
  onExport(choices: PrintOptions, progress: (message: string) => void): Promise<void>;
  onClose(): void;
}

/** Paper, orientation and sections for the printed plan; shows progress while it is made. */
export function ExportPdfDialog({ onExport, onClose }: ExportPdfDialogProps) {
  const dialog = useModal();
  const [choices, setChoices] = useState(defaultPrintOptions);
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState('');
  const isWorking = progress !== null;
  const nothingChosen = !Object.values(choices.sections).some(Boolean);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (nothingChosen) return setError('Choose at least one section to print.');
    setError('');
    setProgress('Starting…');
    try {
      await onExport(choices, setProgress);
      onClose();
    } catch (cause) {
      setProgress(null);
      setError(`The PDF could not be made: ${cause instanceof Error ? cause.message : cause}`);
    }
  };

  return (
    <dialog ref={dialog} aria-labelledby="export-pdf-title" className="dialog" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id="export-pdf-title">Export PDF</h2>
        <label>
          Paper size
          <select
            value={choices.paper}
            onChange={(e) => setChoices({ ...choices, paper: e.target.value as PaperSize })}
          >
            {PAPERS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="pdf-choices">
          <legend>Orientation</legend>
          {(['landscape', 'portrait'] as const).map((o) => (
            <label key={o} className="check">
              <input
                type="radio"
                name="orientation"
                checked={choices.orientation === o}
                onChange={() => setChoices({ ...choices, orientation: o })}
              />
              {o === 'landscape' ? 'Landscape' : 'Portrait'}
            </label>
          ))}
        </fieldset>
        <fieldset className="pdf-choices">
          <legend>Sections</legend>
          {SECTIONS.map((s) => (
            <label key={s.key} className="check">
              <input
                type="checkbox"
                checked={choices.sections[s.key]}
                onChange={(e) =>
                  setChoices({
                    ...choices,
                    sections: { ...choices.sections, [s.key]: e.target.checked },
                  })
                }
              />
              {s.label}
            </label>
          ))}
        </fieldset>
        <label className="check">
          <input
            type="checkbox"
            checked={choices.fitToOnePage}
            onChange={(e) => setChoices({ ...choices, fitToOnePage: e.target.checked })}
          />
          Fit the year plan to one page
        </label>
        <label>
          Actions in each project’s table, in order of
          <select
            value={choices.actionOrder}
            onChange={(e) =>
              setChoices({ ...choices, actionOrder: e.target.value as PrintOptions['actionOrder'] })
            }
          >
            <option value="month">Month</option>
            <option value="tag">Tag (grouped by their first tag)</option>
          </select>
        </label>
        <p role="status" className="dialog-progress">
          {progress}
        </p>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose} disabled={isWorking}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={isWorking}>
            Export
          </button>
        </div>
      </form>
    </dialog>
  );
}
