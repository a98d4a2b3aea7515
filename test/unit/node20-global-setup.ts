/*
 * Vitest 5's reporter prints failures with Map.groupBy, which Node gained in version 21. This
 * machine and CI run Node 20, where a failing test would crash the reporter instead of being
 * shown, so the main process gets the one missing function before the run.
 */
export default function setup(): void {
  if ('groupBy' in Map) return;
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}
