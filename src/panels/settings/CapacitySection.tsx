import { useState } from 'react';
import type { TermId } from '../../domain/ids';
import type { Size } from '../../domain/plan';
import { capacityProblem, otherLoadProblem, weightProblem } from '../../domain/settings-rules';
import { selectCalendar } from '../../store/selectors';
import { usePlanStore, usePlanStoreApi } from '../../store/store-context';
import { CommitField, toNumber } from '../CommitField';

const SIZES: Size[] = ['small', 'medium', 'large'];

/** Capacity per term, the school's other plans' load in each term, and the weight of each size. */
export function CapacitySection() {
  const terms = usePlanStore((s) => selectCalendar(s.plan).terms);
  const settings = usePlanStore((s) => s.plan.settings);
  const commands = usePlanStoreApi().getState();
  const [newPlanName, setNewPlanName] = useState('');

  const addOtherPlan = () => {
    commands.addOtherPlan(newPlanName);
    setNewPlanName('');
  };

  return (
    <fieldset className="settings-section">
      <legend>Capacity and load</legend>
      <CommitField
        label="Capacity of every term (actions)"
        type="number"
        value={String(settings.termCapacity)}
        validate={(raw) => capacityProblem(toNumber(raw))}
        onCommit={(raw) => commands.setTermCapacity(null, toNumber(raw))}
      />
      <table className="settings-table">
        <caption>
          Each term: its own capacity, and the load the school's other plans put in it
        </caption>
        <thead>
          <tr>
            <th scope="col">Term</th>
            <th scope="col">Capacity</th>
            {settings.otherPlans.map((o) => (
              <th scope="col" key={o.id}>
                {o.name}{' '}
                <button className="link-button" onClick={() => commands.removeOtherPlan(o.id)}>
                  Remove {o.name}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {terms.map((t) => (
            <tr key={t.id}>
              <th scope="row">{t.name}</th>
              <td>
                <CommitField
                  label={`Capacity of ${t.name}`}
                  type="number"
                  value={String(settings.capacityByTerm[t.id] ?? settings.termCapacity)}
                  validate={(raw) => capacityProblem(toNumber(raw))}
                  onCommit={(raw) => commands.setTermCapacity(t.id as TermId, toNumber(raw))}
                />
              </td>
              {settings.otherPlans.map((o) => (
                <td key={o.id}>
                  <CommitField
                    label={`${o.name} load in ${t.name}`}
                    type="number"
                    value={String(o.loadByTerm[t.id] ?? 0)}
                    validate={(raw) => otherLoadProblem(toNumber(raw))}
                    onCommit={(raw) => commands.setOtherPlanLoad(o.id, t.id, toNumber(raw))}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="field field--inline">
        <label htmlFor="settings-other-plan">Another plan the school runs</label>
        <input
          id="settings-other-plan"
          value={newPlanName}
          placeholder="Inspection action plan"
          onChange={(e) => setNewPlanName(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && addOtherPlan()}
        />
        <button onClick={addOtherPlan}>Add other plan</button>
      </div>
      <div className="settings-weights">
        {SIZES.map((size) => (
          <CommitField
            key={size}
            label={`Weight of a ${size} action`}
            type="number"
            value={String(settings.weights[size])}
            validate={(raw) => weightProblem(toNumber(raw))}
            onCommit={(raw) => commands.setWeight(size, toNumber(raw))}
          />
        ))}
      </div>
    </fieldset>
  );
}
