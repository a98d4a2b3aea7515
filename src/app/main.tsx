import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setAutoFreeze } from 'immer';
import { describeStorageError, startAutosave } from '../store/autosave';
import type { Plan } from '../domain/plan';
import { openPlanLibrary, type PlanLibrary } from '../store/plan-library';
import { createPlanSession, type PlanSession } from '../store/plan-session';
import { createPlanStore } from '../store/plan-store';
import { rememberViewChoices } from '../store/view-preferences';
import { App } from './App';
import './app.css';
import '../board/board.css';
import '../panels/panels.css';
// Last, so that printing overrides the screen's layout.
import './print.css';

// Immer freezes every state it makes so that a stray write fails loudly. That is worth it in
// development and the tests, which keep it; the built app skips it, and with it deep-freezing the
// whole plan at start-up (10 ms at 1,000 notes).
setAutoFreeze(import.meta.env.DEV);

// A blocked IndexedDB (another tab holding an old version open) never answers: stop waiting.
const STORAGE_TIMEOUT_MS = 4000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('the browser storage did not answer')), ms),
    ),
  ]);
}

/**
 * `?bench=1000&seed=3` opens a generated plan of that many notes instead of the stored one, for
 * `npm run bench`; everything after that (drawing, saving, dragging) is the ordinary path.
 */
async function initialPlan(search: string) {
  const params = new URLSearchParams(search);
  const count = Number(params.get('bench'));
  if (!Number.isInteger(count) || count <= 0) return null;
  const { generatedPlan } = await import('../domain/generated-plan');
  return generatedPlan(count, Number(params.get('seed') ?? 1));
}

/** The plan opened last, if the library still has it. */
async function lastPlan(library: PlanLibrary) {
  const id = await library.lastOpenedId();
  const plan = id ? await library.open(id) : null;
  return plan?.ok ? plan.value : null;
}

// Only a first visit needs the sample, so it is not part of start-up.
const loadSample = () => import('../domain/sample-plan').then((m) => m.samplePlan());

/**
 * Opens the last plan from IndexedDB (the sample plan on a first visit) before the first paint,
 * so the board never flashes the sample over a stored plan. Without storage the board still
 * works, in memory, and says so.
 */
async function start() {
  // The generated plan loads while the library opens.
  const generated = initialPlan(window.location.search);
  let library: PlanLibrary | null = null;
  let storageProblem: unknown = null;
  try {
    library = await withTimeout(openPlanLibrary(), STORAGE_TIMEOUT_MS);
  } catch (error) {
    storageProblem = error;
  }
  const bench = await generated;
  let stored: Plan | null = null;
  if (library && !bench) {
    try {
      stored = await lastPlan(library);
    } catch (error) {
      [library, storageProblem] = [null, error];
    }
  }
  const store = createPlanStore(bench ?? stored ?? (await loadSample()));
  rememberViewChoices(store);
  let session: PlanSession | null = null;
  if (library) {
    try {
      session = createPlanSession(store, library);
      startAutosave(store, library);
      if (stored) await session.adopt();
      else await session.openNew(store.getState().plan);
      // Asked once: a browser may then keep the plans even when the disk runs low.
      void navigator.storage?.persist?.().catch(() => false);
    } catch (error) {
      storageProblem = error;
    }
  }
  if (storageProblem) {
    store
      .getState()
      .setSaveState({ status: 'failed', reason: describeStorageError(storageProblem) });
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  // A transition lets React hand the browser a turn every few milliseconds while it builds a big
  // board, instead of one long task that holds off input until every note exists.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App store={store} session={session} />
      </StrictMode>,
    ),
  );
}

void start();
