/**
 * The rewrite shown under a One-Down moment: the rule's own One-Up alternative from the rule
 * registry. Up rules' nudges are reinforcement, not rewrites, so they are not used; for an
 * unknown rule, topOneDownMoments falls back to the principle's move (principle-moves.ts).
 */
import type { RewriteLookup } from "../../metrics/moments"
import { getRule } from "../../nlp/rules"

export const ruleRewrite: RewriteLookup = (ruleId) => {
  const rule = getRule(ruleId)
  return rule?.polarity === "down" ? rule.nudge : undefined
}
