/** What the nudge policy needs to know about a classifier rule, from the rule registry. */
import type { RuleInfo } from "../nudges"

// Wired to the rule registry (src/nlp/rules) once it lands.
export function ruleInfo(_ruleId: string): RuleInfo | undefined {
  return undefined
}
