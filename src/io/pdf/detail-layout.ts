import { REFLECTION_QUESTIONS } from '../../domain/reflection';
import { STATUS_MARKS } from '../../domain/status-marks';
import { byReference, compareText } from '../../domain/action-order';
import { monthLabel } from '../../domain/month';
import type { Action, Kind, Project } from '../../domain/plan';
import type { Severity } from '../../domain/rules/rule';
import { DANGER, FOOTER_HEIGHT, INK, MARGIN, MUTED, RULE, type PdfContext } from './pdf-context';
import { drawHeader, newPage } from './page-frame';
import { lineHeight, wrapText, type PdfItem, type PdfPage } from './pdf-page';

const KIND_WORDS: Record<Kind, string> = { process: 'Process', evidence: 'Evidence' };
const SEVERITY_WORDS: Record<Severity, string> = {
  error: 'Problem',
  warning: 'Warning',
  info: 'Note',
};

const BODY = 8.5;
const CELL = 7.5;

/** Pages written top to bottom, a new page whenever the next block does not fit. */
export class Flow {
  readonly pages: PdfPage[] = [];
  private page!: PdfPage;
  y = 0;
  readonly left = MARGIN;
  readonly width: number;
  private readonly bottom: number;

  private section = '';

  constructor(private readonly ctx: PdfContext) {
    this.width = ctx.width - 2 * MARGIN;
    this.bottom = ctx.height - MARGIN - FOOTER_HEIGHT - 2;
  }

  /** A section runs on after the one before; its name heads the pages it starts. */
  startSection(name: string): void {
    this.section = name;
    if (this.pages.length === 0) this.newPage();
    else this.gap(4);
  }

  newPage(): void {
    this.page = newPage(this.ctx);
    this.pages.push(this.page);
    this.y = drawHeader(this.ctx, this.page, this.section) + 2;
  }

  /** Starts a new page unless `height` more fits on this one; true when it started one. */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom) return false;
    this.newPage();
    return true;
  }

  add(items: PdfItem[], height: number): void {
    this.page.items.push(...items);
    this.y += height;
  }

  heading(text: string, size = 12, colour?: string): void {
    // A heading keeps at least its first lines and a table row with it.
    this.ensure(lineHeight(size) + 30);
    const swatch: PdfItem[] = colour
      ? [
          {
            kind: 'box',
            role: 'swatch',
            x: this.left,
            y: this.y + 0.6,
            width: 5,
            height: 3.6,
            fill: colour,
            stroke: INK,
          },
        ]
      : [];
    const x = colour ? this.left + 7 : this.left;
    this.add(
      [...swatch, { kind: 'text', x, y: this.y, text, size, bold: true }],
      lineHeight(size) + 1.5,
    );
  }

  text(text: string, style: { bold?: boolean; colour?: string; size?: number } = {}): void {
    const size = style.size ?? BODY;
    const lines = wrapText(text, this.width, size, this.ctx.measure, style);
    for (const line of lines) {
      this.ensure(lineHeight(size));
      this.add(
        [{ kind: 'text', x: this.left, y: this.y, text: line, size, ...style }],
        lineHeight(size),
      );
    }
  }

  /** A labelled paragraph: `Success criteria` in bold, then the text. */
  field(label: string, text: string): void {
    if (!text.trim()) return;
    this.ensure(lineHeight(BODY) * 2);
    this.add(
      [{ kind: 'text', x: this.left, y: this.y, text: label, size: BODY, bold: true }],
      lineHeight(BODY),
    );
    this.text(text);
    this.y += 1.5;
  }

  gap(height: number): void {
    this.y += height;
  }

  /**
   * A table with wrapped cells; the header row is repeated on every page it runs over. Column
   * widths are shares of the page width.
   */
  table(columns: { title: string; share: number }[], rows: string[][]): void {
    const total = columns.reduce((sum, c) => sum + c.share, 0);
    const widths = columns.map((c) => (c.share / total) * this.width);
    const pad = 1;
    const lh = lineHeight(CELL);
    const row = (cells: string[], bold: boolean, fill?: string) => {
      const wrapped = cells.map((cell, i) =>
        wrapText(cell, (widths[i] ?? 10) - 2 * pad, CELL, this.ctx.measure, { bold }),
      );
      const height = Math.max(1, ...wrapped.map((lines) => lines.length)) * lh + 2 * pad;
      return { wrapped, height, bold, fill };
    };
    const header = row(
      columns.map((c) => c.title),
      true,
      '#e8e6e0',
    );
    const draw = (r: ReturnType<typeof row>) => {
      const items: PdfItem[] = [];
      if (r.fill)
        items.push({
          kind: 'box',
          x: this.left,
          y: this.y,
          width: this.width,
          height: r.height,
          fill: r.fill,
        });
      let x = this.left;
      r.wrapped.forEach((lines, i) => {
        lines.forEach((line, n) =>
          items.push({
            kind: 'text',
            x: x + pad,
            y: this.y + pad + n * lh,
            text: line,
            size: CELL,
            bold: r.bold,
          }),
        );
        x += widths[i] ?? 0;
      });
      items.push({
        kind: 'line',
        x1: this.left,
        y1: this.y + r.height,
        x2: this.left + this.width,
        y2: this.y + r.height,
        colour: RULE,
        width: 0.2,
      });
      this.add(items, r.height);
    };
    this.ensure(header.height + lh * 2);
    draw(header);
    for (const cells of rows) {
      const r = row(cells, false);
      if (this.ensure(r.height)) draw(header);
      draw(r);
    }
  }
}

function ownerText(ctx: PdfContext, action: Action): string {
  const names = action.ownerIds.map((id) => ctx.plan.people[id]?.name ?? 'unknown person');
  return names.length ? names.join(' and ') : 'No owner';
}

function dependsText(ctx: PdfContext, action: Action): string {
  return action.dependsOn
    .map((id) => ctx.plan.actions[id])
    .filter((a): a is Action => a !== undefined)
    .map((a) => (a.reference ? `${a.reference} ${a.title}` : a.title))
    .join('; ');
}

/** By first tag (the untagged last), then in month order: the tables grouped as the team tags. */
function byTag(a: Action, b: Action): number {
  const [x, y] = [a.tags[0], b.tags[0]];
  if (x !== y) {
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    return compareText(x, y);
  }
  return byMonth(a, b);
}

/** Month order, the unscheduled last, then by reference. */
function byMonth(a: Action, b: Action): number {
  if (a.month !== b.month) {
    if (!a.month) return 1;
    if (!b.month) return -1;
    return compareText(a.month, b.month);
  }
  return byReference(a, b);
}

function projectSection(ctx: PdfContext, flow: Flow, project: Project): void {
  const { plan } = ctx;
  flow.heading(`${project.code}  ${project.name}`, 12, project.colour);
  const lead = project.leadId ? plan.people[project.leadId]?.name : undefined;
  flow.text(
    [lead ? `Lead: ${lead}` : 'No lead named', project.isStrategic && 'strategic project']
      .filter(Boolean)
      .join(' · '),
    { colour: MUTED },
  );
  flow.gap(1.5);
  flow.field('Description', project.description);
  flow.field('What it addresses', project.addresses);
  flow.field('Indicators', project.indicators);
  flow.field('Judgement', project.judgement);
  flow.field('Success criteria', project.successCriteria);
  flow.field('Risks and how they will be handled', project.risks);
  const actions = Object.values(plan.actions)
    .filter((a) => a.projectId === project.id)
    .sort(ctx.options.actionOrder === 'tag' ? byTag : byMonth);
  if (actions.length === 0) {
    flow.text('No actions in this project yet.', { colour: MUTED });
  } else {
    flow.table(
      [
        { title: 'Ref', share: 6 },
        { title: 'Action', share: 30 },
        { title: 'Kind', share: 8 },
        { title: 'Owner', share: 13 },
        { title: 'Month', share: 11 },
        { title: 'Status', share: 9 },
        { title: 'Depends on', share: 15 },
        { title: 'Tags', share: 8 },
      ],
      actions.map((a) => [
        a.reference,
        a.title,
        KIND_WORDS[a.kind],
        ownerText(ctx, a),
        a.month ? monthLabel(a.month) : 'Unscheduled',
        STATUS_MARKS[a.status].word,
        dependsText(ctx, a),
        a.tags.join(', '),
      ]),
    );
  }
  flow.gap(6);
}

export function projectSections(ctx: PdfContext, flow: Flow): void {
  flow.startSection('Projects and actions');
  const projects = ctx.plan.projectOrder
    .map((id) => ctx.plan.projects[id])
    .filter((p): p is Project => p !== undefined);
  if (projects.length === 0) flow.text('No projects yet.', { colour: MUTED });
  for (const project of projects) projectSection(ctx, flow, project);
}

export function unscheduledSection(ctx: PdfContext, flow: Flow): void {
  flow.startSection('Unscheduled actions');
  const actions = Object.values(ctx.plan.actions)
    .filter((a) => !a.month)
    .sort(byReference);
  flow.heading(`Unscheduled actions (${actions.length})`);
  if (actions.length === 0) {
    flow.text('Every action has a month.', { colour: MUTED });
    return;
  }
  flow.table(
    [
      { title: 'Ref', share: 6 },
      { title: 'Action', share: 40 },
      { title: 'Project', share: 18 },
      { title: 'Owner', share: 16 },
      { title: 'Status', share: 10 },
    ],
    actions.map((a) => [
      a.reference,
      a.title,
      ctx.plan.projects[a.projectId]?.name ?? 'No project',
      ownerText(ctx, a),
      STATUS_MARKS[a.status].word,
    ]),
  );
}

/** The team's notes and its answers to the questions asked once a sequence is done. */
export function reflectionSection(ctx: PdfContext, flow: Flow): void {
  const { notes, reflection } = ctx.plan;
  const answered = REFLECTION_QUESTIONS.filter((q) => reflection[q.id]?.trim());
  if (!notes.trim() && answered.length === 0) return;
  flow.startSection('Notes and reflection');
  flow.heading('Notes and reflection');
  for (const q of answered) flow.field(q.question, reflection[q.id] ?? '');
  flow.field('Notes on the plan', notes);
}

export function warningSection(ctx: PdfContext, flow: Flow): void {
  flow.startSection('Warnings');
  flow.heading(`Warnings (${ctx.warnings.length})`);
  if (ctx.warnings.length === 0) flow.text('The plan breaks none of its rules.', { colour: MUTED });
  for (const warning of ctx.warnings) {
    const words = `${SEVERITY_WORDS[warning.severity]}: ${warning.message}`;
    flow.text(words, { colour: warning.severity === 'error' ? DANGER : INK });
    flow.gap(1.2);
  }
}
