import { useState } from 'react';
import { dependencyProblem } from '../../domain/editing/dependency-edits';
import type { ActionId } from '../../domain/ids';
import { monthLabel } from '../../domain/month';
import type { Plan } from '../../domain/plan';
import { byReference } from '../../domain/action-order';

interface DependsOnFieldProps {
  plan: Plan;
  actionId: ActionId;
  value: ActionId[];
  onChange(value: ActionId[]): void;
}

function describe(plan: Plan, id: ActionId): string {
  const action = plan.actions[id];
  if (!action) return 'a deleted action';
  const where = action.month ? monthLabel(action.month) : 'unscheduled';
  return `${action.reference ? `${action.reference} ` : ''}${action.title} (${where})`;
}

/** The actions this one waits for: listed with a Remove each, and one more picked from the plan. */
export function DependsOnField({ plan, actionId, value, onChange }: DependsOnFieldProps) {
  const [picked, setPicked] = useState('');
  const [problem, setProblem] = useState('');
  const candidates = Object.values(plan.actions)
    .filter((a) => a.id !== actionId && !value.includes(a.id))
    .sort(byReference);

  const add = () => {
    if (!picked) return;
    const reason = dependencyProblem(plan, actionId, picked as ActionId);
    if (reason) return setProblem(`Not added: ${reason.reason}.`);
    setProblem('');
    onChange([...value, picked as ActionId]);
    setPicked('');
  };

  return (
    <fieldset className="depends-on">
      <legend>Depends on</legend>
      {value.length === 0 ? (
        <p className="field-hint">Waits for nothing.</p>
      ) : (
        <ul>
          {value.map((id) => (
            <li key={id}>
              {describe(plan, id)}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => onChange(value.filter((d) => d !== id))}
              >
                Remove the wait on {plan.actions[id]?.title ?? 'it'}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="depends-on-add">
        <select
          aria-label="Action this one waits for"
          value={picked}
          onChange={(e) => setPicked(e.target.value)}
        >
          <option value="">Choose an action…</option>
          {candidates.map((a) => (
            <option key={a.id} value={a.id}>
              {describe(plan, a.id)}
            </option>
          ))}
        </select>
        <button type="button" onClick={add} disabled={!picked}>
          Add wait
        </button>
      </div>
      {problem && (
        <p role="alert" className="field-problem">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
