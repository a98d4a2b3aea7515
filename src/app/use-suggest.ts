import { useState } from 'react';
import type { SuggestScope } from '../domain/suggest/suggest-model';
import { usePlanStoreApi } from '../store/store-context';

/** Runs Suggest for the plan on show and previews the answer; says when it is working or failed. */
export function useSuggest(): { isWorking: boolean; suggest(scope: SuggestScope): Promise<void> } {
  const store = usePlanStoreApi();
  const [isWorking, setWorking] = useState(false);
  const suggest = async (scope: SuggestScope) => {
    setWorking(true);
    try {
      // The search and its worker load with the first suggestion, not at start-up.
      const { suggestFor } = await import('./suggest-runner');
      const state = store.getState();
      const suggestion = await suggestFor(state.preview?.base ?? state.plan, scope);
      store.getState().previewSuggestion(suggestion);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      store.getState().setNotice({ text: `Suggest failed: ${reason}.`, canUndo: false });
    } finally {
      setWorking(false);
    }
  };
  return { isWorking, suggest };
}
