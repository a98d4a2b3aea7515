import type { Term } from '../calendar';
import type { ActionId, TermId } from '../ids';
import type { TermLoad } from '../load';
import type { MonthKey } from '../month';
import type { Plan, RuleId } from '../plan';
import type { PlanCalendar } from '../plan-calendar';

export type Severity = 'error' | 'warning' | 'info';

/** A mechanical fix: moves that, made together as one undo step, clear the warning. */
export interface Fix {
  label: string;
  moves: { actionId: ActionId; month: MonthKey | null }[];
}

/** What a rule says about the sequence, in plain words, with the notes and terms it concerns. */
export interface Warning {
  ruleId: RuleId;
  severity: Severity;
  message: string;
  actionIds: ActionId[];
  termIds: TermId[];
  fix?: Fix;
}

/** What every rule needs and no rule should compute again. */
export interface RuleContext {
  calendar: PlanCalendar;
  loads: ReadonlyMap<TermId, TermLoad>;
  termOf(month: MonthKey): Term | null;
}

export interface Rule {
  id: RuleId;
  check(plan: Plan, context: RuleContext): Warning[];
}
