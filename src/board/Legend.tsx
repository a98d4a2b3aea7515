import { textColourFor } from '../domain/contrast';
import { usePlanStore } from '../store/store-context';

/** Which colour and code belong to which project, and who leads it. */
export function Legend() {
  const order = usePlanStore((s) => s.plan.projectOrder);
  const byId = usePlanStore((s) => s.plan.projects);
  const people = usePlanStore((s) => s.plan.people);
  const projects = order.flatMap((id) => byId[id] ?? []);
  if (projects.length === 0) return null;
  return (
    <section aria-labelledby="legend-heading" className="legend">
      <h2 id="legend-heading" className="visually-hidden">
        Projects
      </h2>
      <ul className="legend-list">
        {projects.map((p) => (
          <li key={p.id} className="legend-item">
            <span
              className="legend-swatch"
              style={{ backgroundColor: p.colour, color: textColourFor(p.colour) }}
            >
              {p.code}
            </span>
            <span className="legend-name">
              {p.name}
              {p.isStrategic && <span className="legend-strategic"> · strategic</span>}
              {p.leadId && people[p.leadId] && (
                <span className="legend-lead"> · lead {people[p.leadId]?.name}</span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
