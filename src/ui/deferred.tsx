import { useEffect, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';

type Load<P> = () => Promise<ComponentType<P>>;

export interface DeferredComponent<P> {
  (props: P): ReactNode;
  /** Starts fetching the component's code now, before it is first drawn. */
  preload: () => Promise<void>;
}

/**
 * A component whose code is fetched the first time it is drawn (or on `preload`), drawing
 * `placeholder` until then. Unlike `React.lazy` it does not suspend: React holds back the reveal
 * of a suspended boundary for 300 ms after its fallback, which made every first dialog and the
 * drag layer wait that long after their code had arrived. A failed fetch is thrown where the
 * component is drawn, so the nearest error boundary reports it.
 */
export function deferred<P extends object>(
  load: Load<P>,
  placeholder: (props: P) => ReactNode = () => null,
): DeferredComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let failure: unknown = null;
  let loading: Promise<void> | null = null;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const settle = () => listeners.forEach((listener) => listener());
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        loaded = component;
        settle();
      },
      (error: unknown) => {
        failure = error ?? new Error('the code could not be loaded');
        settle();
      },
    ));
  const read = () => (failure ? 'failed' : loaded);

  function Deferred(props: P) {
    const state = useSyncExternalStore(subscribe, read);
    useEffect(() => {
      void preload();
    }, []);
    if (state === 'failed') throw failure;
    const Component = state;
    return Component ? <Component {...props} /> : placeholder(props);
  }
  Deferred.preload = preload;
  return Deferred;
}
