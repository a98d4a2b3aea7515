import type { PlanCalendar } from '../../domain/plan-calendar';
import type { TermId } from '../../domain/ids';
import type { TermLoad } from '../../domain/load';
import type { Plan } from '../../domain/plan';
import type { Warning } from '../../domain/rules/rule';
import type { PrintOptions } from '../../domain/print-options';
import type { Measure } from './pdf-page';

export interface PdfOptions extends PrintOptions {
  /** Printed in the footer and the file's metadata; fixed in tests so output can be compared. */
  exportedAt: Date;
}

/** Everything the layout reads, derived once. */
export interface PdfContext {
  plan: Plan;
  calendar: PlanCalendar;
  loads: ReadonlyMap<TermId, TermLoad>;
  warnings: readonly Warning[];
  options: PdfOptions;
  measure: Measure;
  width: number;
  height: number;
}

export const MARGIN = 10;
export const FOOTER_HEIGHT = 7;

export const INK = '#1a1a1a';
export const MUTED = '#555555';
export const RULE = '#9a9a9a';
export const DANGER = '#b00020';
