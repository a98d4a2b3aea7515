import type { Plan } from '../domain/plan';
import type { SuggestScope } from '../domain/suggest/suggest-model';
import type { Suggestion } from '../domain/suggest/suggestion';

export interface SuggestRequest {
  plan: Plan;
  scope: SuggestScope;
}

export interface SuggestAnswer {
  suggestion: Suggestion;
  /** How long the search itself took, without starting the worker and copying the plan. */
  solveMs: number;
}

/** From this many notes the search runs in a worker: below it, starting one costs more. */
const WORKER_FROM = 200;

// One worker for the session: a second suggestion finds its code loaded and compiled.
let worker: Worker | null = null;

function inWorker(request: SuggestRequest): Promise<SuggestAnswer> {
  worker ??= new Worker(new URL('./suggest-worker.ts', import.meta.url), { type: 'module' });
  const running = worker;
  return new Promise((resolve, reject) => {
    running.onmessage = (event: MessageEvent<SuggestAnswer>) => resolve(event.data);
    running.onerror = (event) => {
      running.terminate();
      worker = null;
      reject(new Error(event.message || 'the suggestion could not be worked out'));
    };
    running.postMessage(request);
  });
}

async function onThisThread(request: SuggestRequest): Promise<SuggestAnswer> {
  const { suggestSequence } = await import('../domain/suggest/suggest-sequence');
  const start = performance.now();
  const suggestion = suggestSequence(request.plan, request.scope);
  return { suggestion, solveMs: performance.now() - start };
}

/**
 * Works out a suggestion for the plan, in a worker when the plan is large. `npm run bench` reads
 * the two measures: the whole wait, and the search alone.
 */
export async function suggestFor(plan: Plan, scope: SuggestScope): Promise<Suggestion> {
  const start = performance.now();
  const request = { plan, scope };
  const answer = await (Object.keys(plan.actions).length >= WORKER_FROM
    ? inWorker(request)
    : onThisThread(request));
  performance.measure('termboard:suggest', { start, end: performance.now() });
  performance.measure('termboard:suggest-search', { start, duration: answer.solveMs });
  return answer.suggestion;
}
