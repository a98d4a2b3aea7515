/*
 * Editors hand back every field they show, changed or not. Writing only the fields that differ
 * keeps an unchanged editor from becoming an undo step, and keeps untouched notes identical
 * objects for the board (STYLE §5).
 */

export function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** Sets each defined field of `fields` on `target` whose value differs; lists compare item by item. */
export function setChanged<T extends object>(target: T, fields: Partial<T>): void {
  const record = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const now = record[key];
    const isSame =
      Array.isArray(now) && Array.isArray(value) ? sameList(now, value) : Object.is(now, value);
    if (!isSame) record[key] = Array.isArray(value) ? [...value] : value;
  }
}
