import { Board } from '../board/Board';
import { Legend } from '../board/Legend';
import { WarningsPanel } from '../panels/WarningsPanel';
import type { PlanStore } from '../store/plan-store';
import { PlanStoreContext } from '../store/store-context';
import { ErrorBoundary } from './ErrorBoundary';
import { Toolbar } from './Toolbar';
import { useShortcuts } from './use-shortcuts';

export function App({ store }: { store: PlanStore }) {
  useShortcuts(store);
  return (
    <ErrorBoundary store={store}>
      <PlanStoreContext.Provider value={store}>
        <a className="skip-link" href="#board">
          Skip to the board
        </a>
        <div className="app">
          <Toolbar />
          <main className="app-main">
            <Board aside={<WarningsPanel />} />
          </main>
          <footer className="app-footer">
            <Legend />
          </footer>
        </div>
      </PlanStoreContext.Provider>
    </ErrorBoundary>
  );
}
