import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { readChosenFile } from '../../../src/app/read-chosen-file';
import { samplePlan } from '../../../src/domain/sample-plan';
import { planFileJson } from '../../../src/io/plan-file';
import { openPlanLibrary, type PlanLibrary } from '../../../src/store/plan-library';
import { createPlanStore } from '../../../src/store/plan-store';

/*
 * What a person may choose in Import: a plan file cut short, with a character changed, with
 * noise in it, or a spreadsheet of random bytes. Whatever it is, reading it never throws and
 * never writes: a refusal names its problems, and the library and the open board are as before.
 */

const SAMPLE = planFileJson(samplePlan());

const damagedPlanFile = fc.oneof(
  fc.nat({ max: SAMPLE.length - 1 }).map((n) => SAMPLE.slice(0, n)),
  fc
    .tuple(fc.nat({ max: SAMPLE.length - 1 }), fc.string({ minLength: 1, maxLength: 3 }))
    .map(([at, text]) => SAMPLE.slice(0, at) + text + SAMPLE.slice(at + 1)),
  fc.string({ maxLength: 200 }),
  fc.constant('{"format":"termboard-plan","version":99,"plan":{}}'),
);

const chosenFile = fc.oneof(
  damagedPlanFile.map((text) => new File([text], 'plan.json')),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => new File([bytes], 'plan.csv')),
  fc.string({ maxLength: 300 }).map((text) => new File([text], 'actions.tsv')),
);

let library: PlanLibrary;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  library = await openPlanLibrary();
  await library.save(samplePlan());
});

describe('a file chosen in Import', () => {
  it('is read or refused without throwing, and a refusal changes nothing stored or shown', async () => {
    const store = createPlanStore(samplePlan());
    const before = store.getState();
    const stored = await library.list();
    await fc.assert(
      fc.asyncProperty(chosenFile, async (file) => {
        const chosen = await readChosenFile(file, library);
        if (chosen.step === 'refused') {
          expect(chosen.problems.length).toBeGreaterThan(0);
          for (const problem of chosen.problems) expect(problem.reason).not.toBe('');
        }
        expect(store.getState()).toBe(before);
        expect(await library.list()).toEqual(stored);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('asks before a plan file would meet a stored plan of the same id', async () => {
    const chosen = await readChosenFile(new File([SAMPLE], 'copy.json'), library);
    expect(chosen.step).toBe('same-id');
  });
});
