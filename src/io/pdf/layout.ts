import { termLoads } from '../../domain/load';
import { planCalendar } from '../../domain/plan-calendar';
import type { Plan } from '../../domain/plan';
import { checkPlan, ruleContext } from '../../domain/rules/index';
import {
  Flow,
  projectSections,
  reflectionSection,
  unscheduledSection,
  warningSection,
} from './detail-layout';
import { addFooters } from './page-frame';
import type { PdfContext, PdfOptions } from './pdf-context';
import { pageSize, type Measure, type PdfPage } from './pdf-page';
import { yearPlanPages } from './year-plan-layout';

/**
 * The whole printed plan as pages of boxes and text: the year plan first, then the detail a
 * governor reads without the app. Pure: the same plan and options give the same pages.
 */
export function layoutPlanPdf(plan: Plan, options: PdfOptions, measure: Measure): PdfPage[] {
  const { width, height } = pageSize(options);
  const calendar = planCalendar(plan);
  const loads = termLoads(plan, calendar);
  const ctx: PdfContext = {
    plan,
    calendar,
    loads,
    warnings: checkPlan(plan, ruleContext(plan, calendar, loads)),
    options,
    measure,
    width,
    height,
  };
  const { sections } = options;
  // The detail runs on from section to section, so a short list does not take a page alone.
  const detail = new Flow(ctx);
  if (sections.projects) projectSections(ctx, detail);
  if (sections.unscheduled) unscheduledSection(ctx, detail);
  if (sections.warnings) warningSection(ctx, detail);
  if (sections.reflection) reflectionSection(ctx, detail);
  const pages = [...(sections.yearPlan ? yearPlanPages(ctx) : []), ...detail.pages];
  addFooters(ctx, pages);
  return pages;
}
