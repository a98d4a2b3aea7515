/*
 * Initials and short codes made from names, for people a spreadsheet names in full and for
 * projects that arrive without a code.
 */

const LETTERS = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return text.match(LETTERS) ?? [];
}

function isShouted(word: string): boolean {
  return word === word.toLocaleUpperCase() && /\p{Lu}/u.test(word);
}

/**
 * `Siân Roberts` → `SR`, `full governing body` → `FGB`, `LA adviser` → `LAA` (an abbreviation
 * inside a name stays whole), `ALL TEACHERS` → `AT`, `governors` → `GOV`: a single word gives its
 * first letters, because one letter alone would name nobody.
 */
export function initialsOf(name: string): string {
  const words = wordsOf(name);
  const [only] = words;
  if (only === undefined) return '';
  if (words.length === 1) return only.slice(0, only.length <= 4 ? 4 : 3).toLocaleUpperCase();
  const allShouted = words.every(isShouted);
  return words
    .map((w) => (!allShouted && w.length > 1 && isShouted(w) ? w : (w[0] ?? '')))
    .join('')
    .toLocaleUpperCase()
    .slice(0, 6);
}

// Small words say nothing about a project, so its code skips them when it can.
const SMALL_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'in', 'on', 'for', 'to', 'with', 'at']);

function codeCandidates(name: string): string[] {
  // Letters only: the code sits beside the initials on a note, where `O22` would read as a number.
  const words = (name.match(/\p{L}+/gu) ?? []).map((w) => w.toLocaleUpperCase());
  const big = words.filter((w) => !SMALL_WORDS.has(w.toLocaleLowerCase()));
  const chosen = big.length > 0 ? big : words;
  const letters = chosen.join('');
  const first = chosen.map((w) => w[0] ?? '').join('');
  const candidates = [
    first.length >= 2 ? first.slice(0, 4) : letters.slice(0, 2),
    letters.slice(0, 3),
    letters.slice(0, 4),
    ...[...letters.slice(1)].map((c) => (first[0] ?? '') + c),
  ];
  return candidates.filter((c) => c.length >= 2);
}

/**
 * A 2-4 letter project code from the name's initials (`Develop a shared language of learning` →
 * `DSLL`), different from every code in `taken`; a name without letters falls back to `PR`.
 */
export function projectCodeOf(name: string, taken: ReadonlySet<string>): string {
  const isFree = (code: string) => !taken.has(code.toLocaleUpperCase());
  const candidates = codeCandidates(name);
  const [stem = 'PR'] = candidates;
  const candidate = [...candidates, stem].find(isFree);
  if (candidate) return candidate;
  for (let n = 2; ; n++) {
    const numbered = `${stem.slice(0, 3)}${n}`.slice(-4);
    if (isFree(numbered)) return numbered;
  }
}
