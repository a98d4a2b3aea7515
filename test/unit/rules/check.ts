import type { Plan } from '../../../src/domain/plan';
import { planCalendar } from '../../../src/domain/plan-calendar';
import { ruleContext } from '../../../src/domain/rules/index';
import type { Rule } from '../../../src/domain/rules/rule';

/** What a rule says about a plan, as the messages a user reads. */
export function messages(rule: Rule, plan: Plan): string[] {
  return rule.check(plan, ruleContext(plan, planCalendar(plan))).map((w) => w.message);
}

export function warnings(rule: Rule, plan: Plan) {
  return rule.check(plan, ruleContext(plan, planCalendar(plan)));
}
