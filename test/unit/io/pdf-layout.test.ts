import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generatedPlan } from '../../../src/domain/generated-plan';
import { samplePlan } from '../../../src/domain/sample-plan';
import { layoutPlanPdf } from '../../../src/io/pdf/layout';
import { defaultPrintOptions } from '../../../src/domain/print-options';
import { MARGIN, type PdfOptions } from '../../../src/io/pdf/pdf-context';
import {
  ELLIPSIS,
  PT_TO_MM,
  wrapText,
  type Measure,
  type PdfBox,
  type PdfPage,
  type PdfText,
} from '../../../src/io/pdf/pdf-page';
import { makePlan } from '../../fixtures/make-plan';

// Roughly a sans-serif's average advance: the layout only needs widths that grow with the text.
const measure: Measure = (text, size, bold) => text.length * size * PT_TO_MM * (bold ? 0.6 : 0.55);

const options = (overrides: Partial<PdfOptions> = {}): PdfOptions => ({
  ...defaultPrintOptions(),
  exportedAt: new Date('2026-11-24T10:00:00Z'),
  ...overrides,
});

const notesOf = (page: PdfPage) =>
  page.items.filter((i): i is PdfBox => i.kind === 'box' && i.role === 'note');
const textOf = (pages: PdfPage[]) =>
  pages.flatMap((p) => p.items.filter((i): i is PdfText => i.kind === 'text').map((t) => t.text));

const overlaps = (a: PdfBox, b: PdfBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the year plan page', () => {
  const plan = samplePlan();
  const pages = layoutPlanPdf(plan, options(), measure);
  const first = pages[0]!;

  it('places every scheduled note of the sample plan on page 1, inside the margins', () => {
    const placed = notesOf(first).map((n) => n.actionId);
    const scheduled = Object.values(plan.actions).filter((a) => a.month);
    expect(placed.sort()).toEqual(scheduled.map((a) => a.id).sort());
    for (const note of notesOf(first)) {
      expect(note.x).toBeGreaterThanOrEqual(MARGIN);
      expect(note.y).toBeGreaterThanOrEqual(MARGIN);
      expect(note.x + note.width).toBeLessThanOrEqual(first.width - MARGIN);
      expect(note.y + note.height).toBeLessThanOrEqual(first.height - MARGIN);
    }
  });

  it('never lays one note over another', () => {
    const notes = notesOf(first);
    const pairs = notes.flatMap((a, i) => notes.slice(i + 1).filter((b) => overlaps(a, b)));
    expect(pairs).toEqual([]);
  });

  it('prints the month names, the term loads with overloads in words, the buffer and the review', () => {
    // Runs joined as a reader reads them: a marker may wrap in a narrow column.
    const text = textOf([first]).join(' ');
    expect(text).toContain('September 2026');
    expect(text).toContain('August 2027');
    expect(text).toContain('13 / 8 · over capacity by 5');
    expect(text).toContain('Keep free before review');
    expect(text).toContain('External review, 15 Jun');
  });

  it('puts a footer with the page number and the export date on every page', () => {
    pages.forEach((page, i) => {
      const text = textOf([page]);
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(text.some((t) => t.includes('exported 24 November 2026'))).toBe(true);
    });
  });

  it('gives the same pages for the same plan and options', () => {
    expect(layoutPlanPdf(plan, options(), measure)).toEqual(pages);
  });
});

describe('paging', () => {
  it('needs more pages on A4 than on A3 for the same plan', () => {
    const plan = generatedPlan(120);
    const yearOnly = {
      yearPlan: true,
      projects: false,
      unscheduled: false,
      warnings: false,
      reflection: false,
    };
    const a3 = layoutPlanPdf(plan, options({ sections: yearOnly }), measure);
    const a4 = layoutPlanPdf(plan, options({ paper: 'a4', sections: yearOnly }), measure);
    expect(a4.length).toBeGreaterThan(a3.length);
  });

  it('splits a 300-note plan over pages by term and drops no note', () => {
    const plan = generatedPlan(300);
    const pages = layoutPlanPdf(
      plan,
      options({
        sections: {
          yearPlan: true,
          projects: false,
          unscheduled: false,
          warnings: false,
          reflection: false,
        },
      }),
      measure,
    );
    expect(pages.length).toBeGreaterThan(1);
    const placed = pages.flatMap(notesOf).map((n) => n.actionId);
    const inPlan = Object.values(plan.actions).filter((a) => a.month);
    expect(placed.sort()).toEqual(inPlan.map((a) => a.id).sort());
    for (const page of pages) {
      const notes = notesOf(page);
      expect(notes.flatMap((a, i) => notes.slice(i + 1).filter((b) => overlaps(a, b)))).toEqual([]);
    }
  });

  it('fits a dense plan on one page when asked', () => {
    const plan = generatedPlan(120);
    const yearOnly = {
      yearPlan: true,
      projects: false,
      unscheduled: false,
      warnings: false,
      reflection: false,
    };
    const pages = layoutPlanPdf(plan, options({ sections: yearOnly, fitToOnePage: true }), measure);
    expect(pages).toHaveLength(1);
    expect(notesOf(pages[0]!)).toHaveLength(
      Object.values(plan.actions).filter((a) => a.month).length,
    );
  });
});

describe('awkward plans', () => {
  it('prints an empty plan as a year grid that says there are no actions yet', () => {
    const plan = makePlan({ actions: [] });
    const text = textOf(layoutPlanPdf(plan, options(), measure));
    expect(text).toContain('No actions yet.');
    expect(text).toContain('September 2026');
  });

  it('shortens a 500-character title on the grid and prints it whole in the table', () => {
    const long = `${'Agree a long and careful plan '.repeat(17)}end`.slice(0, 500);
    const plan = makePlan({ actions: [[long, '2026-10']] });
    const pages = layoutPlanPdf(plan, options(), measure);
    const gridText = textOf([pages[0]!]);
    expect(gridText.some((t) => t.endsWith('…'))).toBe(true);
    const tableText = textOf(pages.slice(1)).join(' ');
    expect(tableText.replace(/\s+/g, ' ')).toContain(long.replace(/\s+/g, ' ').trim());
  });
});

describe('wrapping text', () => {
  it('breaks at spaces, cuts a word only when it must, and ends a cut with an ellipsis', () => {
    expect(wrapText('one two three', 8 * 0.55 * PT_TO_MM * 8, 8, measure)).toEqual([
      'one two',
      'three',
    ]);
    expect(wrapText('abcdefghij', 4 * 0.55 * PT_TO_MM * 8, 8, measure)).toEqual([
      'abcd',
      'efgh',
      'ij',
    ]);
    expect(
      wrapText('one two three four', 8 * 0.55 * PT_TO_MM * 8, 8, measure, { maxLines: 1 }),
    ).toEqual(['one two…']);
  });

  // The plain definition: every candidate line measured whole. wrapText sums word widths instead.
  function wrapByMeasuringLines(text: string, width: number, widthOf: (s: string) => number) {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (widthOf(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (widthOf(line) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && widthOf(line.slice(0, cut)) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    if (line) lines.push(line);
    return lines;
  }

  it('breaks every text where measuring each whole line would, and keeps every line within the width', () => {
    // Whole units per character, so that sums are exact.
    const widthOf = (s: string) => [...s].reduce((sum, c) => sum + 1 + (c.charCodeAt(0) % 3), 0);
    const unitMeasure: Measure = (s) => widthOf(s);
    const words = fc.array(fc.stringMatching(/^[a-zA-Z’é]{1,14}$/), { maxLength: 30 });
    fc.assert(
      fc.property(words, fc.integer({ min: 4, max: 60 }), (list, width) => {
        const text = list.join(' ');
        const lines = wrapText(text, width, 8, unitMeasure);
        expect(lines).toEqual(wrapByMeasuringLines(text, width, widthOf));
        for (const line of lines) {
          if (line.length > 1) expect(widthOf(line)).toBeLessThanOrEqual(width);
        }
        const shortened = wrapText(text, width, 8, unitMeasure, { maxLines: 2 });
        if (lines.length > 2) {
          const last = shortened[1]!;
          expect(last.endsWith(ELLIPSIS)).toBe(true);
          expect(widthOf(last)).toBeLessThanOrEqual(width);
        } else {
          expect(shortened).toEqual(lines);
        }
      }),
    );
  });
});

describe('notes and reflection', () => {
  it('prints the answered questions and the notes after the warnings, and nothing when unanswered', () => {
    const plan = samplePlan();
    expect(textOf(layoutPlanPdf(plan, options(), measure))).not.toContain('Notes and reflection');

    plan.reflection = { momentum: 'A five-minute update at every staff briefing.' };
    plan.notes = 'Drafted with the governors on 12 November.';
    const text = textOf(layoutPlanPdf(plan, options(), measure)).join(' ');
    expect(text).toContain('Notes and reflection');
    expect(text).toContain('How will we keep up momentum?');
    expect(text).toContain('A five-minute update at every staff briefing.');
    expect(text).toContain('Drafted with the governors on 12 November.');
    expect(text).not.toContain('Who will support it');
    expect(text.indexOf('Notes and reflection')).toBeGreaterThan(text.indexOf('Warnings'));
  });
});

describe('the project tables', () => {
  it('list a project’s actions by month, or grouped by their first tag when asked', () => {
    const plan = makePlan({
      actions: [
        ['Survey staff', '2026-10', { tags: ['funded'] }],
        ['Write the policy', '2026-11'],
        ['Train the leads', '2027-01', { tags: ['early stage'] }],
        ['Share the results', '2027-03', { tags: ['funded'] }],
      ],
    });
    const rows = (actionOrder: 'month' | 'tag') => {
      const text = textOf(layoutPlanPdf(plan, options({ actionOrder }), measure)).join('\n');
      return ['Survey staff', 'Write the policy', 'Train the leads', 'Share the results'].sort(
        (a, b) => text.lastIndexOf(a) - text.lastIndexOf(b),
      );
    };
    expect(rows('month')).toEqual([
      'Survey staff',
      'Write the policy',
      'Train the leads',
      'Share the results',
    ]);
    expect(rows('tag')).toEqual([
      'Train the leads',
      'Survey staff',
      'Share the results',
      'Write the policy',
    ]);
  });
});
