import { describe, expect, it } from 'vitest';
import type { Warning } from '../../../src/domain/rules/rule';
import { warningChanges } from '../../../src/domain/rules/warning-changes';

const warning = (message: string, severity: Warning['severity'] = 'warning'): Warning => ({
  ruleId: 'term-overload',
  severity,
  message,
  actionIds: [],
  termIds: [],
});

describe('what a change did to the warnings, in words', () => {
  const over = warning('Spring 2027 holds 9 actions (capacity 8) — 1 over.', 'error');
  const buffer = warning(
    '"Survey" is in May 2027, inside the 3 months kept free before the review.',
  );

  it('says nothing when nothing changed', () => {
    expect(warningChanges([over], [over])).toBe('');
    expect(warningChanges([], [])).toBe('');
  });

  it('names a new warning and a cleared one', () => {
    expect(warningChanges([], [over])).toBe(`New warning: ${over.message}`);
    expect(warningChanges([over, buffer], [buffer])).toBe(`Cleared: ${over.message}`);
    expect(warningChanges([over], [buffer])).toBe(
      `New warning: ${buffer.message} Cleared: ${over.message}`,
    );
  });

  it('counts what is past the first two, and leaves information out', () => {
    const many = ['a.', 'b.', 'c.', 'd.'].map((m) => warning(m));
    expect(warningChanges([], many)).toBe('4 new warnings: a. b. And 2 more.');
    expect(warningChanges([], [warning('Just so you know.', 'info')])).toBe('');
  });
});
