import { useState } from 'react';
import type { PlanId } from '../domain/ids';
import type { Plan } from '../domain/plan';
import type { Problem } from '../domain/result';
import type { Table } from '../io/spreadsheet/read-table';
import { describeStorageError } from '../store/autosave';
import { usePlanSession } from '../store/session-context';
import { usePlanStoreApi } from '../store/store-context';
import { readChosenFile } from './read-chosen-file';

/** Where an import stands: one dialog or message at a time. */
export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'refused'; fileName: string; problems: Problem[] }
  | { step: 'same-id'; plan: Plan; storedName: string }
  | { step: 'mapping'; fileName: string; table: Table }
  | {
      step: 'imported';
      name: string;
      detail: string;
      importedId: PlanId;
      previousId: PlanId;
      /**
       * How Undo import takes it back: the new plan deleted (`plan`), or the step that added the
       * actions to the open plan undone (`history`). A replaced plan comes back through its
       * earlier versions instead (`null`).
       */
      undo: 'plan' | 'history' | null;
    };

/**
 * Reads a chosen file (a plan file or a spreadsheet) and takes it to a new plan in the library,
 * asking first when a plan with the same id is stored. A refused file changes nothing.
 */
export function useImport() {
  const session = usePlanSession();
  const store = usePlanStoreApi();
  const [state, setState] = useState<ImportStep>({ step: 'idle' });

  const refuse = (fileName: string, problems: Problem[]) =>
    setState({ step: 'refused', fileName, problems });

  /** Stores and opens the imported plan, keeping the way back to the plan that was open. */
  const finish = async (plan: Plan, detail: string, replace = false) => {
    const previousId = store.getState().plan.id;
    try {
      if (!session) {
        store.getState().openPlan(plan);
      } else if (replace) {
        await session.library.replace(plan, 'before import');
        await session.open(plan.id);
      } else {
        await session.openNew(plan);
      }
      setState({
        step: 'imported',
        name: plan.name,
        detail,
        importedId: plan.id,
        previousId,
        undo: !replace && session !== null ? 'plan' : null,
      });
    } catch (error) {
      refuse(plan.name, [
        { where: '', reason: `it could not be stored (${describeStorageError(error)})` },
      ]);
    }
  };

  /** Adds a spreadsheet's actions to the open plan: one change, one undo step. */
  const addToOpenPlan = (imported: Plan, detail: string) => {
    const { plan, importActions } = store.getState();
    importActions(imported);
    setState({
      step: 'imported',
      name: plan.name,
      detail,
      importedId: plan.id,
      previousId: plan.id,
      undo: 'history',
    });
  };

  const choose = async (file: File) => {
    setState({ step: 'reading', fileName: file.name });
    const chosen = await readChosenFile(file, session?.library ?? null);
    if (chosen.step === 'plan') return finish(chosen.plan, 'from a plan file');
    setState(chosen);
  };

  /** Keep both: the file's plan gets a new id, so the stored one is untouched. */
  const keepBoth = (plan: Plan) =>
    finish(
      { ...plan, id: `plan_${crypto.randomUUID().slice(0, 8)}` as PlanId },
      'from a plan file, beside the stored plan of the same id',
    );

  const replace = (plan: Plan) =>
    finish(plan, 'from a plan file, replacing the stored plan (its earlier version is kept)', true);

  /**
   * Undo import: actions added to the open plan are taken out again (when nothing has been
   * changed since), or the imported plan goes to the deleted plans and the earlier one reopens.
   */
  const undo = async (step: Extract<ImportStep, { step: 'imported' }>) => {
    if (step.undo === 'history') {
      const { past, undo: undoLast } = store.getState();
      if (past.at(-1)?.command === 'importActions') undoLast();
    } else if (step.undo === 'plan' && session) {
      await session.open(step.previousId);
      await session.library.remove(step.importedId);
    }
    setState({ step: 'idle' });
  };

  const close = () => setState({ step: 'idle' });

  return { state, choose, finish, addToOpenPlan, keepBoth, replace, undo, close };
}
