import { useEffect, useRef } from 'react';
import { problemText, type Problem } from '../domain/result';
import { useImport } from './use-import';
import { deferred } from '../ui/deferred';

const SpreadsheetImportDialog = deferred(() =>
  import('../panels/import/SpreadsheetImportDialog').then((m) => m.SpreadsheetImportDialog),
);
const SameIdDialog = deferred(() =>
  import('../panels/import/SameIdDialog').then((m) => m.SameIdDialog),
);

/** Reads a key of abbreviations, pasted or from a second file, into rows or says why not. */
async function readKey(source: string | File): Promise<{ rows: string[][] } | string> {
  const { readDelimitedText, readSpreadsheetFile } = await import('../io/spreadsheet/read-table');
  const table =
    typeof source === 'string' ? readDelimitedText(source) : await readSpreadsheetFile(source);
  return table.ok ? table.value : table.problems.map(problemText).join('; ');
}

/** A file the user chose; a new object each time, so the same file chosen twice is read twice. */
export interface ChosenFile {
  file: File;
}

/**
 * What follows the choice of a file to import: the step the file needs, and what happened in
 * words — a refusal as an alert, an import with a way back.
 */
export default function ImportFlow({ chosen }: { chosen: ChosenFile }) {
  const { state, choose, finish, addToOpenPlan, keepBoth, replace, undo, close } = useImport();
  const read = useRef<ChosenFile | null>(null);
  useEffect(() => {
    if (read.current === chosen) return;
    read.current = chosen;
    void choose(chosen.file);
  }, [chosen, choose]);

  return (
    <>
      <div className="import-notices">
        {state.step === 'reading' && <p role="status">Reading {state.fileName}…</p>}
        {state.step === 'refused' && (
          <div role="alert" className="notice notice--problem">
            <p>
              {state.fileName} cannot be imported; nothing has changed.
              {state.problems.length === 1 && ` ${sentence(state.problems[0]!)}`}
            </p>
            {state.problems.length > 1 && (
              <ul>
                {state.problems.map((p, i) => (
                  <li key={i}>{problemText(p)}</li>
                ))}
              </ul>
            )}
            <button onClick={close}>Dismiss</button>
          </div>
        )}
        {state.step === 'imported' && (
          <div role="status" className="notice">
            <p>
              Imported “{state.name}” {state.detail}.
            </p>
            {state.undo && <button onClick={() => void undo(state)}>Undo import</button>}
            <button onClick={close}>Dismiss</button>
          </div>
        )}
      </div>
      {state.step === 'mapping' && (
        <SpreadsheetImportDialog
          fileName={state.fileName}
          rows={state.table.rows}
          readKey={readKey}
          onImport={(plan, summary, into) => {
            const detail = `from ${state.fileName}: ${summary}`;
            if (into === 'open plan') addToOpenPlan(plan, `(actions added) ${detail}`);
            else void finish(plan, detail);
          }}
          onCancel={close}
        />
      )}
      {state.step === 'same-id' && (
        <SameIdDialog
          name={state.plan.name}
          storedName={state.storedName}
          onKeepBoth={() => void keepBoth(state.plan)}
          onReplace={() => void replace(state.plan)}
          onCancel={close}
        />
      )}
    </>
  );
}

/** A reason alone starts a sentence; a path (`projects.prj_2.colour`) keeps its case. */
function sentence(problem: Problem): string {
  const text = problemText(problem);
  return `${problem.where ? text : text.charAt(0).toUpperCase() + text.slice(1)}.`;
}
