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

export interface NoteColours {
  background: string;
  text: string;
}

function mix(hex: string, toward: string, share: number): string {
  const channel = (h: string, i: number) => parseInt(h.slice(i, i + 2), 16);
  return `#${[1, 3, 5]
    .map((i) => Math.round(channel(hex, i) * (1 - share) + channel(toward, i) * share))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

const noteColourPairs = new Map<string, NoteColours>();

/**
 * A note's colours reaching `ratio` between text and background: the project's own colour when
 * black or white text on it already does, otherwise that colour lightened under black text or
 * darkened under white, whichever changes it less. Present mode asks for 7:1, read from the back
 * of a room; the hue stays, so a project is still found by its colour.
 */
export function noteColoursFor(colour: string, ratio: number): NoteColours {
  const key = `${colour}|${ratio}`;
  let pair = noteColourPairs.get(key);
  if (pair === undefined) {
    pair = { background: colour, text: textColourFor(colour) };
    for (let step = 0; step <= 20 && contrastRatio(pair.background, pair.text) < ratio; step++) {
      const lighter = mix(colour, LIGHT_TEXT, step / 20);
      const darker = mix(colour, DARK_TEXT, step / 20);
      if (contrastRatio(lighter, DARK_TEXT) >= ratio)
        pair = { background: lighter, text: DARK_TEXT };
      else if (contrastRatio(darker, LIGHT_TEXT) >= ratio)
        pair = { background: darker, text: LIGHT_TEXT };
    }
    noteColourPairs.set(key, pair);
  }
  return pair;
}
