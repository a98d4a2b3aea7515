import { describe, expect, it } from 'vitest';
import { noteTitleText } from '../../../src/board/note-title';

describe('a note title', () => {
  it('is shown whole up to 90 characters', () => {
    const title = 'Trial whole-class feedback in English and maths';
    expect(noteTitleText(title)).toBe(title);
  });

  it('is cut at a word with an ellipsis when essay-length', () => {
    const title =
      'Work with the cluster schools to moderate writing in every year group so that judgements agree within one band across all schools';
    const shown = noteTitleText(title);
    expect(shown).toBe(
      'Work with the cluster schools to moderate writing in every year group so that judgements…',
    );
    expect(shown.length).toBeLessThanOrEqual(91);
  });
});
