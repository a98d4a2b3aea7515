import { useRef, useState } from 'react';
import type { ChosenFile } from './ImportFlow';
import { deferred } from '../ui/deferred';

// Reading files and the import dialogs load with the first file chosen: most visits import nothing.
const ImportFlow = deferred(
  () => import('./ImportFlow').then((m) => m.default),
  ({ chosen }) => (
    <div className="import-notices">
      <p role="status">Reading {chosen.file.name}…</p>
    </div>
  ),
);

const ACCEPT = '.json,.csv,.tsv,.txt,.xlsx';

/** `Import`: the browser's file chooser for a plan file or a spreadsheet. */
export function ImportControl() {
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  return (
    <>
      <button onClick={() => input.current?.click()}>Import</button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        aria-label="Plan file or spreadsheet to import"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared, so choosing the same file again (after fixing it) reads it again.
          e.target.value = '';
          if (file) setChosen({ file });
        }}
      />
      {chosen && <ImportFlow chosen={chosen} />}
    </>
  );
}
