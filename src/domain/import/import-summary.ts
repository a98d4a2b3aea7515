import { counted } from '../counted';

/** What an import will do, shown before the team confirms it. */
export interface ImportSummary {
  actions: number;
  projects: number;
  placed: number;
  /** Grouped by the time-line as written ('blank' for none), most frequent first. */
  unscheduled: { text: string; count: number }[];
  severalOwners: number;
  /** 1-based spreadsheet row numbers, as the team sees them in their spreadsheet. */
  skipped: { row: number; reason: string }[];
}

/** Time-lines as written for each unscheduled action → groups, most frequent first. */
export function unscheduledGroups(written: readonly string[]): ImportSummary['unscheduled'] {
  const counts = new Map<string, number>();
  for (const text of written) {
    const label = text.trim() || 'blank';
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  // Sorting is stable, so equal counts stay in the order the spreadsheet has them.
  return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count);
}

const LISTED_ROWS = 5;

function skippedText(skipped: ImportSummary['skipped']): string {
  const rows = skipped.map((s) => s.row);
  const listed = rows.slice(0, LISTED_ROWS).join(', ');
  const more = rows.length > LISTED_ROWS ? ` and ${rows.length - LISTED_ROWS} more` : '';
  return `${counted(rows.length, 'row', 'rows')} skipped (${rows.length === 1 ? 'row' : 'rows'} ${listed}${more})`;
}

/**
 * `38 actions from 5 priorities; 31 placed, 7 unscheduled (On-going x4, Half termly x2, blank
 * x1); 9 with several owners`, leaving out what is zero and naming the rows skipped.
 */
export function summaryText(summary: ImportSummary): string {
  const parts = [
    `${counted(summary.actions, 'action', 'actions')} from ` +
      counted(summary.projects, 'priority', 'priorities'),
  ];
  const unscheduled = summary.actions - summary.placed;
  const groups = summary.unscheduled.map((u) => `${u.text} x${u.count}`).join(', ');
  const whereabouts = [
    summary.placed > 0 ? `${summary.placed} placed` : '',
    unscheduled > 0 ? `${unscheduled} unscheduled (${groups})` : '',
  ].filter((part) => part !== '');
  if (whereabouts.length > 0) parts.push(whereabouts.join(', '));
  if (summary.severalOwners > 0) parts.push(`${summary.severalOwners} with several owners`);
  if (summary.skipped.length > 0) parts.push(skippedText(summary.skipped));
  return parts.join('; ');
}
