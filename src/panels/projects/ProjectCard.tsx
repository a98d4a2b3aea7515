import type { PersonId, ProjectId } from '../../domain/ids';
import type { Plan, Project } from '../../domain/plan';
import { textColourFor } from '../../domain/contrast';
import { codeProblem, projectNameProblem } from '../../domain/editing/project-edits';
import { usePlanStoreApi } from '../../store/store-context';
import { CommitField } from '../CommitField';
import { ColourField } from './ColourField';
import { DeleteProject } from './DeleteProject';

interface ProjectCardProps {
  plan: Plan;
  id: ProjectId;
  index: number;
}

/** One project, every field editable; each change is one undo step. */
export function ProjectCard({ plan, id, index }: ProjectCardProps) {
  const store = usePlanStoreApi();
  const project = plan.projects[id];
  if (!project) return null;
  const { updateProject, moveProject } = store.getState();
  const update = (changes: Partial<Omit<Project, 'id'>>) => updateProject(id, changes);
  const count = Object.values(plan.actions).filter((a) => a.projectId === id).length;
  const people = Object.values(plan.people).sort((a, b) => a.name.localeCompare(b.name));

  return (
    <li className="project-card">
      <details>
        <summary>
          <span
            className="project-chip"
            style={{ backgroundColor: project.colour, color: textColourFor(project.colour) }}
          >
            {project.code}
          </span>{' '}
          {project.name}
          <span className="project-count">
            {' '}
            · {count} {count === 1 ? 'action' : 'actions'}
            {project.isStrategic ? ' · strategic' : ''}
          </span>
        </summary>
        <div className="project-fields">
          <CommitField
            label="Name"
            value={project.name}
            validate={(raw) => projectNameProblem(raw)?.reason ?? null}
            onCommit={(raw) => update({ name: raw })}
          />
          <CommitField
            label="Code (2-4 letters)"
            value={project.code}
            validate={(raw) => codeProblem(plan, raw, id)?.reason ?? null}
            onCommit={(raw) => update({ code: raw })}
          />
          <ColourField
            name={project.name}
            value={project.colour}
            onChange={(c) => update({ colour: c })}
          />
          <div className="field">
            <label htmlFor={`lead-${id}`}>Lead</label>
            <select
              id={`lead-${id}`}
              value={project.leadId ?? ''}
              onChange={(e) => update({ leadId: (e.target.value || null) as PersonId | null })}
            >
              <option value="">— No lead —</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.initials} · {p.name}
                </option>
              ))}
            </select>
          </div>
          <label className="check">
            <input
              type="checkbox"
              checked={project.isStrategic}
              onChange={(e) => update({ isStrategic: e.target.checked })}
            />
            Strategic: its first action belongs in the first term
          </label>
          <CommitField
            label="Description"
            type="multiline"
            value={project.description}
            onCommit={(raw) => update({ description: raw })}
          />
          <CommitField
            label="What it addresses (area of the self-assessment or audit)"
            value={project.addresses}
            onCommit={(raw) => update({ addresses: raw })}
          />
          <CommitField
            label="Indicator references"
            value={project.indicators}
            hint="As your framework numbers them, e.g. 3.1, 3.4"
            onCommit={(raw) => update({ indicators: raw })}
          />
          <CommitField
            label="Judgement"
            value={project.judgement}
            onCommit={(raw) => update({ judgement: raw })}
          />
          <CommitField
            label="Success criteria (measurable impact)"
            type="multiline"
            value={project.successCriteria}
            onCommit={(raw) => update({ successCriteria: raw })}
          />
          <CommitField
            label="Risks and how they will be handled"
            type="multiline"
            value={project.risks}
            onCommit={(raw) => update({ risks: raw })}
          />
          <div className="project-commands">
            <button type="button" disabled={index === 0} onClick={() => moveProject(id, index - 1)}>
              Move {project.name} up
            </button>
            <button
              type="button"
              disabled={index === plan.projectOrder.length - 1}
              onClick={() => moveProject(id, index + 1)}
            >
              Move {project.name} down
            </button>
            <DeleteProject plan={plan} id={id} />
          </div>
        </div>
      </details>
    </li>
  );
}
