import type { ActionId } from '../domain/ids';
import type { PlanState, AllCommands } from './plan-store';

type Linking = Pick<PlanState, 'plan'> & Pick<AllCommands, 'addDependency' | 'setNotice'>;

/** Makes `waiting` wait for `before` and says in the notice line what happened, or why not. */
export function linkAndTell(state: Linking, waiting: ActionId, before: ActionId): void {
  const title = (id: ActionId) => `“${state.plan.actions[id]?.title ?? ''}”`;
  const problem = state.addDependency(waiting, before);
  state.setNotice(
    problem
      ? { text: `No link: ${problem.reason}.`, canUndo: false }
      : { text: `${title(waiting)} now waits for ${title(before)}.`, canUndo: true },
  );
}
