import { useState } from 'react';
import type { LaneMode } from '../domain/lanes';
import type { PrintOptions } from '../domain/print-options';
import { SaveStatus } from '../panels/SaveStatus';
import { usePlanStore, usePlanStoreApi } from '../store/store-context';
import { download } from './download';
import { ExportMenu } from './ExportMenu';
import { ImportControl } from './ImportControl';
import { SuggestControl } from './SuggestControl';
import { ThemeChoice } from './ThemeChoice';
import { useDownloadPlanFile } from './use-download-plan-file';
import { deferred } from '../ui/deferred';

// Dialogs are opened now and then, not at start-up: they load on first use.
const NewPlanDialog = deferred(() =>
  import('../panels/new-plan/NewPlanDialog').then((m) => m.NewPlanDialog),
);
const ExportPdfDialog = deferred(() =>
  import('../panels/ExportPdfDialog').then((m) => m.ExportPdfDialog),
);
const PlansDialog = deferred(() =>
  import('../panels/library/PlansDialog').then((m) => m.PlansDialog),
);
const SettingsDialog = deferred(() =>
  import('../panels/settings/SettingsDialog').then((m) => m.SettingsDialog),
);

/** The commands above the board. */
export function Toolbar() {
  const store = usePlanStoreApi();
  const name = usePlanStore((s) => s.plan.name);
  const organisation = usePlanStore((s) => s.plan.organisation);
  const canUndo = usePlanStore((s) => s.past.length > 0);
  const canRedo = usePlanStore((s) => s.future.length > 0);
  const laneMode = usePlanStore((s) => s.laneMode);
  const undo = usePlanStore((s) => s.undo);
  const redo = usePlanStore((s) => s.redo);
  const setLaneMode = usePlanStore((s) => s.setLaneMode);
  const openPanel = usePlanStore((s) => s.openPanel);
  const showLinks = usePlanStore((s) => s.showLinks);
  const setShowLinks = usePlanStore((s) => s.setShowLinks);
  const present = usePlanStore((s) => s.present);
  const [isCreating, setCreating] = useState(false);
  const [isSetting, setSetting] = useState(false);
  const [isPrinting, setPrinting] = useState(false);
  const [isBrowsing, setBrowsing] = useState(false);
  const downloadPlanFile = useDownloadPlanFile();

  // jsPDF and the font are fetched when the dialog opens, never at start-up: while the paper and
  // sections are chosen they arrive, and Export seldom waits for them. A failure here is left to
  // the export itself, which tries again and says what went wrong.
  const openExportPdf = () => {
    setPrinting(true);
    void import('../io/pdf/export-pdf').then((m) => m.loadFonts()).catch(() => undefined);
  };

  const exportPdf = async (choices: PrintOptions, progress: (message: string) => void) => {
    const start = performance.now();
    const { exportPlanPdf } = await import('../io/pdf/export-pdf');
    const pdf = await exportPlanPdf(
      store.getState().plan,
      { ...choices, exportedAt: new Date() },
      progress,
    );
    download(pdf.fileName, 'application/pdf', pdf.blob);
    // What `npm run bench` reports as the PDF export time.
    performance.measure('termboard:pdf-export', { start });
  };

  return (
    <header className="toolbar">
      <div className="toolbar-title">
        <span className="brand">Termboard</span>
        <h1 className="plan-name">{name}</h1>
        {organisation && <span className="plan-organisation">{organisation}</span>}
      </div>
      <div className="toolbar-commands">
        <button onClick={() => setBrowsing(true)}>Plans</button>
        <button onClick={() => setCreating(true)}>New plan</button>
        <ImportControl />
        <ExportMenu />
        <button onClick={openExportPdf}>Export PDF</button>
        <button onClick={() => openPanel({ kind: 'projects' })}>Projects</button>
        <button onClick={() => openPanel({ kind: 'people' })}>People</button>
        <button onClick={() => openPanel({ kind: 'reflection' })}>Reflection</button>
        <button onClick={() => setSetting(true)}>Settings</button>
        <SuggestControl />
        <button onClick={() => present(true)} title="Present (F)">
          Present
        </button>
        <label className="toolbar-choice">
          Lanes
          <select value={laneMode} onChange={(e) => setLaneMode(e.target.value as LaneMode)}>
            <option value="none">None</option>
            <option value="project">By project</option>
            <option value="owner">By owner</option>
            <option value="tag">By tag</option>
          </select>
        </label>
        <ThemeChoice />
        <button aria-pressed={showLinks} onClick={() => setShowLinks(!showLinks)}>
          Links
        </button>
        <button onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
        <button
          onClick={() => openPanel({ kind: 'shortcuts' })}
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
        >
          ?
        </button>
        <SaveStatus onDownload={downloadPlanFile} />
      </div>
      {isCreating && <NewPlanDialog onClose={() => setCreating(false)} />}
      {isBrowsing && (
        <PlansDialog onClose={() => setBrowsing(false)} onNewPlan={() => setCreating(true)} />
      )}
      {isSetting && <SettingsDialog onClose={() => setSetting(false)} />}
      {isPrinting && <ExportPdfDialog onExport={exportPdf} onClose={() => setPrinting(false)} />}
    </header>
  );
}
