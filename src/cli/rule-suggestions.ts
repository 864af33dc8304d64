/**
 * The classifier rules' own One-Up alternatives, as the reports' rewrite lookup. Down rules carry
 * a concrete alternative in `nudge`; up rules carry praise, which is no rewrite.
 */
import type { RewriteLookup } from "../metrics/moments"
import { RULES } from "../nlp/rules"

const REWRITES = new Map(
  RULES.filter((rule) => rule.polarity === "down").map((rule) => [rule.id, rule.nudge]),
)

export const ruleRewrite: RewriteLookup = (ruleId) => REWRITES.get(ruleId)
