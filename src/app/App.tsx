import { lazy, Suspense } from 'react';
import { Board } from '../board/Board';
import { Legend } from '../board/Legend';
import { ProgressSummary } from '../board/ProgressSummary';
import { WarningsPanel } from '../panels/WarningsPanel';
import { ReadOnlyBanner } from '../panels/ReadOnlyBanner';
import type { PlanSession } from '../store/plan-session';
import type { PlanStore } from '../store/plan-store';
import { PlanSessionContext } from '../store/session-context';
import { PlanStoreContext } from '../store/store-context';
import { ErrorBoundary } from './ErrorBoundary';
import { FindBar } from './FindBar';
import { NoticeBar } from './NoticeBar';
import { PanelHost } from './PanelHost';
import { Toolbar } from './Toolbar';
import { useShortcuts } from './use-shortcuts';

// Drawn only while notes are selected, so it loads after the board is up.
const SelectionBar = lazy(() =>
  import('./SelectionBar').then((m) => ({ default: m.SelectionBar })),
);

export function App({ store, session }: { store: PlanStore; session: PlanSession | null }) {
  useShortcuts(store);
  return (
    <ErrorBoundary store={store}>
      <PlanStoreContext.Provider value={store}>
        <PlanSessionContext.Provider value={session}>
          <a className="skip-link" href="#board">
            Skip to the board
          </a>
          <div className="app">
            <Toolbar />
            <ReadOnlyBanner />
            <FindBar />
            <Suspense fallback={null}>
              <SelectionBar />
            </Suspense>
            <NoticeBar />
            <main className="app-main">
              <Board aside={<WarningsPanel />} />
            </main>
            <footer className="app-footer">
              <Legend />
              <ProgressSummary />
            </footer>
          </div>
          <PanelHost />
        </PlanSessionContext.Provider>
      </PlanStoreContext.Provider>
    </ErrorBoundary>
  );
}
