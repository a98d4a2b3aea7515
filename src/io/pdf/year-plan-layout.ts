import { byReference } from '../../domain/action-order';
import { textColourFor } from '../../domain/contrast';
import { monthLabel, type MonthKey } from '../../domain/month';
import { dayFraction, eventText, eventsInMonth } from '../../domain/month-markers';
import type { Action } from '../../domain/plan';
import { termGroups, type TermGroup } from '../../domain/plan-calendar';
import { isInBuffer } from '../../domain/rules/rule-helpers';
import { DANGER, FOOTER_HEIGHT, INK, MARGIN, MUTED, RULE, type PdfContext } from './pdf-context';
import { drawHeader, legendItems, newPage } from './page-frame';
import { lineHeight, wrapText, type PdfItem, type PdfPage } from './pdf-page';

const HOLIDAY_FILL = '#e4e4e4';
const BUFFER_FILL = '#dfe8f6';
const BAND_FILL = '#f1efe9';
const OVER_FILL = '#f9d9d9';
const GAP = 1.2;
/** Notes narrower than this are hard to read on paper: wider columns get several side by side. */
const MIN_NOTE_WIDTH = 30;

type NotesByMonth = Map<MonthKey, Action[]>;

interface GridResult {
  page: PdfPage;
  /** Notes that did not fit, to go on a continuation page. */
  rest: NotesByMonth;
  /** Some title was shortened or had a word broken. */
  isCompromised: boolean;
}

function notesByMonth(ctx: PdfContext): NotesByMonth {
  const { plan } = ctx;
  const projectIndex = new Map(plan.projectOrder.map((id, i) => [id, i]));
  const byMonth: NotesByMonth = new Map();
  const sorted = Object.values(plan.actions).sort(
    (a, b) =>
      (projectIndex.get(a.projectId) ?? 0) - (projectIndex.get(b.projectId) ?? 0) ||
      byReference(a, b),
  );
  for (const action of sorted) {
    if (!action.month || !ctx.calendar.termOf.has(action.month)) continue;
    const list = byMonth.get(action.month);
    if (list) list.push(action);
    else byMonth.set(action.month, [action]);
  }
  return byMonth;
}

function noteItems(
  ctx: PdfContext,
  action: Action,
  x: number,
  y: number,
  width: number,
  scale: number,
): { items: PdfItem[]; height: number; isCompromised: boolean } {
  const { plan, measure } = ctx;
  const project = plan.projects[action.projectId];
  const colour = project?.colour ?? '#dddddd';
  const ink = textColourFor(colour);
  const size = 7 * scale;
  const metaSize = 6 * scale;
  const pad = 1.2 * scale;
  const textWidth = width - 2 * pad;
  const lines = wrapText(action.title, textWidth, size, measure, {
    maxLines: scale < 0.6 ? 2 : 4,
  });
  // Shortened, or a word broken across lines: a smaller size would have shown it whole.
  const isCompromised = lines.join(' ') !== action.title.split(/\s+/).filter(Boolean).join(' ');
  const lh = lineHeight(size);
  const height = pad + lines.length * lh + lineHeight(metaSize) + pad;
  const initials = action.ownerIds.map((id) => plan.people[id]?.initials ?? '?').join(' ') || '—';
  const metaY = y + pad + lines.length * lh;
  return {
    height,
    isCompromised,
    items: [
      {
        kind: 'box',
        role: 'note',
        actionId: action.id,
        x,
        y,
        width,
        height,
        fill: colour,
        stroke: INK,
      },
      ...lines.map((line, i): PdfItem => ({
        kind: 'text',
        x: x + pad,
        y: y + pad + i * lh,
        text: line,
        size,
        colour: ink,
      })),
      {
        kind: 'text',
        x: x + pad,
        y: metaY,
        text: initials,
        size: metaSize,
        bold: true,
        colour: ink,
      },
      {
        kind: 'text',
        x: x + width - pad,
        y: metaY,
        text: project?.code ?? '?',
        size: metaSize,
        bold: true,
        colour: ink,
        align: 'right',
      },
    ],
  };
}

/** Term bands with `load / capacity`, overloads said in words, over the months of the page. */
function bandItems(
  ctx: PdfContext,
  months: MonthKey[],
  left: number,
  top: number,
  colWidth: number,
) {
  const items: PdfItem[] = [];
  const height = 10;
  let i = 0;
  for (const group of termGroups({ ...ctx.calendar, months })) {
    const x = left + i * colWidth;
    const width = group.months.length * colWidth;
    i += group.months.length;
    const load = group.term ? ctx.loads.get(group.term.id) : undefined;
    const isOver = load !== undefined && load.load > load.capacity;
    items.push({
      kind: 'box',
      role: 'band',
      x,
      y: top,
      width,
      height,
      fill: group.term ? (isOver ? OVER_FILL : BAND_FILL) : HOLIDAY_FILL,
      stroke: RULE,
    });
    items.push({
      kind: 'text',
      x: x + 1.5,
      y: top + 1.2,
      text: group.term?.name ?? 'Holiday',
      size: 8.5,
      bold: true,
    });
    if (load) {
      const words = isOver ? ` · over capacity by ${load.load - load.capacity}` : '';
      items.push({
        kind: 'text',
        x: x + 1.5,
        y: top + 5.4,
        text: `${load.load} / ${load.capacity}${words}`,
        size: 7.5,
        bold: isOver,
        colour: isOver ? DANGER : INK,
      });
    }
  }
  return { items, height };
}

function monthHeaderItems(
  ctx: PdfContext,
  months: MonthKey[],
  left: number,
  top: number,
  colWidth: number,
) {
  const items: PdfItem[] = [];
  let height = 0;
  months.forEach((month, i) => {
    const x = left + i * colWidth + 1.2;
    const width = colWidth - 2.4;
    let y = top + 1;
    const name = wrapText(monthLabel(month), width, 8, ctx.measure, { bold: true });
    for (const line of name) {
      items.push({ kind: 'text', x, y, text: line, size: 8, bold: true });
      y += lineHeight(8);
    }
    const markers: { text: string; colour: string; bold?: boolean }[] = [];
    if (!ctx.calendar.termOf.get(month)) markers.push({ text: 'Holiday month', colour: MUTED });
    if (isInBuffer(ctx.plan, month))
      markers.push({ text: 'Keep free before review', colour: '#1d4f91', bold: true });
    for (const event of eventsInMonth(ctx.plan.events, month)) {
      const isReview = event.kind === 'review';
      markers.push({ text: eventText(event), colour: isReview ? DANGER : MUTED, bold: isReview });
    }
    for (const marker of markers) {
      for (const line of wrapText(marker.text, width, 6.5, ctx.measure, marker)) {
        items.push({
          kind: 'text',
          x,
          y,
          text: line,
          size: 6.5,
          colour: marker.colour,
          bold: marker.bold,
        });
        y += lineHeight(6.5);
      }
    }
    height = Math.max(height, y - top + 1);
  });
  return { items, height };
}

/** One page of the grid: as many of `notes` as fit, the rest handed back. */
function gridPage(
  ctx: PdfContext,
  months: MonthKey[],
  notes: NotesByMonth,
  scale: number,
  section: string,
): GridResult {
  const page = newPage(ctx);
  const top = drawHeader(ctx, page, section);
  const legend = legendItems(ctx);
  const bottom = ctx.height - MARGIN - FOOTER_HEIGHT - legend.height - 3;
  const left = MARGIN;
  const colWidth = (ctx.width - 2 * MARGIN) / months.length;
  const bands = bandItems(ctx, months, left, top, colWidth);
  const headerTop = top + bands.height;
  const header = monthHeaderItems(ctx, months, left, headerTop, colWidth);
  const notesTop = headerTop + header.height;

  // Column backgrounds first, so notes and lines are drawn over them.
  months.forEach((month, i) => {
    const fill = !ctx.calendar.termOf.get(month)
      ? HOLIDAY_FILL
      : isInBuffer(ctx.plan, month)
        ? BUFFER_FILL
        : undefined;
    page.items.push({
      kind: 'box',
      role: 'column',
      x: left + i * colWidth,
      y: headerTop,
      width: colWidth,
      height: bottom - headerTop,
      ...(fill ? { fill } : {}),
      stroke: RULE,
    });
  });
  page.items.push(...bands.items, ...header.items);
  page.items.push({
    kind: 'line',
    x1: left,
    y1: notesTop,
    x2: left + months.length * colWidth,
    y2: notesTop,
    colour: RULE,
    width: 0.2,
  });

  const review = ctx.plan.events.find((e) => e.kind === 'review');
  const reviewIndex = review ? months.findIndex((m) => review.date.startsWith(m)) : -1;
  if (review && reviewIndex >= 0) {
    const x = left + (reviewIndex + dayFraction(review.date)) * colWidth;
    page.items.push({
      kind: 'line',
      x1: x,
      y1: headerTop,
      x2: x,
      y2: bottom,
      colour: DANGER,
      width: 0.6,
      dashed: true,
    });
  }

  const rest: NotesByMonth = new Map();
  let isCompromised = false;
  const anyNotes = [...notes.values()].some((list) => list.length > 0);
  if (!anyNotes && Object.keys(ctx.plan.actions).length === 0) {
    page.items.push({
      kind: 'text',
      x: left + 2,
      y: notesTop + 3,
      text: 'No actions yet.',
      size: 10,
      colour: MUTED,
    });
  }
  months.forEach((month, i) => {
    const list = notes.get(month) ?? [];
    const inner = colWidth - 2 * GAP;
    const across = Math.max(1, Math.floor((inner + GAP) / (MIN_NOTE_WIDTH * scale + GAP)));
    const noteWidth = (inner - (across - 1) * GAP) / across;
    const heights = Array.from({ length: across }, () => notesTop + GAP);
    list.forEach((action, n) => {
      if (rest.has(month)) {
        rest.get(month)?.push(action);
        return;
      }
      const slot = heights.indexOf(Math.min(...heights));
      const x = left + i * colWidth + GAP + slot * (noteWidth + GAP);
      const note = noteItems(ctx, action, x, heights[slot] ?? notesTop, noteWidth, scale);
      // A note taller than the whole column is drawn anyway, so paging always moves on.
      const isFirst = heights[slot] === notesTop + GAP;
      if ((heights[slot] ?? 0) + note.height > bottom - GAP && !isFirst) {
        rest.set(month, list.slice(n, n + 1));
        return;
      }
      page.items.push(...note.items);
      isCompromised ||= note.isCompromised;
      heights[slot] = (heights[slot] ?? 0) + note.height + GAP;
    });
  });
  page.items.push(...legend.items);
  return { page, rest, isCompromised };
}

/** Terms with the holiday months after them: the unit a split year plan is paged by. */
function pageGroups(groups: TermGroup[]): MonthKey[][] {
  const chunks: MonthKey[][] = [];
  for (const group of groups) {
    const last = chunks[chunks.length - 1];
    if (!group.term && last) last.push(...group.months);
    else chunks.push([...group.months]);
  }
  return chunks;
}

function sectionName(ctx: PdfContext, months: MonthKey[]): string {
  const names = [...new Set(months.map((m) => ctx.calendar.termOf.get(m)?.name).filter(Boolean))];
  return `Year plan: ${names.join(', ') || 'holiday'}`;
}

/**
 * The months on one page at the normal note size, or larger while that still fits and cuts no
 * title short, so a sparse plan reads from across a table; null when they do not fit.
 */
function largestFitting(
  ctx: PdfContext,
  months: MonthKey[],
  notes: NotesByMonth,
  section: string,
): PdfPage | null {
  const normal = gridPage(ctx, months, notes, 1, section);
  if (normal.rest.size > 0) return null;
  let best = normal.page;
  for (const scale of [1.25, 1.5, 1.8]) {
    const larger = gridPage(ctx, months, notes, scale, section);
    if (larger.rest.size > 0 || larger.isCompromised) break;
    best = larger.page;
  }
  return best;
}

/**
 * The year at a glance: the month grid under its term bands with every note on it. One page when
 * it fits, at the largest note size that fits (or, when the user asks for one page, shrunk until
 * it fits); otherwise a page per term, continued on further pages while notes remain.
 */
export function yearPlanPages(ctx: PdfContext): PdfPage[] {
  const notes = notesByMonth(ctx);
  const months = ctx.calendar.months;
  const whole = largestFitting(ctx, months, notes, 'Year plan');
  if (whole) return [whole];
  if (ctx.options.fitToOnePage) {
    for (const scale of [0.9, 0.8, 0.7, 0.6, 0.5, 0.45]) {
      const smaller = gridPage(ctx, months, notes, scale, 'Year plan');
      if (smaller.rest.size === 0) return [smaller.page];
    }
  }
  const pages: PdfPage[] = [];
  for (const chunk of pageGroups(termGroups(ctx.calendar))) {
    let remaining: NotesByMonth = new Map(chunk.map((m) => [m, notes.get(m) ?? []]));
    const single = largestFitting(ctx, chunk, remaining, sectionName(ctx, chunk));
    if (single) {
      pages.push(single);
      continue;
    }
    let part = 0;
    for (;;) {
      const name = sectionName(ctx, chunk) + (part > 0 ? ' (continued)' : '');
      const { page, rest } = gridPage(ctx, chunk, remaining, 1, name);
      pages.push(page);
      if (rest.size === 0) break;
      remaining = rest;
      part++;
    }
  }
  return pages;
}
