import type { PlanId } from '../domain/ids';

/** This tab's hold on editing one plan; released when another plan opens here. */
export interface PlanLock {
  release(): void;
}

const lockName = (id: PlanId) => `termboard-plan-${id}`;

/**
 * Asks for the right to edit a plan, held through a Web Lock until released, so two tabs never
 * edit one plan at once. `null` when another tab holds it. `steal` takes it from that tab, which
 * hears of it through its own `onLost`. Browsers without Web Locks get the lock unconditionally:
 * the revision check on every save still stops one tab overwriting another.
 */
export function lockPlan(
  id: PlanId,
  onLost: () => void,
  { steal = false } = {},
): Promise<PlanLock | null> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return Promise.resolve({ release: () => undefined });
  return new Promise((resolve) => {
    let release = () => {};
    const released = new Promise<void>((done) => (release = done));
    const options: LockOptions = steal ? { steal: true } : { ifAvailable: true };
    locks
      .request(lockName(id), options, async (lock) => {
        if (!lock) return resolve(null);
        resolve({ release });
        await released;
      })
      .catch((error: unknown) => {
        // A stolen lock ends this tab's request with an AbortError.
        if (error instanceof DOMException && error.name === 'AbortError') onLost();
      });
  });
}
