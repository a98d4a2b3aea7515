/**
 * Project colours: Paul Tol's "muted" scheme, chosen to stay distinguishable for the colour-blind
 * people in a planning meeting. New projects take the next unused colour.
 */
export const PROJECT_PALETTE = [
  '#CC6677',
  '#332288',
  '#DDCC77',
  '#117733',
  '#88CCEE',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
] as const;

export function nextProjectColour(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toUpperCase()));
  return (
    PROJECT_PALETTE.find((c) => !taken.has(c)) ??
    PROJECT_PALETTE[used.length % PROJECT_PALETTE.length]!
  );
}
