import { Board } from '../board/Board';
import { BOARD_ID } from '../board/board-id';
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
import { RoomDisplay } from './RoomDisplay';
import { usePlanStore } from '../store/store-context';
import { deferred } from '../ui/deferred';

// Present mode's bar and styles load the first time someone presents.
const PresentBar = deferred(() => import('./PresentBar').then((m) => m.PresentBar));
// Drawn only while a suggestion is on show.
const SuggestBar = deferred(() => import('./SuggestBar').then((m) => m.SuggestBar));
// Drawn only while notes are selected, so it loads after the board is up.
const SelectionBar = deferred(() => import('./SelectionBar').then((m) => m.SelectionBar));

/** The board with the app around it, or in present mode with nothing but the present bar. */
function AppLayout() {
  const isPresenting = usePlanStore((s) => s.room.isPresenting);
  const isPreviewing = usePlanStore((s) => s.preview !== null);
  if (isPresenting) {
    return (
      <div className="app app--present">
        <PresentBar />
        <main className="app-main">
          <Board />
        </main>
      </div>
    );
  }
  return (
    <div className="app">
      <Toolbar />
      <ReadOnlyBanner />
      <FindBar />
      {isPreviewing ? <SuggestBar /> : <SelectionBar />}
      <NoticeBar />
      <main className="app-main">
        <Board aside={<WarningsPanel />} />
      </main>
      <footer className="app-footer">
        <Legend />
        <ProgressSummary />
      </footer>
    </div>
  );
}

export function App({ store, session }: { store: PlanStore; session: PlanSession | null }) {
  useShortcuts(store);
  return (
    <ErrorBoundary store={store}>
      <PlanStoreContext.Provider value={store}>
        <PlanSessionContext.Provider value={session}>
          <a className="skip-link" href={`#${BOARD_ID}`}>
            Skip to the board
          </a>
          <RoomDisplay />
          <AppLayout />
          <PanelHost />
        </PlanSessionContext.Provider>
      </PlanStoreContext.Provider>
    </ErrorBoundary>
  );
}
