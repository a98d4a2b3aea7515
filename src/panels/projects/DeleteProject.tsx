import { useState } from 'react';
import type { ProjectId } from '../../domain/ids';
import type { Plan } from '../../domain/plan';
import { usePlanStoreApi } from '../../store/store-context';

const DELETE_THEM = 'delete';

/** Deleting a project asks where its actions go: to another project, or with it. */
export function DeleteProject({ plan, id }: { plan: Plan; id: ProjectId }) {
  const store = usePlanStoreApi();
  const project = plan.projects[id];
  const count = Object.values(plan.actions).filter((a) => a.projectId === id).length;
  const others = plan.projectOrder.filter((p) => p !== id);
  const [asking, setAsking] = useState(false);
  const [target, setTarget] = useState<string>(others[0] ?? DELETE_THEM);
  if (!project) return null;

  const remove = () =>
    store
      .getState()
      .deleteProject(id, count === 0 || target === DELETE_THEM ? null : (target as ProjectId));

  if (!asking) {
    return (
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        Delete {project.name}…
      </button>
    );
  }
  return (
    <div className="delete-project" role="group" aria-label={`Delete ${project.name}`}>
      {count > 0 && (
        <label>
          Its {count} {count === 1 ? 'action' : 'actions'}
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            {others.map((p) => (
              <option key={p} value={p}>
                move to {plan.projects[p]?.name}
              </option>
            ))}
            <option value={DELETE_THEM}>are deleted too</option>
          </select>
        </label>
      )}
      <button type="button" className="danger" onClick={remove}>
        Delete project
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </div>
  );
}
