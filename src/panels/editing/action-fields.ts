import type { Kind, Size } from '../../domain/plan';

export const KIND_LABELS: Record<Kind, string> = {
  process: 'Process (what will be done, when, by whom)',
  evidence: 'Evidence (an early sign the work is having impact)',
};

export const SIZE_LABELS: Record<Size, string> = {
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
};

/** `urgent, funded` → `['urgent', 'funded']`, without blanks or repeats. */
export function tagsOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}
