import type { Plan } from '../domain/plan';
import type { Problem } from '../domain/result';
import type { Table } from '../io/spreadsheet/read-table';
import type { PlanLibrary } from '../store/plan-library';

/** What a chosen file turned out to be, before anything is stored or opened. */
export type ChosenFile =
  | { step: 'refused'; fileName: string; problems: Problem[] }
  | { step: 'same-id'; plan: Plan; storedName: string }
  | { step: 'plan'; plan: Plan }
  | { step: 'mapping'; fileName: string; table: Table };

const isPlanFile = (name: string) => /\.json$/i.test(name);

/**
 * Reads a plan file or a spreadsheet the person chose. It only reads: the library is asked
 * whether a plan of the same id is kept, and nothing is written, so a refused file changes nothing.
 */
export async function readChosenFile(
  file: File,
  library: Pick<PlanLibrary, 'listingOf'> | null,
): Promise<ChosenFile> {
  const refused = (problems: Problem[]): ChosenFile => ({
    step: 'refused',
    fileName: file.name,
    problems,
  });
  if (isPlanFile(file.name)) {
    const { planFileSizeProblem, readPlanFile } = await import('../io/read-plan-file');
    const tooLarge = planFileSizeProblem(file.size);
    if (tooLarge) return refused([tooLarge]);
    const plan = readPlanFile(await file.text());
    if (!plan.ok) return refused(plan.problems);
    const same = await library?.listingOf(plan.value.id);
    return same
      ? { step: 'same-id', plan: plan.value, storedName: same.name }
      : { step: 'plan', plan: plan.value };
  }
  // The spreadsheet readers (and the xlsx library) load with the first spreadsheet import.
  const { readSpreadsheetFile } = await import('../io/spreadsheet/read-table');
  const table = await readSpreadsheetFile(file);
  return table.ok
    ? { step: 'mapping', fileName: file.name, table: table.value }
    : refused(table.problems);
}
