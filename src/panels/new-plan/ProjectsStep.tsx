import { useRef, useState, type KeyboardEvent } from 'react';
import type { NewProject } from '../../domain/editing/project-edits';

interface ProjectsStepProps {
  projects: NewProject[];
  onChange(projects: NewProject[]): void;
}

/** The wizard's second step: the action projects, typed one after another. */
export function ProjectsStep({ projects, onChange }: ProjectsStepProps) {
  const [name, setName] = useState('');
  const [isStrategic, setStrategic] = useState(false);
  const [problem, setProblem] = useState('');
  const field = useRef<HTMLInputElement>(null);

  const add = () => {
    const trimmed = name.trim();
    if (!trimmed) return setProblem('Type the project’s name first.');
    if (projects.some((p) => p.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase()))
      return setProblem(`“${trimmed}” is already in the list.`);
    onChange([...projects, { name: trimmed, isStrategic }]);
    setName('');
    setStrategic(false);
    setProblem('');
    field.current?.focus();
  };

  // Enter adds the project rather than finishing the wizard, so names can be typed in a row.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };

  return (
    <div className="projects-step">
      <p className="field-hint">
        One project per priority of your plan (six at most keeps a team focused). Each gets a colour
        and a short code; you can change them later in Projects.
      </p>
      {projects.length > 0 && (
        <ol className="wizard-projects">
          {projects.map((p, i) => (
            <li key={p.name}>
              {p.name}
              {p.isStrategic ? ' (strategic)' : ''}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => onChange(projects.filter((_, j) => j !== i))}
              >
                Remove {p.name}
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="wizard-add-project">
        <label>
          Project name
          <input
            ref={field}
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={onKeyDown}
            autoFocus
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={isStrategic}
            onChange={(e) => setStrategic(e.target.checked)}
          />
          Strategic (starts in the first term)
        </label>
        <button type="button" onClick={add}>
          Add project
        </button>
      </div>
      {problem && (
        <p role="alert" className="field-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
