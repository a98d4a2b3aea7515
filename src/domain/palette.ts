/**
 * Project colours: Paul Tol's "muted" scheme, chosen to stay distinguishable for the colour-blind
 * people in a planning meeting.
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
