import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, textColourFor } from '../../src/domain/contrast';
import { PROJECT_PALETTE } from '../../src/domain/palette';

const hexColours = fc
  .tuple(
    fc.integer({ min: 0, max: 255 }),
    fc.integer({ min: 0, max: 255 }),
    fc.integer({ min: 0, max: 255 }),
  )
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);

describe('note text colour', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('is dark on light notes and white on dark ones', () => {
    expect(textColourFor('#DDCC77')).toBe('#000000');
    expect(textColourFor('#332288')).toBe('#ffffff');
  });

  it('reaches 4.5:1 on every palette colour', () => {
    for (const colour of PROJECT_PALETTE) {
      expect(contrastRatio(colour, textColourFor(colour))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('reaches 4.5:1 on any colour a team might pick', () => {
    fc.assert(
      fc.property(hexColours, (colour) => {
        expect(contrastRatio(colour, textColourFor(colour))).toBeGreaterThanOrEqual(4.5);
      }),
      { numRuns: 2000 },
    );
  });
});
