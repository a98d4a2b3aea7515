import { addProject } from '../editing/project-edits';
import type { ProjectId } from '../ids';
import type { Plan } from '../plan';

/**
 * The plan's projects, made as a spreadsheet names them: the same name on a later row is the
 * same project. A code or colour column is used when it gives a usable, unused code (2-4
 * letters) or a `#rrggbb` colour; otherwise, as for any new project, the code comes from the
 * name's initials and the colour is the next palette colour not yet taken.
 */
export function projectBook(plan: Plan) {
  // A plan that already has projects (an import added to it) keeps their names, codes, colours.
  const byName = new Map<string, ProjectId>(
    Object.values(plan.projects).map((p) => [p.name, p.id]),
  );
  return {
    /** Whether a project already has this colour, so an added one can take a free one. */
    isColourTaken: (colour: string) =>
      Object.values(plan.projects).some((p) => p.colour.toUpperCase() === colour.toUpperCase()),
    projectNamed(name: string, code = '', colour = ''): ProjectId {
      const known = byName.get(name);
      if (known) return known;
      const id = addProject(plan, { name, code: code || undefined, colour: colour || undefined });
      byName.set(name, id);
      return id;
    },
  };
}
