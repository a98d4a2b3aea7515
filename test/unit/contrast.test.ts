import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, noteColoursFor, textColourFor } from '../../src/domain/contrast';
import { PROJECT_PALETTE } from '../../src/domain/palette';

const channel = fc.integer({ min: 0, max: 255 }).map((c) => c.toString(16).padStart(2, '0'));
const hexColours = fc.tuple(channel, channel, channel, fc.boolean()).map(([r, g, b, upper]) => {
  const hex = `#${r}${g}${b}`;
  return upper ? hex.toUpperCase() : hex;
});

describe('note text colour', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // The WCAG example of a grey that just fails AA on white.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('is black on light notes and white on dark ones', () => {
    expect(textColourFor('#ffffff')).toBe('#000000');
    expect(textColourFor('#DDCC77')).toBe('#000000');
    expect(textColourFor('#000000')).toBe('#ffffff');
    expect(textColourFor('#332288')).toBe('#ffffff');
  });

  it('reaches 4.5:1 on every palette colour', () => {
    const tooFaint = PROJECT_PALETTE.filter((c) => contrastRatio(c, textColourFor(c)) < 4.5);
    expect(tooFaint).toEqual([]);
  });

  it('reaches 4.5:1 on any colour a team might pick', () => {
    fc.assert(
      fc.property(hexColours, (colour) => {
        expect(contrastRatio(colour, textColourFor(colour))).toBeGreaterThanOrEqual(4.5);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same ratio whichever colour is the text, between 1 and 21', () => {
    fc.assert(
      fc.property(hexColours, hexColours, (a, b) => {
        const ratio = contrastRatio(a, b);
        expect(ratio).toBe(contrastRatio(b, a));
        expect(ratio).toBeGreaterThanOrEqual(1);
        expect(ratio).toBeLessThanOrEqual(21 + 1e-9);
      }),
    );
  });
});

describe('note colours at a stricter contrast (present mode, high contrast)', () => {
  it('reaches 7:1 on any colour, keeping a colour that already does', () => {
    fc.assert(
      fc.property(hexColours, (colour) => {
        const { background, text } = noteColoursFor(colour, 7);
        expect(contrastRatio(background, text)).toBeGreaterThanOrEqual(7);
        if (contrastRatio(colour, textColourFor(colour)) >= 7) expect(background).toBe(colour);
      }),
      { numRuns: 2000 },
    );
  });

  it('changes a palette colour only as far as it must, keeping its hue', () => {
    // Tol's rose takes black text at about 5.5:1: lightened, it stays a rose.
    const rose = noteColoursFor('#CC6677', 7);
    expect(rose.text).toBe('#000000');
    expect(rose.background).not.toBe('#ffffff');
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(rose.background.slice(i, i + 2), 16));
    expect(r).toBeGreaterThan(g!);
    expect(r).toBeGreaterThan(b!);
    // Indigo already reaches 7:1 under white.
    expect(noteColoursFor('#332288', 7)).toEqual({ background: '#332288', text: '#ffffff' });
  });
});
