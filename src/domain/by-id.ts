/** A plan's normalised record (`actions`, `projects`, `people`) from a list. */
export function byId<T extends { id: string }>(items: readonly T[]): Record<T['id'], T> {
  return Object.fromEntries(items.map((item) => [item.id, item])) as Record<T['id'], T>;
}
