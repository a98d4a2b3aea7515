import { longDateText } from '../../domain/date-text';
import { monthLabel } from '../../domain/month';
import type { Plan } from '../../domain/plan';
import { FOOTER_HEIGHT, INK, MARGIN, MUTED, RULE, type PdfContext } from './pdf-context';
import { lineHeight, type PdfItem, type PdfPage } from './pdf-page';

const PHASE_NAMES: Record<Plan['phase'], string> = {
  bronze: 'Bronze phase',
  silver: 'Silver phase',
  gold: 'Gold phase',
  custom: 'Custom phase',
};

export function newPage(ctx: PdfContext): PdfPage {
  return { width: ctx.width, height: ctx.height, items: [] };
}

/** The plan's name, organisation, phase and dates; returns where the content starts. */
export function drawHeader(ctx: PdfContext, page: PdfPage, section: string): number {
  const { plan, calendar } = ctx;
  const first = calendar.months[0];
  const last = calendar.months[calendar.months.length - 1];
  const dates = first && last ? `${monthLabel(first)} to ${monthLabel(last)}` : '';
  const details = [plan.organisation, PHASE_NAMES[plan.phase], dates].filter(Boolean).join(' · ');
  page.items.push(
    {
      kind: 'text',
      x: MARGIN,
      y: MARGIN,
      text: plan.name || 'Untitled plan',
      size: 16,
      bold: true,
    },
    { kind: 'text', x: MARGIN, y: MARGIN + 7.5, text: details, size: 9, colour: MUTED },
    {
      kind: 'text',
      x: ctx.width - MARGIN,
      y: MARGIN + 1,
      text: section,
      size: 11,
      bold: true,
      align: 'right',
    },
  );
  return MARGIN + 13;
}

/** Project colour, code, name and lead, flowing across the page above the footer. */
export function legendItems(ctx: PdfContext): { items: PdfItem[]; height: number } {
  const { plan, measure } = ctx;
  const size = 7.5;
  const lh = lineHeight(size) + 1.2;
  const entries = plan.projectOrder.flatMap((id) => {
    const project = plan.projects[id];
    if (!project) return [];
    const lead = project.leadId ? plan.people[project.leadId]?.name : undefined;
    const text = [
      `${project.code} ${project.name}`,
      lead && `lead ${lead}`,
      project.isStrategic && 'strategic',
    ]
      .filter(Boolean)
      .join(' · ');
    return [{ colour: project.colour, text }];
  });
  const right = ctx.width - MARGIN;
  const placed: { x: number; row: number; colour: string; text: string }[] = [];
  let x = MARGIN;
  let row = 0;
  for (const entry of entries) {
    const width = 6 + measure(entry.text, size) + 6;
    if (x + width > right && x > MARGIN) {
      x = MARGIN;
      row++;
    }
    placed.push({ x, row, ...entry });
    x += width;
  }
  const rows = entries.length ? row + 1 : 0;
  const height = rows * lh;
  const top = ctx.height - MARGIN - FOOTER_HEIGHT - height;
  const items: PdfItem[] = placed.flatMap((p) => [
    {
      kind: 'box' as const,
      role: 'swatch' as const,
      x: p.x,
      y: top + p.row * lh + 0.3,
      width: 4.5,
      height: 3,
      fill: p.colour,
      stroke: INK,
    },
    { kind: 'text' as const, x: p.x + 6, y: top + p.row * lh, text: p.text, size },
  ]);
  return { items, height };
}

/** Page `x of y`, the plan's name and the export date on every page, once all are laid out. */
export function addFooters(ctx: PdfContext, pages: PdfPage[]): void {
  const exported = `${ctx.plan.name || 'Untitled plan'} · exported ${longDateText(ctx.options.exportedAt, ctx.plan.settings.locale)}`;
  pages.forEach((page, i) => {
    const y = ctx.height - MARGIN - FOOTER_HEIGHT + 3;
    page.items.push(
      {
        kind: 'line',
        x1: MARGIN,
        y1: y - 1,
        x2: ctx.width - MARGIN,
        y2: y - 1,
        colour: RULE,
        width: 0.2,
      },
      { kind: 'text', x: MARGIN, y, text: exported, size: 7.5, colour: MUTED },
      {
        kind: 'text',
        x: ctx.width - MARGIN,
        y,
        text: `Page ${i + 1} of ${pages.length}`,
        size: 7.5,
        colour: MUTED,
        align: 'right',
      },
    );
  });
}
