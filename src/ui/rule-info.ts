/**
 * What the pages show about a classifier rule, from src/ui/rule-info.json: data generated from
 * the rule registry by src/tools/rule-info.ts. Pages read it instead of src/nlp/rules, which would
 * pull the whole classifier (patterns, examples, compromise) into their bundles.
 */
import type { PrincipleId } from "../core/principles"
import type { Polarity } from "../core/types"
import generated from "./rule-info.json"

export interface UiRuleInfo {
  principle: PrincipleId
  polarity: Polarity
  /** One line: what the rule notices. */
  description: string
  /** Down rules: a concrete One-Up alternative. Up rules: a short word of reinforcement. */
  nudge: string
}

const RULE_INFO = generated as Record<string, UiRuleInfo>

export function uiRuleInfo(ruleId: string): UiRuleInfo | undefined {
  return Object.hasOwn(RULE_INFO, ruleId) ? RULE_INFO[ruleId] : undefined
}
