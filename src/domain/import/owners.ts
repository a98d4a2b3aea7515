import { refused, type Problem, type Result } from '../result';
import { unescapeFormula } from './cell-words';
import { initialsOf } from '../initials';

export interface KeyEntry {
  initials: string;
  name: string;
  role: string;
  isGroup: boolean;
}

/** A key read with the rows it had to leave out (a row without initials), which do not stop it. */
export type OwnerKey = Result<KeyEntry[]> & { skipped: Problem[] };

type KeyColumn = 'initials' | 'name' | 'role' | 'group';

const KEY_HEADINGS: [KeyColumn, RegExp][] = [
  ['initials', /initials|abbrev|short|^code$|^key$/i],
  ['group', /group|team\?|^is ?group/i],
  ['role', /role|job|post|position|title/i],
  ['name', /name|full|meaning|stands for|who/i],
];

const YES = /^(y|yes|true|x|✓|✔|group)$/i;
const NO = /^(n|no|false|)$/i;

function headingColumns(row: readonly string[]): Partial<Record<KeyColumn, number>> {
  const found: Partial<Record<KeyColumn, number>> = {};
  row.forEach((cell, index) => {
    const match = KEY_HEADINGS.find(
      ([column, pattern]) => !(column in found) && pattern.test(cell),
    );
    if (match) found[match[0]] = index;
  });
  return found;
}

/**
 * A key without headings: the column of yes/no values is the group flag; of the rest, the one
 * with the shorter values holds the initials, the next the names, then the roles.
 */
function contentColumns(rows: readonly string[][]): Partial<Record<KeyColumn, number>> {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const columns = Array.from({ length: width }, (_, i) => rows.map((r) => (r[i] ?? '').trim()));
  const isFilled = (values: string[]) => values.some((v) => v !== '');
  const group = columns.findIndex((v) => isFilled(v) && v.every((x) => YES.test(x) || NO.test(x)));
  const text = columns.map((_, i) => i).filter((i) => i !== group && isFilled(columns[i] ?? []));
  const averageLength = (i: number) =>
    (columns[i] ?? []).reduce((sum, v) => sum + v.length, 0) / rows.length;
  const [first, second, third] = text;
  const swap =
    first !== undefined && second !== undefined && averageLength(second) < averageLength(first);
  const found: Partial<Record<KeyColumn, number>> = {
    initials: swap ? second : first,
    name: swap ? first : second,
    role: third,
  };
  if (group >= 0) found.group = group;
  return found;
}

const GROUP_WORDS =
  /\b(all|every|everyone|team|teams|staff|governors|govs|governing|body|board|department|dept|leaders|committee|teachers|parents)\b/iu;

function soundsLikeGroup(name: string): boolean {
  return GROUP_WORDS.test(name);
}

/**
 * A key of abbreviations as rows (a second CSV, or pasted text already split into rows): finds
 * the initials, name, role and group columns by heading or, without headings, by content.
 * A row without initials is listed in `skipped`; only a key with no entries at all is refused.
 */
export function readOwnerKey(rows: readonly string[][]): OwnerKey {
  const filled = rows
    .map((row, index) => ({ row: row.map((c) => unescapeFormula(c.trim())), number: index + 1 }))
    .filter(({ row }) => row.some((c) => c !== ''));
  // A title line ("Key to abbreviations") may sit above the headings: take the row naming most.
  let headingAt = -1;
  let most = 0;
  filled.slice(0, 5).forEach(({ row }, index) => {
    const found = headingColumns(row);
    const count = Object.keys(found).length;
    if (found.initials !== undefined && count > most) [headingAt, most] = [index, count];
  });
  const body = filled.slice(headingAt + 1);
  const heading = filled[headingAt];
  const at = heading ? headingColumns(heading.row) : contentColumns(body.map((r) => r.row));
  const cell = (row: string[], column: KeyColumn) => {
    const index = at[column];
    return index === undefined ? '' : (row[index] ?? '');
  };

  const entries: KeyEntry[] = [];
  const skipped: Problem[] = [];
  for (const { row, number } of body) {
    const initials = cell(row, 'initials');
    const name = cell(row, 'name');
    if (!initials) {
      skipped.push({
        where: `row ${number}`,
        reason: `no initials for "${name || row.join(' ')}"`,
      });
      continue;
    }
    const group = cell(row, 'group');
    const isGroup =
      at.group !== undefined && group !== '' ? YES.test(group) : soundsLikeGroup(name);
    entries.push({ initials, name: name || initials, role: cell(row, 'role'), isGroup });
  }
  if (entries.length === 0) {
    const problems = skipped.length > 0 ? skipped : [{ where: '', reason: 'the key is empty' }];
    return { ...refused(problems), skipped };
  }
  return { ok: true, value: entries, skipped };
}

export interface OwnerName {
  initials: string;
  name: string;
  role: string;
  isGroup: boolean;
}

function fromKey(entry: KeyEntry): OwnerName {
  return { initials: entry.initials, name: entry.name, role: entry.role, isGroup: entry.isGroup };
}

function lookUp(text: string, key: readonly KeyEntry[]): KeyEntry | undefined {
  const wanted = text.toLocaleLowerCase();
  return (
    key.find((e) => e.initials.toLocaleLowerCase() === wanted) ??
    key.find((e) => e.name.toLocaleLowerCase() === wanted)
  );
}

/** `HOL`, `SENCo`, `DHT`: short, and mostly capitals. */
function looksLikeInitials(word: string): boolean {
  if (!/^[\p{L}\p{N}]{1,6}$/u.test(word)) return false;
  const capitals = word.match(/\p{Lu}/gu)?.length ?? 0;
  return capitals === word.length || (capitals >= 2 && word.length <= 6);
}

/** One piece between separators: a key entry, a group, a run of initials, or a full name. */
function ownersInPiece(piece: string, key: readonly KeyEntry[]): OwnerName[] {
  const entry = lookUp(piece, key);
  if (entry) return [fromKey(entry)];
  const words = piece.split(/\s+/);
  if (words.every(looksLikeInitials) && !(words.length > 1 && soundsLikeGroup(piece))) {
    return words.map((w) => {
      const known = lookUp(w, key);
      return known
        ? fromKey(known)
        : { initials: w, name: w, role: '', isGroup: soundsLikeGroup(w) };
    });
  }
  return [{ initials: initialsOf(piece), name: piece, role: '', isGroup: soundsLikeGroup(piece) }];
}

const HELPER = /\s+with\s+/i;
const SEPARATORS = /\s*(?:[/,&;+\n]|\band\b)\s*/i;

/**
 * One owner cell → the people it names, in the order written: `HOL`; several at once (`HTS FST
 * MIL`, `HT/DHT`, `EL / DHT`, `HT & GOVS`, `SLT and governors`, `DHT, SENCo`); groups (`all
 * headteachers`, `full governing body`, or whatever the key marks as one); `HT with LA adviser`
 * → HT and a person `LA adviser`; full names get initials (`Siân Roberts` → SR). Initials or
 * names found in the key (any case) take its name, role and group flag. Blank → [].
 */
export function parseOwners(cell: string, key: readonly KeyEntry[]): OwnerName[] {
  const text = cell.trim().replace(/[.;,]+$/, '');
  if (!text) return [];
  const whole = lookUp(text, key);
  if (whole) return [fromKey(whole)];
  const owners = text
    .split(HELPER)
    .flatMap((part) => part.split(SEPARATORS))
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '')
    .flatMap((piece) => ownersInPiece(piece, key));
  const seen = new Set<string>();
  return owners.filter((o) => {
    const id = o.initials.toLocaleUpperCase();
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
