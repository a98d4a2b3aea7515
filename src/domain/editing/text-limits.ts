import type { Problem } from '../result';

/**
 * The longest name or title a plan file keeps (the short text of `io/plan-file-schema.ts`): a
 * longer one would make a plan that cannot be saved to a file and read back.
 */
export const MAX_NAME = 500;

/** Why a name or title as typed cannot be kept, or null: it must say something, briefly. */
export function nameProblem(
  text: string,
  where: string,
  reasons: { blank: string; long: string },
): Problem | null {
  const trimmed = text.trim();
  if (!trimmed) return { where, reason: reasons.blank };
  if (trimmed.length > MAX_NAME) return { where, reason: reasons.long };
  return null;
}
