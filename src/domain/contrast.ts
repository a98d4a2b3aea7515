/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  ) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

export const DARK_TEXT = '#000000';
export const LIGHT_TEXT = '#ffffff';

const textColours = new Map<string, string>();

/**
 * The text colour for a note of this colour: whichever of near-black and white contrasts more.
 * One of the two always reaches 4.5:1 (the worst case gives about 4.58:1).
 */
export function textColourFor(background: string): string {
  // A plan has a handful of project colours and a board draws them on a thousand notes.
  let text = textColours.get(background);
  if (text === undefined) {
    text =
      contrastRatio(background, DARK_TEXT) >= contrastRatio(background, LIGHT_TEXT)
        ? DARK_TEXT
        : LIGHT_TEXT;
    textColours.set(background, text);
  }
  return text;
}
