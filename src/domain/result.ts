/**
 * What a parser or importer hands back instead of throwing (STYLE §10): the value, or every
 * problem found, each naming where it is and why.
 */
export type Result<T, P = Problem> = { ok: true; value: T } | { ok: false; problems: P[] };

export interface Problem {
  /** Where, in the words a user reads: `projects[2].colour`, `row 14`, `column "When"`. */
  where: string;
  /** Why, in plain words: `expected a colour like #1f77b4`. */
  reason: string;
}

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function refused<P = Problem>(problems: P[]): Result<never, P> {
  return { ok: false, problems };
}

/** `projects[2].colour: expected a colour like #1f77b4`. */
export function problemText(problem: Problem): string {
  return problem.where ? `${problem.where}: ${problem.reason}` : problem.reason;
}
