import './present.css';
import { counted } from '../domain/counted';
import { monthLabel } from '../domain/month';
import { selectPresentPages, selectWarningCounts } from '../store/selectors';
import { usePlanStore } from '../store/store-context';
import { ThemeChoice } from './ThemeChoice';

/**
 * Present mode's only chrome: where in the plan the board is, the warnings as a count, paging,
 * zoom, theme and the way out. Every button is at least 44 px, for a finger on a whiteboard.
 */
export function PresentBar() {
  const name = usePlanStore((s) => s.plan.name);
  const pages = usePlanStore((s) => selectPresentPages(s.plan));
  const page = usePlanStore((s) => Math.min(s.room.presentPage, pages.length - 1));
  const { problems, warnings } = usePlanStore((s) => selectWarningCounts(s.plan));
  const present = usePlanStore((s) => s.present);
  const turnPage = usePlanStore((s) => s.turnPage);
  const zoomBy = usePlanStore((s) => s.zoomBy);
  const shown = pages[page] ?? [];
  const first = shown[0];
  const last = shown[shown.length - 1];
  return (
    <header className="present-bar" aria-label="Present mode">
      <h1 className="present-name">{name}</h1>
      {pages.length > 1 && (
        <div className="present-pages">
          <button
            aria-label="Earlier terms"
            disabled={page === 0}
            onClick={() => turnPage(-1, pages.length)}
          >
            ◀
          </button>
          <span aria-live="polite">
            {first && last ? `${monthLabel(first)} – ${monthLabel(last)}` : ''} ({page + 1} of{' '}
            {pages.length})
          </span>
          <button
            aria-label="Later terms"
            disabled={page === pages.length - 1}
            onClick={() => turnPage(1, pages.length)}
          >
            ▶
          </button>
        </div>
      )}
      <p className="present-warnings" role="status">
        {counted(problems, 'problem', 'problems')}, {counted(warnings, 'warning', 'warnings')}
      </p>
      <div className="present-zoom">
        <button aria-label="Zoom out" onClick={() => zoomBy(-1)}>
          −
        </button>
        <button onClick={() => zoomBy(0)}>Fit</button>
        <button aria-label="Zoom in" onClick={() => zoomBy(1)}>
          +
        </button>
      </div>
      <ThemeChoice />
      <button onClick={() => present(false)}>Leave present mode</button>
    </header>
  );
}
