import { useEffect, useRef, useState } from 'react';
import { planFileName } from '../io/plan-file';
import { usePlanStoreApi } from '../store/store-context';
import { download } from './download';
import { useDownloadPlanFile } from './use-download-plan-file';

/** `Export`: the plan as a plan file or as a spreadsheet (Export PDF is its own button). */
export function ExportMenu() {
  const store = usePlanStoreApi();
  const downloadPlanFile = useDownloadPlanFile();
  const [isOpen, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!isOpen) return;
    menu.current?.querySelector('button')?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!menu.current?.parentElement?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [isOpen]);

  const choose = (make: () => void | Promise<void>) => async () => {
    setOpen(false);
    button.current?.focus();
    await make();
  };

  const downloadCsv = (kind: 'plan' | 'key') => async () => {
    const plan = store.getState().plan;
    const { planCsv, ownerKeyCsv } = await import('../io/plan-csv');
    const text = kind === 'plan' ? planCsv(plan) : ownerKeyCsv(plan);
    const name = kind === 'plan' ? plan : { ...plan, name: `${plan.name} key of initials` };
    // The byte order mark tells Excel the file is UTF-8, so Siân and Zoë open intact.
    download(planFileName(name, new Date(), 'csv'), 'text/csv', `\uFEFF${text}`);
  };

  return (
    <div
      className="export-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && isOpen) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        aria-expanded={isOpen}
        aria-controls="export-choices"
        onClick={() => setOpen((open) => !open)}
      >
        Export
      </button>
      {isOpen && (
        <div id="export-choices" ref={menu} className="export-choices">
          <button onClick={choose(downloadPlanFile)}>Plan file (.json)</button>
          <button onClick={choose(downloadCsv('plan'))}>Spreadsheet (.csv)</button>
          {/* People's names travel beside the spreadsheet, as the key the import dialog reads. */}
          <button onClick={choose(downloadCsv('key'))}>Key of initials (.csv)</button>
        </div>
      )}
    </div>
  );
}
