import { useEffect } from 'react';
import { selectShownMonths } from '../store/selectors';
import { usePlanStore, usePlanStoreApi } from '../store/store-context';

/**
 * Puts the theme and present mode on the page's root element, where the style sheets read them,
 * and takes the whole screen while presenting. Leaving full screen (the browser's own Escape)
 * leaves present mode too.
 */
export function RoomDisplay() {
  const store = usePlanStoreApi();
  const theme = usePlanStore((s) => s.room.theme);
  const isPresenting = usePlanStore((s) => s.room.isPresenting);
  const zoom = usePlanStore((s) => s.room.zoom);
  const monthCount = usePlanStore((s) => selectShownMonths(s.plan, s.room).length);

  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'light') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    const root = document.documentElement;
    if (!isPresenting) return;
    root.dataset.present = '';
    // A browser or a test without full screen still presents, in the window it has.
    void root.requestFullscreen?.().catch(() => undefined);
    const onFullscreenChange = () => {
      if (!document.fullscreenElement) store.getState().present(false);
    };
    // A pinch on a trackpad arrives as a wheel with Ctrl held: zoom the board, not the page.
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      store.getState().zoomBy(event.deltaY < 0 ? 1 : -1);
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    window.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      window.removeEventListener('wheel', onWheel);
      delete root.dataset.present;
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [isPresenting, store]);

  useEffect(() => {
    const root = document.documentElement;
    root.style.setProperty('--present-months', String(Math.max(monthCount, 1)));
    root.style.setProperty('--present-zoom', String(zoom));
  }, [monthCount, zoom]);

  return null;
}
