/**
 * The title as a note shows it: whole, unless it is essay-length, then cut at a word with an
 * ellipsis. Notes grow to fit instead of clipping their text: a CSS line clamp needs a clip per
 * note, and a thousand clips made Chromium re-layerize the board on every frame of a drag.
 */
const LONGEST = 90;

export function noteTitleText(title: string): string {
  if (title.length <= LONGEST) return title;
  const cut = title.slice(0, LONGEST);
  const space = cut.lastIndexOf(' ');
  return `${(space > LONGEST * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
