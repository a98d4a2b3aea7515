import { useEffect, useRef, useState } from 'react';
import type { Warning } from '../domain/rules/rule';
import { warningChanges } from '../domain/rules/warning-changes';
import { selectWarnings } from '../store/selectors';
import { usePlanStore } from '../store/store-context';

/**
 * Says, politely, what the last change did to the rules: "New warning: …", "Cleared: …". Opening
 * another plan is not a change to announce.
 */
export function WarningNews() {
  const warnings = usePlanStore((s) => selectWarnings(s.plan));
  const openings = usePlanStore((s) => s.openings);
  const last = useRef<{ warnings: readonly Warning[]; openings: number }>({ warnings, openings });
  const [news, setNews] = useState('');
  useEffect(() => {
    const before = last.current;
    last.current = { warnings, openings };
    if (before.openings !== openings || before.warnings === warnings) return;
    const text = warningChanges(before.warnings, warnings);
    if (text) setNews(text);
  }, [warnings, openings]);
  return (
    <p role="status" className="visually-hidden">
      {news}
    </p>
  );
}
