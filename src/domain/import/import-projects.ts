import { createProject } from '../create-plan';
import { newId, type ProjectId } from '../ids';
import { PROJECT_PALETTE } from '../palette';
import type { Plan } from '../plan';
import { projectCodeOf } from '../initials';

const CODE = /^[\p{L}\p{N}]{2,4}$/u;
const COLOUR = /^#[0-9a-f]{6}$/i;

/**
 * The plan's projects, made as a spreadsheet names them: the same name on a later row is the
 * same project. A code or colour column is used when it gives a usable, unused code (2-4
 * letters) or a `#rrggbb` colour; otherwise the code comes from the name's initials and the
 * colour is the next palette colour not yet taken.
 */
export function projectBook(plan: Plan) {
  const byName = new Map<string, ProjectId>();
  const codes = new Set<string>();
  const colours = new Set<string>();
  // A plan that already has projects (an import added to it) keeps their names, codes, colours.
  for (const project of Object.values(plan.projects)) {
    byName.set(project.name, project.id);
    codes.add(project.code.toLocaleUpperCase());
    colours.add(project.colour.toUpperCase());
  }

  function codeFor(name: string, given: string): string {
    const code = CODE.test(given) && !codes.has(given.toLocaleUpperCase()) ? given : null;
    return code ?? projectCodeOf(name, codes);
  }

  function colourFor(given: string): string {
    if (COLOUR.test(given)) return given;
    const free = PROJECT_PALETTE.find((c) => !colours.has(c.toUpperCase()));
    return free ?? PROJECT_PALETTE[plan.projectOrder.length % PROJECT_PALETTE.length] ?? '#CC6677';
  }

  return {
    /** Whether a project already has this colour, so an added one can take a free one. */
    isColourTaken: (colour: string) => colours.has(colour.toUpperCase()),
    projectNamed(name: string, code = '', colour = ''): ProjectId {
      const known = byName.get(name);
      if (known) return known;
      const project = createProject({
        id: newId<'ProjectId'>('prj'),
        name,
        code: codeFor(name, code),
        colour: colourFor(colour),
      });
      plan.projects[project.id] = project;
      plan.projectOrder.push(project.id);
      byName.set(name, project.id);
      codes.add(project.code.toLocaleUpperCase());
      colours.add(project.colour.toUpperCase());
      return project.id;
    },
  };
}
