import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  formatHex,
  parse,
} from 'culori';
import { describe, expect, it } from 'vitest';
import { PROJECT_PALETTE } from '../../src/domain/palette';

const distance = differenceCiede2000();

/** The closest two colours of `colours`, by CIEDE2000, and how close they are. */
function closestPair(colours: readonly string[]) {
  let closest = { a: '', b: '', difference: Infinity };
  colours.forEach((a, i) =>
    colours.slice(i + 1).forEach((b) => {
      const difference = distance(a, b);
      if (difference < closest.difference) closest = { a, b, difference };
    }),
  );
  return closest;
}

// A difference of 10 is plainly visible side by side on a projector; 2 or 3 is the edge of seeing.
const VISIBLY_DIFFERENT = 10;

describe('the project palette in a room with colour-blind people', () => {
  it.each([
    ['normal colour vision', (c: string) => c],
    ['protanopia', (c: string) => formatHex(filterDeficiencyProt(1)(parse(c)!))!],
    ['deuteranopia', (c: string) => formatHex(filterDeficiencyDeuter(1)(parse(c)!))!],
    ['tritanopia', (c: string) => formatHex(filterDeficiencyTrit(1)(parse(c)!))!],
  ])('keeps every two colours apart under %s', (_, see) => {
    const seen = PROJECT_PALETTE.map(see);
    const closest = closestPair(seen);
    expect(closest.difference, `${closest.a} and ${closest.b}`).toBeGreaterThanOrEqual(
      VISIBLY_DIFFERENT,
    );
  });
});
