import { RULE_NAMES, RULES } from '../../domain/rules/index';
import { usePlanStore, usePlanStoreApi } from '../../store/store-context';

/** Strategic projects, and which rules this plan checks. */
export function RulesSection() {
  const disabled = usePlanStore((s) => s.plan.settings.disabledRules);
  const order = usePlanStore((s) => s.plan.projectOrder);
  const projects = usePlanStore((s) => s.plan.projects);
  const { setRuleEnabled, setStrategic } = usePlanStoreApi().getState();
  return (
    <>
      <fieldset className="settings-section">
        <legend>Strategic projects (their first action belongs in the first term)</legend>
        {order.map((id) => {
          const project = projects[id];
          if (!project) return null;
          return (
            <label key={id} className="check">
              <input
                type="checkbox"
                checked={project.isStrategic}
                onChange={(e) => setStrategic(id, e.target.checked)}
              />
              {project.code} {project.name}
            </label>
          );
        })}
      </fieldset>
      <fieldset className="settings-section">
        <legend>Rules checked for this plan</legend>
        {RULES.map((rule) => (
          <label key={rule.id} className="check">
            <input
              type="checkbox"
              checked={!disabled.includes(rule.id)}
              onChange={(e) => setRuleEnabled(rule.id, e.target.checked)}
            />
            {RULE_NAMES[rule.id]}
          </label>
        ))}
      </fieldset>
    </>
  );
}
