import { useEffect } from 'react';
import { usePlanStore } from '../store/store-context';

const SHOWN_FOR_MS = 10_000;

/** What just happened to the board, said in words, with Undo when it can be taken back. */
export function NoticeBar() {
  const notice = usePlanStore((s) => s.notice);
  const linkFrom = usePlanStore((s) => s.linkFrom);
  const setNotice = usePlanStore((s) => s.setNotice);
  const undo = usePlanStore((s) => s.undo);

  // A link being drawn waits for its second note; any other notice fades after a while.
  useEffect(() => {
    if (!notice || linkFrom) return;
    const timer = setTimeout(() => setNotice(null), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [notice, linkFrom, setNotice]);

  return (
    <div role="status" className={notice ? 'notice-bar' : 'notice-bar notice-bar--empty'}>
      {notice && (
        <>
          <span>{notice.text}</span>
          {notice.canUndo && (
            <button
              type="button"
              onClick={() => {
                undo();
                setNotice(null);
              }}
            >
              Undo that
            </button>
          )}
        </>
      )}
    </div>
  );
}
