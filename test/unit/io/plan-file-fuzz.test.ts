import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/plan';
import type { Result } from '../../../src/domain/result';
import { samplePlan } from '../../../src/domain/sample-plan';
import { planProblems } from '../../../src/io/plan-file-checks';
import { planFileJson } from '../../../src/io/plan-file';
import { readPlanFile } from '../../../src/io/read-plan-file';
import { planSchema } from '../../../src/io/plan-file-schema';

/*
 * Thousands of broken and hostile plan files: none makes readPlanFile throw, and each is either
 * read into a plan that passes every check again, or refused with 1 to 20 problems (and a count
 * of the rest), each with a reason.
 */

const FILES = [
  planFileJson(samplePlan()),
  readFileSync(new URL('../../fixtures/plan-v1.json', import.meta.url), 'utf8'),
];
const DANGEROUS = ['__proto__', 'constructor', 'prototype'];

type Path = (string | number)[];
type Container = Record<string | number, unknown>;

const isContainer = (value: unknown): value is Container =>
  typeof value === 'object' && value !== null;

/** Every path to a value inside a JSON document, and whether that value is a plain object. */
function pathsOf(
  value: unknown,
  path: Path = [],
  found: [Path, boolean][] = [],
): [Path, boolean][] {
  found.push([path, isContainer(value) && !Array.isArray(value)]);
  if (isContainer(value)) {
    for (const [key, child] of Object.entries(value)) {
      pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key], found);
    }
  }
  return found;
}

function valueAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((at, key) => (at as Container)[key], root);
}

type Mutation =
  | { kind: 'delete'; pick: number }
  | { kind: 'replace'; pick: number; value: unknown }
  | { kind: 'dangerous'; pick: number; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('replace' as const),
    pick: fc.nat(),
    value: fc.oneof(
      fc.constantFrom(null, 0, -1, 1.5, Number.MAX_VALUE, '', 'x', '2026-13', true, [], {}),
      fc.jsonValue({ maxDepth: 2 }),
    ),
  }),
  fc.record({
    kind: fc.constant('dangerous' as const),
    pick: fc.nat(),
    key: fc.constantFrom(...DANGEROUS),
    value: fc.jsonValue({ maxDepth: 1 }),
  }),
);

/** A plan file with each mutation applied where its `pick` falls. */
function mutated(text: string, mutations: Mutation[]): string {
  const root = JSON.parse(text) as unknown;
  for (const m of mutations) {
    const paths = pathsOf(root);
    if (m.kind === 'dangerous') {
      const objects = paths.filter(([, isObject]) => isObject);
      const target = valueAt(root, objects[m.pick % objects.length]![0]) as Container;
      // An own key, as JSON.parse makes it; assigning `__proto__` would set the prototype instead.
      Object.defineProperty(target, m.key, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      continue;
    }
    const inner = paths.filter(([path]) => path.length > 0);
    if (inner.length === 0) continue;
    const path = inner[m.pick % inner.length]![0];
    const parent = valueAt(root, path.slice(0, -1)) as Container;
    const key = path[path.length - 1]!;
    if (m.kind === 'replace') parent[key] = m.value;
    else if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  }
  return JSON.stringify(root, null, 2);
}

function expectReadOrRefused(text: string): Result<Plan> {
  const result = readPlanFile(text);
  if (result.ok) {
    expect(v.safeParse(planSchema, result.value).success).toBe(true);
    expect(planProblems(result.value)).toEqual([]);
  } else {
    expect(result.problems.length).toBeGreaterThanOrEqual(1);
    expect(result.problems.length).toBeLessThanOrEqual(21);
    for (const problem of result.problems) {
      expect(typeof problem.where).toBe('string');
      expect(problem.reason).toMatch(/\S/);
    }
  }
  return result;
}

const file = fc.constantFrom(...FILES);

// Each test takes one or two seconds alone, and several times that on a machine busy with others.
describe('readPlanFile on broken and hostile files', { timeout: 30_000 }, () => {
  it('reads or refuses a plan file with keys deleted and values of other types', () => {
    const changes = fc.array(
      mutation.filter((m) => m.kind !== 'dangerous'),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(file, changes, (text, ms) => void expectReadOrRefused(mutated(text, ms))),
      { numRuns: 1000 },
    );
  });

  it('refuses every file holding a key that could reach a prototype, and pollutes nothing', () => {
    const changes = fc.array(mutation, { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        file,
        changes.filter((ms) => ms.some((m) => m.kind === 'dangerous')),
        (text, ms) => {
          // Last, so that no later change deletes what holds the key.
          const last = [...ms].sort(
            (a, b) => Number(a.kind === 'dangerous') - Number(b.kind === 'dangerous'),
          );
          const result = expectReadOrRefused(mutated(text, last));
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.problems.map((p) => p.reason)).toContain(
              'this key is not allowed in a plan file',
            );
          }
        },
      ),
      { numRuns: 500 },
    );
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('reads or refuses a plan file cut short or with text dropped in', () => {
    fc.assert(
      fc.property(file, fc.nat(), fc.string({ maxLength: 3 }), (text, at, insert) => {
        const cut = at % text.length;
        expectReadOrRefused(text.slice(0, cut));
        expectReadOrRefused(text.slice(0, cut) + insert + text.slice(cut));
      }),
      { numRuns: 400 },
    );
  });

  it('refuses any text and any JSON that is not a plan file', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json({ maxDepth: 3 })),
        (text) => {
          expect(expectReadOrRefused(text).ok).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('refuses any JSON in place of the plan', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 }), fc.json({ maxDepth: 3 }), (version, plan) => {
        const text = `{"format":"termboard-plan","version":${version},"plan":${plan}}`;
        expect(expectReadOrRefused(text).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
