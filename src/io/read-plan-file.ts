/*
 * Reading a plan file: all or nothing. Loaded with the first import, so the schema library is
 * not in the start-up bundle.
 */
import * as v from 'valibot';
import { isRecord, migratePlan, versionProblem } from '../domain/migrate';
import type { Plan } from '../domain/plan';
import { PLAN_FILE_FORMAT } from './plan-file';
import { ok, refused, type Problem, type Result } from '../domain/result';
import { pathText, planProblems } from './plan-file-checks';
import { planSchema } from './plan-file-schema';

/** A plan of 10,000 short actions is about 5 MB; messages state the limit in megabytes. */
export const MAX_PLAN_FILE_BYTES = 10 * 1024 * 1024;

/** Issue #7: a refused plan file lists every bad path, up to this many. */
const MAX_PROBLEMS = 20;

/** Far deeper than any field of a plan; deeper nesting is a broken or hostile file. */
const MAX_DEPTH = 32;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const megabytes = (bytes: number) => `${Math.ceil((bytes / 1024 / 1024) * 10) / 10} MB`;

/** Why a file of this many bytes will not be read, or `null`: ask before reading it all. */
export function planFileSizeProblem(bytes: number): Problem | null {
  if (bytes <= MAX_PLAN_FILE_BYTES) return null;
  return {
    where: '',
    reason: `the file is ${megabytes(bytes)}, more than the ${megabytes(MAX_PLAN_FILE_BYTES)} a plan file may be`,
  };
}

function utf8Length(text: string): number {
  // A UTF-16 unit takes one to three bytes in UTF-8: encode only when the count can matter.
  if (text.length > MAX_PLAN_FILE_BYTES || text.length * 3 <= MAX_PLAN_FILE_BYTES) {
    return text.length;
  }
  return new TextEncoder().encode(text).length;
}

function parseJson(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    let at = '';
    if (position !== undefined) {
      const before = text.slice(0, Number(position)).split('\n');
      at = ` (line ${before.length}, column ${before[before.length - 1]!.length + 1})`;
    }
    return refused([{ where: '', reason: `this is not a plan file: it is not valid JSON${at}` }]);
  }
}

interface Visit {
  value: unknown;
  key: string | number;
  parent: Visit | null;
  depth: number;
}

/** Written from the plan inside the file, as the schema's paths are: `actions.act_3.month`. */
function pathOf(visit: Visit): string {
  const keys: (string | number)[] = [];
  for (let at: Visit | null = visit; at?.parent; at = at.parent) keys.unshift(at.key);
  return pathText(keys[0] === 'plan' && keys.length > 1 ? keys.slice(1) : keys);
}

/**
 * Keys that could reach an object's prototype, at any depth, and nesting no plan has. Checked
 * before the schema, which would silently drop them; JSON.parse makes `__proto__` an own key.
 */
function shapeProblems(file: unknown): Problem[] {
  const problems: Problem[] = [];
  const pending: Visit[] = [{ value: file, key: '', parent: null, depth: 0 }];
  while (pending.length > 0) {
    const visit = pending.pop()!;
    if (visit.depth >= MAX_DEPTH) {
      problems.push({ where: pathOf(visit), reason: 'nested deeper than any plan' });
      continue;
    }
    const look = (key: string | number, value: unknown) => {
      const child = { value, key, parent: visit, depth: visit.depth + 1 };
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
        problems.push({ where: pathOf(child), reason: 'this key is not allowed in a plan file' });
      } else if (typeof value === 'object' && value !== null) {
        pending.push(child);
      }
    };
    // Backwards, so that the pile of pending values is taken in the order of the file.
    const value = visit.value as Record<string, unknown>;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) look(i, value[i]);
    } else {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) look(keys[i]!, value[keys[i]!]);
    }
  }
  return problems;
}

function envelopeProblems(file: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  if (file.format !== PLAN_FILE_FORMAT) {
    problems.push({
      where: 'format',
      reason: `expected "${PLAN_FILE_FORMAT}": this is not a Termboard plan file`,
    });
  }
  const version = versionProblem(file.version);
  if (version) problems.push(version);
  if (!isRecord(file.plan)) problems.push({ where: 'plan', reason: 'expected a plan' });
  return problems;
}

/** The first reason for each path, in the order the schema met them. */
function schemaProblems(issues: readonly v.BaseIssue<unknown>[]): Problem[] {
  const problems = new Map<string, Problem>();
  for (const issue of issues) {
    const where = pathText((issue.path ?? []).map((item) => item.key as string | number));
    if (!problems.has(where)) problems.set(where, { where, reason: issue.message });
  }
  return [...problems.values()];
}

function capped(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = problems.length - MAX_PROBLEMS;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { where: '', reason: `and ${more} more ${more === 1 ? 'problem' : 'problems'}` },
  ];
}

/**
 * The plan in a plan file, migrated to PLAN_VERSION and checked field by field and record
 * against record; or, when anything is wrong, no plan and every problem (up to 20).
 */
export function readPlanFile(text: string): Result<Plan> {
  if (text.trim() === '') return refused([{ where: '', reason: 'the file is empty' }]);
  const tooLarge = planFileSizeProblem(utf8Length(text));
  if (tooLarge) return refused([tooLarge]);

  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return parsed;
  const file = parsed.value;
  if (!isRecord(file)) {
    return refused([{ where: '', reason: 'this is not a plan file: expected a JSON object' }]);
  }
  const unsafe = shapeProblems(file);
  if (unsafe.length > 0) return refused(capped(unsafe));
  const envelope = envelopeProblems(file);
  if (envelope.length > 0) return refused(envelope);

  const migrated = migratePlan(file.plan, file.version as number);
  if (!migrated.ok) return migrated;
  const checked = v.safeParse(planSchema, migrated.value);
  if (!checked.success) return refused(capped(schemaProblems(checked.issues)));
  const problems = planProblems(checked.output);
  return problems.length > 0 ? refused(capped(problems)) : ok(checked.output);
}
