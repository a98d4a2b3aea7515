import { suggestSequence } from '../domain/suggest/suggest-sequence';
import type { SuggestAnswer, SuggestRequest } from './suggest-runner';

// Off the main thread, a large plan's search leaves the board free to scroll and the button to
// say it is working.
self.onmessage = (event: MessageEvent<SuggestRequest>) => {
  const start = performance.now();
  const suggestion = suggestSequence(event.data.plan, event.data.scope);
  const answer: SuggestAnswer = { suggestion, solveMs: performance.now() - start };
  self.postMessage(answer);
};
