/** What the nudge policy needs to know about a classifier rule, from the rule registry. */
import { getRule } from "../nlp/rules"
import type { RuleInfo } from "../nudges"

export function ruleInfo(ruleId: string): RuleInfo | undefined {
  const rule = getRule(ruleId)
  return rule ? { suggestion: rule.nudge } : undefined
}
