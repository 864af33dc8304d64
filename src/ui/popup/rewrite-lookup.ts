/**
 * The rewrite shown under a One-Down moment: the rule's own One-Up alternative, from the pages'
 * light copy of the rule registry (src/ui/rule-info.ts). Up rules' nudges are reinforcement, not
 * rewrites, so they are not used; for an unknown rule, topOneDownMoments falls back to the
 * principle's move (principle-moves.ts).
 */
import type { RewriteLookup } from "../../metrics/moments"
import { uiRuleInfo } from "../rule-info"

export const ruleRewrite: RewriteLookup = (ruleId) => {
  const rule = uiRuleInfo(ruleId)
  return rule?.polarity === "down" ? rule.nudge : undefined
}
