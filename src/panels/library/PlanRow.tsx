import { useState, type FormEvent } from 'react';
import { dateTimeText } from '../../domain/date-text';
import { addMonthsToKey, monthLabel } from '../../domain/month';
import type { PlanListing } from '../../store/plan-library';

const PHASE_NAMES = { bronze: 'Bronze', silver: 'Silver', gold: 'Gold', custom: 'Custom' };

interface PlanRowProps {
  plan: PlanListing;
  isOpen: boolean;
  onOpen(): void;
  onRename(name: string): void;
  onDuplicate(): void;
  onDelete(): void;
  onVersions(): void;
}

/** One stored plan in the library, with what can be done to it. */
export function PlanRow({ plan, isOpen, ...on }: PlanRowProps) {
  const [isRenaming, setRenaming] = useState(false);
  const last = addMonthsToKey(plan.startMonth, plan.lengthMonths - 1);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '').trim();
    if (name) on.onRename(name);
    setRenaming(false);
  };

  return (
    <tr aria-current={isOpen ? 'true' : undefined}>
      <th scope="row">
        {isRenaming ? (
          <form onSubmit={submit} className="rename-form">
            <label>
              <span className="visually-hidden">New name for {plan.name}</span>
              <input
                name="name"
                defaultValue={plan.name}
                autoFocus
                onKeyDown={(e) => {
                  if (e.key === 'Escape') {
                    // Escape ends the renaming, not the whole dialog.
                    e.preventDefault();
                    setRenaming(false);
                  }
                }}
              />
            </label>
            <button type="submit">Save name</button>
          </form>
        ) : (
          <>
            {plan.name}
            {isOpen && <span className="plans-open-tag"> (open)</span>}
          </>
        )}
      </th>
      <td>{plan.organisation}</td>
      <td>{PHASE_NAMES[plan.phase]}</td>
      <td>
        {monthLabel(plan.startMonth)} – {monthLabel(last)} ({plan.lengthMonths})
      </td>
      <td>{dateTimeText(new Date(plan.savedAt))}</td>
      <td className="plans-row-commands">
        <button onClick={on.onOpen} disabled={isOpen} aria-label={`Open ${plan.name}`}>
          Open
        </button>
        <button onClick={() => setRenaming(true)} aria-label={`Rename ${plan.name}`}>
          Rename
        </button>
        <button onClick={on.onDuplicate} aria-label={`Duplicate ${plan.name}`}>
          Duplicate
        </button>
        <button onClick={on.onVersions} aria-label={`Earlier versions of ${plan.name}`}>
          Earlier versions
        </button>
        <button
          onClick={on.onDelete}
          disabled={isOpen}
          aria-label={`Delete ${plan.name}`}
          title={isOpen ? 'Open another plan to delete this one' : undefined}
        >
          Delete
        </button>
      </td>
    </tr>
  );
}
