import type { Term } from '../calendar';
import type { ActionId, PersonId, ProjectId, TermId } from '../ids';
import type { TermLoad } from '../load';
import type { MonthKey } from '../month';
import type { Action, Plan, RuleId } from '../plan';
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
  /** The person a warning about one person's load is about. */
  personId?: PersonId;
  /** The project a warning about a whole project is about. */
  projectId?: ProjectId;
  fix?: Fix;
}

/** What every rule needs and no rule should compute again: built once per plan, in O(actions). */
export interface RuleContext {
  calendar: PlanCalendar;
  loads: ReadonlyMap<TermId, TermLoad>;
  termOf(month: MonthKey): Term | null;
  /** Placed actions by month, then reference, then title. */
  placed: readonly (Action & { month: MonthKey })[];
  /** The actions that depend on the given one. */
  dependentsOf(id: ActionId): readonly ActionId[];
  /** Whether a month is one of those kept free before the review. */
  isInBuffer(month: MonthKey): boolean;
}

export interface Rule {
  id: RuleId;
  /** False for rules no move between months can change, so a drop preview reuses their warnings. */
  readsMonths: boolean;
  check(plan: Plan, context: RuleContext): Warning[];
}
