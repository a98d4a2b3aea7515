import { useEffect } from 'react';
import type { PlanStore } from '../store/plan-store';
import { isTextEntry, shortcutFor } from './shortcuts';

export function useShortcuts(store: PlanStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTextEntry(event.target) || store.getState().drag) return;
      const shortcut = shortcutFor(event, store.getState().room.isPresenting);
      if (!shortcut) return;
      event.preventDefault();
      shortcut.run(store.getState());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
