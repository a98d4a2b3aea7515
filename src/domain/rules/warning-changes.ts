import type { Warning } from './rule';

// A screen reader hears a sentence, not a report: past this many, the rest is a count.
const NAMED = 2;

const key = (w: Warning) => `${w.ruleId}|${w.message}`;

function named(warnings: readonly Warning[]): string {
  const words = warnings.slice(0, NAMED).map((w) => w.message);
  const rest = warnings.length - words.length;
  return rest > 0 ? `${words.join(' ')} And ${rest} more.` : words.join(' ');
}

/**
 * What a change did to the warnings, in words for a polite live region: the new ones first, then
 * the cleared ones; '' when nothing changed. A warning whose words changed (a load of 9 of 8
 * becoming 10 of 8) is new, and its old words cleared.
 */
export function warningChanges(before: readonly Warning[], after: readonly Warning[]): string {
  const was = new Set(before.map(key));
  const is = new Set(after.map(key));
  const added = after.filter((w) => !was.has(key(w)) && w.severity !== 'info');
  const cleared = before.filter((w) => !is.has(key(w)) && w.severity !== 'info');
  const parts: string[] = [];
  if (added.length > 0)
    parts.push(
      `${added.length === 1 ? 'New warning' : `${added.length} new warnings`}: ${named(added)}`,
    );
  if (cleared.length > 0)
    parts.push(
      `${cleared.length === 1 ? 'Cleared' : `${cleared.length} cleared`}: ${named(cleared)}`,
    );
  return parts.join(' ');
}
