/** What the user chooses when printing a plan to PDF. */

export type PaperSize = 'a3' | 'a4' | 'letter' | 'tabloid';
export type Orientation = 'landscape' | 'portrait';

export interface PrintSections {
  yearPlan: boolean;
  projects: boolean;
  unscheduled: boolean;
  warnings: boolean;
  /** The plan's notes and the answers to the reflection questions, when it has any. */
  reflection: boolean;
}

export interface PrintOptions {
  paper: PaperSize;
  orientation: Orientation;
  sections: PrintSections;
  /** Shrink the year plan onto one page rather than split it by term. */
  fitToOnePage: boolean;
  /** How each project's table lists its actions: by month, or grouped by their first tag. */
  actionOrder: 'month' | 'tag';
}

/** A3 landscape, everything in: the sheet a governor is handed. */
export function defaultPrintOptions(): PrintOptions {
  return {
    paper: 'a3',
    orientation: 'landscape',
    sections: {
      yearPlan: true,
      projects: true,
      unscheduled: true,
      warnings: true,
      reflection: true,
    },
    fitToOnePage: false,
    actionOrder: 'month',
  };
}
