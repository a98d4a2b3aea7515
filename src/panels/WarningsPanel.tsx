import { useLayoutEffect, useState } from 'react';
import type { Severity, Warning } from '../domain/rules/rule';
import { selectTermLoads, selectWarnings } from '../store/selectors';
import { usePlanStore } from '../store/store-context';

const GROUPS: { severity: Severity; title: string }[] = [
  { severity: 'error', title: 'Problems' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'For information' },
];

const SYMBOL: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

// A long list is read from the top: the rest waits behind a button, and stays out of the page
// (a generated plan of 1,000 notes breaks rules hundreds of times).
const FIRST_SHOWN = 20;

export const warningKey = (w: Warning) => `${w.ruleId}|${w.message}`;

/** Puts the notes and terms of a warning in view. */
function reveal(warning: Warning) {
  const first = warning.actionIds[0] ?? warning.termIds[0];
  const element =
    first && document.getElementById(warning.actionIds[0] ? `note-${first}` : `term-${first}`);
  // A glide helps the eye follow, unless the person has asked for less motion.
  const isCalm = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  element?.scrollIntoView({
    block: 'nearest',
    inline: 'center',
    behavior: isCalm ? 'instant' : 'smooth',
  });
}

/** Every warning in plain words, most serious first; choosing one shows its notes and terms. */
export function WarningsPanel() {
  const warnings = usePlanStore((s) => selectWarnings(s.plan));
  const loads = usePlanStore((s) => selectTermLoads(s.plan));
  const highlighted = usePlanStore((s) => s.highlight?.key);
  const setHighlight = usePlanStore((s) => s.setHighlight);
  const applyFix = usePlanStore((s) => s.applyFix);
  const [showsAll, setShowsAll] = useState<ReadonlySet<Severity>>(new Set());

  // The frame after new warnings are drawn: `npm run bench` times a drop up to this mark.
  useLayoutEffect(() => {
    requestAnimationFrame(() => performance.mark('termboard:warnings-drawn'));
  }, [warnings]);

  const choose = (warning: Warning) => {
    const key = warningKey(warning);
    if (key === highlighted) return setHighlight(null);
    setHighlight({ key, actionIds: warning.actionIds, termIds: warning.termIds });
    reveal(warning);
  };

  return (
    <section aria-labelledby="warnings-heading" className="warnings">
      <h2 id="warnings-heading" className="warnings-heading">
        Warnings <span className="warnings-count">{warnings.length}</span>
      </h2>
      {warnings.length === 0 && (
        <p className="warnings-none">No warnings: the sequence passes every rule.</p>
      )}
      {GROUPS.map(({ severity, title }) => {
        const group = warnings.filter((w) => w.severity === severity);
        if (group.length === 0) return null;
        const isCut = group.length > FIRST_SHOWN && !showsAll.has(severity);
        const listId = `warnings-list-${severity}`;
        return (
          <div key={severity} className={`warnings-group warnings-group--${severity}`}>
            <h3 className="warnings-group-title" id={`${listId}-title`}>
              {title} ({group.length})
            </h3>
            <ul className="warnings-list" id={listId} aria-labelledby={`${listId}-title`}>
              {(isCut ? group.slice(0, FIRST_SHOWN) : group).map((warning) => {
                const key = warningKey(warning);
                const load =
                  warning.ruleId === 'term-overload' ? loads.get(warning.termIds[0]!) : undefined;
                return (
                  <li
                    key={key}
                    className={key === highlighted ? 'warning warning--chosen' : 'warning'}
                  >
                    <button
                      className="warning-text"
                      aria-pressed={key === highlighted}
                      onClick={() => choose(warning)}
                    >
                      <span aria-hidden="true" className="warning-symbol">
                        {SYMBOL[severity]}
                      </span>{' '}
                      {load && (
                        <span className="warning-load">
                          {load.load} / {load.capacity}
                        </span>
                      )}{' '}
                      {warning.message}
                    </button>
                    {warning.fix && (
                      <button
                        className="warning-fix"
                        onClick={() => warning.fix && applyFix(warning.fix)}
                      >
                        {warning.fix.label}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
            {group.length > FIRST_SHOWN && (
              <button
                className="link-button"
                aria-expanded={!isCut}
                aria-controls={listId}
                onClick={() =>
                  setShowsAll((shown) => {
                    const next = new Set(shown);
                    if (isCut) next.add(severity);
                    else next.delete(severity);
                    return next;
                  })
                }
              >
                {isCut
                  ? `Show all ${group.length} ${title.toLowerCase()}`
                  : `Show the first ${FIRST_SHOWN} only`}
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
}
