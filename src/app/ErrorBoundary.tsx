import { Component, type ReactNode } from 'react';
import { planFileJson, planFileName } from '../io/plan-file';
import type { PlanStore } from '../store/plan-store';
import { download } from './download';

interface Props {
  store: PlanStore;
  children: ReactNode;
}

/** Never a blank page: say what broke and offer the plan as a file. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const plan = this.props.store.getState().plan;
    return (
      <main className="crash" role="alert">
        <h1>Termboard hit a problem</h1>
        <p>Something went wrong while drawing the board: {error.message}</p>
        <p>
          Your plan is still in memory. Download it as a file to keep it safe, then reload the page.
        </p>
        <p>
          <button
            className="primary"
            onClick={() =>
              download(
                planFileName(plan, new Date(), 'json'),
                'application/json',
                planFileJson(plan),
              )
            }
          >
            Download plan
          </button>{' '}
          <button onClick={() => window.location.reload()}>Reload</button>
        </p>
      </main>
    );
  }
}
