import { isIsoDate, type Term } from './calendar';
import { customTermId } from './calendar-templates';
import type { Problem } from './result';

/** A term as a person types it: the id is made once the term is accepted. */
export interface TermDraft {
  name: string;
  start: string;
  end: string;
}

/**
 * The school's own terms, checked: each named, with a start on or before its end, none
 * overlapping another; in date order. Every problem names the term by its place in the list.
 */
export function customTerms(drafts: readonly TermDraft[]): { terms: Term[]; problems: Problem[] } {
  const problems: Problem[] = [];
  // Each accepted term with the words that name it in a problem, its name or its place.
  const accepted: { term: Term; where: string }[] = [];
  drafts.forEach((draft, i) => {
    const where = `term ${i + 1}${draft.name.trim() ? ` (${draft.name.trim()})` : ''}`;
    if (!draft.name.trim()) problems.push({ where, reason: 'give the term a name' });
    if (!isIsoDate(draft.start) || !isIsoDate(draft.end)) {
      problems.push({ where, reason: 'give the first and last day of the term' });
      return;
    }
    if (draft.end < draft.start) {
      problems.push({ where, reason: 'the last day comes before the first' });
      return;
    }
    accepted.push({
      term: {
        id: customTermId(draft.name, draft.start),
        name: draft.name.trim(),
        start: draft.start,
        end: draft.end,
      },
      where,
    });
  });
  accepted.sort((a, b) => a.term.start.localeCompare(b.term.start));
  for (let i = 1; i < accepted.length; i++) {
    const before = accepted[i - 1]!;
    const after = accepted[i]!;
    if (after.term.start <= before.term.end) {
      problems.push({ where: after.where, reason: `it overlaps ${before.where}` });
    }
  }
  const terms = accepted.map((a) => a.term);
  if (drafts.length === 0) problems.push({ where: 'terms', reason: 'add at least one term' });
  return { terms, problems };
}
