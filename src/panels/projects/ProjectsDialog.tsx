import { useState, type FormEvent } from 'react';
import { usePlanStore, usePlanStoreApi } from '../../store/store-context';
import { useModal } from '../use-modal';
import { ProjectCard } from './ProjectCard';

/** The plan's action projects: add, edit, reorder, delete. */
export function ProjectsDialog({ onClose }: { onClose: () => void }) {
  const store = usePlanStoreApi();
  const plan = usePlanStore((s) => s.plan);
  const isReadOnly = usePlanStore((s) => s.access === 'read-only');
  const dialog = useModal();
  const [problem, setProblem] = useState('');

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const result = store.getState().addProject({
      name: String(data.get('name') ?? ''),
      code: String(data.get('code') ?? '').trim() || undefined,
      isStrategic: data.get('strategic') === 'on',
    });
    if ('reason' in result) return setProblem(`Not added: ${result.reason}.`);
    setProblem('');
    form.reset();
    (form.elements.namedItem('name') as HTMLInputElement).focus();
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby="projects-title"
      className="dialog projects-dialog"
      onClose={onClose}
    >
      <div className="settings-header">
        <h2 id="projects-title">Projects</h2>
        <button className="primary" onClick={onClose}>
          Done
        </button>
      </div>
      <fieldset disabled={isReadOnly} className="plain-fieldset">
        {plan.projectOrder.length === 0 && <p>No projects yet: add the first below.</p>}
        <ul className="project-list">
          {plan.projectOrder.map((id, index) => (
            <ProjectCard key={id} plan={plan} id={id} index={index} />
          ))}
        </ul>
        <form className="add-project" onSubmit={add} noValidate>
          <h3>Add a project</h3>
          <label>
            Project name
            <input name="name" data-autofocus />
          </label>
          <label>
            Code (optional)
            <input name="code" maxLength={4} size={5} />
          </label>
          <label className="check">
            <input type="checkbox" name="strategic" /> Strategic
          </label>
          <button type="submit">Add project</button>
          {problem && (
            <p role="alert" className="field-problem">
              {problem}
            </p>
          )}
        </form>
      </fieldset>
    </dialog>
  );
}
