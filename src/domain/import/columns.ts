/** What a spreadsheet column becomes in the plan; the mapping dialog lets the user change it. */
export type ColumnRole =
  | 'project'
  | 'projectCode'
  | 'projectColour'
  | 'reference'
  | 'action'
  | 'owner'
  | 'timeLine'
  | 'status'
  | 'kind'
  | 'size'
  | 'dependsOn'
  | 'resources'
  | 'monitoring'
  | 'tags'
  | 'notes'
  | 'ignore';

export const COLUMN_ROLE_LABELS: Record<ColumnRole, string> = {
  project: 'Project (priority)',
  projectCode: 'Project code',
  projectColour: 'Project colour',
  reference: 'Reference',
  action: 'Action',
  owner: 'Owner',
  timeLine: 'Time-line',
  status: 'Status',
  kind: 'Kind',
  size: 'Size (weight)',
  dependsOn: 'Depends on',
  resources: 'Resources',
  monitoring: 'Monitoring',
  tags: 'Tags',
  notes: 'Keep in notes',
  ignore: 'Ignore',
};

/** Headings schools write, comma-separated; plurals are matched too (`Actions`, `Priorities`). */
const HEADINGS: Record<Exclude<ColumnRole, 'ignore'>, string> = {
  project:
    'priority, strategic objective, strategic priority, objective, initiative, area, target, ' +
    'goal, aim, theme, strand, project',
  reference: 'no, ref, reference, #, number, id',
  action: 'action, what we will do, what, task, activity, benchmark, milestone, step',
  owner:
    'lead, who leads, led by, owner, responsible, person responsible, responsibility, ' +
    'accountable, by whom, who',
  timeLine:
    'when, by when, time line, timeline, timescale, timeframe, time frame, date, deadline, ' +
    'term, due, month',
  status: 'status, rag, progress',
  monitoring: 'monitoring, monitor, who monitors, who checks, monitored by, evaluation',
  resources: 'resources, cost, budget, funding',
  kind: 'kind, type',
  notes: 'success looks like, success criteria, impact, evidence, outcome, notes, comments',
  projectCode: 'code, project code',
  projectColour: 'colour, color',
  dependsOn: 'depends on, after, prerequisite, dependency',
  tags: 'tags, tag, codes, analysis',
  size: 'size, weight',
};

const HEADING_PHRASES = (Object.entries(HEADINGS) as [ColumnRole, string][]).flatMap(
  ([role, phrases]) => phrases.split(',').map((phrase) => ({ role, words: words(phrase) })),
);

/** Each role fills one column; notes and ignore may take many. */
const isSingle = (role: ColumnRole) => role !== 'notes' && role !== 'ignore';

interface Guess {
  role: ColumnRole;
  score: number;
}

/**
 * The index of the header row: the first of the first 10 rows to fill half the table, when its
 * cells are short and one names a role. The rows above it are titles; 0 when nothing fits.
 */
export function findHeaderRow(rows: readonly string[][]): number {
  const sample = rows.slice(0, 10).map((row) => row.map((cell) => cell.trim()).filter(Boolean));
  const width = Math.max(0, ...sample.map((cells) => cells.length));
  const first = sample.findIndex((cells) => cells.length > 0 && cells.length * 2 >= width);
  const cells = sample[first] ?? [];
  const isHeading = (cell: string) => cell.length <= 40 && headingGuess(cell) !== null;
  return cells.every((cell) => cell.length <= 60) && cells.some(isHeading) ? first : 0;
}

/**
 * One role per column: from the heading where it names one, else from what the column holds.
 * A column nothing claims is kept in notes, so no text a team wrote is lost.
 */
export function guessColumns(header: readonly string[], rows: readonly string[][]): ColumnRole[] {
  const width = Math.max(header.length, ...rows.map((row) => row.length));
  const columns = Array.from({ length: width }, (_, i) => rows.map((row) => (row[i] ?? '').trim()));
  const roles: (ColumnRole | null)[] = Array(width).fill(null);
  const byHeading = columns.map((_, i) => headingGuess(header[i] ?? ''));

  // The strongest heading keeps a role; the leftmost on a tie, as a reader would take it.
  byHeading.forEach((guess, i) => {
    if (!guess) return;
    const isBeaten = byHeading.some(
      (other, j) =>
        other?.role === guess.role &&
        (other.score > guess.score || (other.score === guess.score && j < i)),
    );
    roles[i] = isSingle(guess.role) && isBeaten ? 'notes' : guess.role;
  });

  const claim = (role: ColumnRole, i: number) => {
    if (roles.includes(role)) return false;
    roles[i] = role;
    return true;
  };
  columns.forEach((values, i) => {
    if (roles[i]) return;
    const role = contentGuess(values);
    // A second column of initials after the leads is usually who checks the work.
    if (role && !claim(role, i) && role === 'owner') claim('monitoring', i);
  });

  if (!roles.includes('action')) {
    const longest = longestText(columns, (i) => roles[i] === null);
    if (longest !== null) roles[longest] = 'action';
  }
  return roles.map((role, i) => role ?? (columns[i]!.some(Boolean) ? 'notes' : 'ignore'));
}

function headingGuess(heading: string): Guess | null {
  const raw = words(heading);
  if (raw.length === 0) return null;
  const stems = raw.map(stem);
  let best: Guess | null = null;
  for (const phrase of HEADING_PHRASES) {
    const score = matchScore(raw, stems, phrase.words);
    if (score > 0 && (!best || score > best.score)) best = { role: phrase.role, score };
  }
  return best;
}

/**
 * The whole heading beats part of it, and a longer phrase beats a shorter one (`Who checks`
 * is monitoring, not owner). Between equals the last word wins: `Target date` is a date.
 */
function matchScore(raw: string[], stems: string[], phrase: string[]): number {
  const phraseStems = phrase.map(stem);
  if (raw.join(' ') === phrase.join(' ')) return 1000 + phrase.length;
  if (stems.join(' ') === phraseStems.join(' ')) return 500 + phrase.length;
  for (let start = 0; start + phrase.length <= stems.length; start++) {
    if (phraseStems.every((word, k) => stems[start + k] === word)) {
      const isAtEnd = start + phrase.length === stems.length;
      return phrase.length * 10 + (isAtEnd ? 5 : 0);
    }
  }
  return 0;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/#/g, ' # ')
    .split(/[^\p{L}\p{N}#]+/u)
    .filter(Boolean);
}

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

const REFERENCE = /^[a-z]?\d{1,3}(\.\d{1,3}){0,3}[a-z]?$/i;
const STATUS =
  /^(met|not met|partially met|part met|in progress|not started|started|complete|completed|done|achieved|not achieved|partially achieved|on track|off track|behind|overdue|delayed|red|amber|green|r|a|g)$/i;
const MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const TERM = /\b(autumn|spring|summer|winter|term|half[- ]?term(ly)?|on-?going|tbc)\b/i;
const NUMERIC_DATE = /^\d{1,4}[/.-]\d{1,2}([/.-]\d{2,4})?$/;
/** An Excel serial date between 2000 and 2050, as a CSV export sometimes leaves it. */
const isSerialDate = (value: string) => /^\d{5}$/.test(value) && +value >= 36526 && +value <= 54789;

function contentGuess(values: readonly string[]): ColumnRole | null {
  const filled = values.filter(Boolean);
  if (filled.length === 0) return null;
  const share = (test: (value: string) => boolean) => filled.filter(test).length / filled.length;
  const isDistinct = new Set(filled).size === filled.length;
  if (share((v) => REFERENCE.test(v)) >= 0.8 && (filled.some((v) => v.includes('.')) || isDistinct))
    return 'reference';
  if (share((v) => STATUS.test(v)) >= 0.6) return 'status';
  if (share(isTimeLine) >= 0.6) return 'timeLine';
  if (share(isInitials) >= 0.6) return 'owner';
  if (isGrouping(values)) return 'project';
  return null;
}

function isTimeLine(value: string): boolean {
  if (value.length > 40) return false;
  return MONTH.test(value) || TERM.test(value) || NUMERIC_DATE.test(value) || isSerialDate(value);
}

/** `DHT`, `EL / DHT`, `SENCo`, `HT with LA adviser`: mostly short capitals. */
function isInitials(value: string): boolean {
  if (value.length > 40) return false;
  const tokens = value.split(/[^\p{L}]+/u).filter(Boolean);
  const initials = tokens.filter((t) => t.length <= 6 && (t.match(/\p{Lu}/gu) ?? []).length >= 2);
  return initials.length > 0 && initials.length * 2 >= tokens.length;
}

/**
 * A project column names a priority once and leaves the rows under it blank (or repeats it):
 * the first row filled, each value in one unbroken run, and few values, or each followed by
 * a blank.
 */
function isGrouping(values: readonly string[]): boolean {
  if (values.length < 4 || !values[0]) return false;
  const seen = new Set<string>();
  let current = '';
  let isRun = true;
  let isEachFollowedByBlank = true;
  values.forEach((value, i) => {
    if (!value || value === current) return;
    if (seen.has(value)) isRun = false;
    seen.add(value);
    current = value;
    if (values[i + 1]) isEachFollowedByBlank = false;
  });
  const isFew = seen.size * 3 <= values.length;
  const isSparse = seen.size * 2 <= values.length && isEachFollowedByBlank;
  return isRun && (isFew || isSparse) && !values.every((v) => !v || isInitials(v));
}

function longestText(columns: string[][], isFree: (i: number) => boolean): number | null {
  let best: number | null = null;
  let bestLength = 0;
  columns.forEach((values, i) => {
    const filled = values.filter(Boolean);
    if (!isFree(i) || filled.length === 0) return;
    const average = filled.reduce((sum, v) => sum + v.length, 0) / filled.length;
    if (average > bestLength) [best, bestLength] = [i, average];
  });
  return best;
}
