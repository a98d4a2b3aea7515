import { useEffect, useState } from 'react';
import type { PlanId } from '../../domain/ids';
import { problemText } from '../../domain/result';
import type { PlanListing } from '../../store/plan-library';
import { usePlanSession } from '../../store/session-context';
import { nextPhasePlan } from '../../domain/next-phase';
import { usePlanStore, usePlanStoreApi } from '../../store/store-context';
import { useModal } from '../use-modal';
import { DeletedPlans } from './DeletedPlans';
import { PlanRow } from './PlanRow';
import { VersionsList } from './VersionsList';

/**
 * The plan library: every plan this browser keeps, to open, rename, duplicate and delete
 * (restorable for 30 days), and the earlier versions of each.
 */
export function PlansDialog({
  onClose,
  onNewPlan,
}: {
  onClose: () => void;
  onNewPlan: () => void;
}) {
  const session = usePlanSession();
  const dialog = useModal();
  const openId = usePlanStore((s) => s.plan.id);
  const renameOpenPlan = usePlanStore((s) => s.renamePlan);
  const store = usePlanStoreApi();
  const [plans, setPlans] = useState<PlanListing[] | null>(null);
  const [versionsOf, setVersionsOf] = useState<PlanListing | null>(null);
  const [message, setMessage] = useState('');

  // Bumped after each change to the library, so the list is read again.
  const [changes, setChanges] = useState(0);
  const refresh = () => setChanges((n) => n + 1);

  useEffect(() => {
    let isCurrent = true;
    void session?.library.list().then((listed) => {
      if (isCurrent) setPlans(listed);
    });
    return () => {
      isCurrent = false;
    };
  }, [session, openId, changes]);

  if (!session) {
    return (
      <dialog ref={dialog} aria-labelledby="plans-title" className="dialog" onClose={onClose}>
        <h2 id="plans-title">Plans</h2>
        <p role="alert">
          This browser is not keeping plans (its storage is unavailable), so there is no library.
          The open plan works in memory: download it as a plan file to keep it.
        </p>
        <button onClick={onClose}>Close</button>
      </dialog>
    );
  }
  const { library } = session;

  // Each action names its plan in the message, so a screen reader hears what happened.
  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setMessage(done);
    } catch (error) {
      setMessage(`That did not work: ${error instanceof Error ? error.message : String(error)}`);
    }
    refresh();
  };

  const open = async (plan: PlanListing) => {
    const opened = await session.open(plan.id);
    if (opened.ok) onClose();
    else
      setMessage(`"${plan.name}" cannot be opened: ${opened.problems.map(problemText).join('; ')}`);
  };

  const rename = (plan: PlanListing, name: string) =>
    act(async () => {
      if (plan.id === openId) renameOpenPlan(name);
      else await library.rename(plan.id, name);
    }, `Renamed to "${name}".`);

  const duplicate = (plan: PlanListing) =>
    act(
      () =>
        library.duplicate(plan.id, (original) => ({
          ...original,
          id: `plan_${crypto.randomUUID().slice(0, 8)}` as PlanId,
          name: `${original.name} (copy)`,
        })),
      `"${plan.name} (copy)" added.`,
    );

  const remove = (plan: PlanListing) =>
    act(() => library.remove(plan.id), `"${plan.name}" deleted: it can be restored for 30 days.`);

  const restore = (plan: PlanListing) =>
    act(() => library.restore(plan.id), `"${plan.name}" restored.`);

  // The earlier plan stays as it is in the library; the new one opens in its place.
  const startNextPhase = async () => {
    const next = nextPhasePlan(store.getState().plan);
    await session.openNew(next);
    onClose();
  };

  const kept = plans?.filter((p) => !p.deletedAt) ?? [];
  const deleted = plans?.filter((p) => p.deletedAt) ?? [];

  return (
    <dialog
      ref={dialog}
      aria-labelledby="plans-title"
      className="dialog plans-dialog"
      onClose={onClose}
    >
      <div className="settings-header">
        <h2 id="plans-title">Plans</h2>
        <div className="plans-commands">
          <button
            onClick={() => {
              onClose();
              onNewPlan();
            }}
          >
            New plan
          </button>
          <button onClick={() => void startNextPhase()}>Start the next phase</button>
          <button onClick={onClose}>Close</button>
        </div>
      </div>
      <p role="status" className="dialog-progress">
        {plans === null ? 'Reading the plans this browser keeps…' : message}
      </p>
      {versionsOf ? (
        <VersionsList
          plan={versionsOf}
          isOpen={versionsOf.id === openId}
          onBack={() => setVersionsOf(null)}
          onRestored={(text) => {
            setMessage(text);
            setVersionsOf(null);
            refresh();
          }}
        />
      ) : (
        <>
          <table className="plans-table">
            <caption>Plans kept in this browser, the most recently changed first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Organisation</th>
                <th scope="col">Phase</th>
                <th scope="col">Months</th>
                <th scope="col">Last changed</th>
                <th scope="col">
                  <span className="visually-hidden">Commands</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {[...kept]
                .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
                .map((plan) => (
                  <PlanRow
                    key={plan.id}
                    plan={plan}
                    isOpen={plan.id === openId}
                    onOpen={() => void open(plan)}
                    onRename={(name) => void rename(plan, name)}
                    onDuplicate={() => void duplicate(plan)}
                    onDelete={() => void remove(plan)}
                    onVersions={() => setVersionsOf(plan)}
                  />
                ))}
            </tbody>
          </table>
          <DeletedPlans plans={deleted} onRestore={(plan) => void restore(plan)} />
        </>
      )}
    </dialog>
  );
}
