import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { RULES } from "../../../src/nlp"
import { describeRule } from "../../../src/nlp/rules/descriptions"
import { RULE_INFO_PATH, ruleInfoJson } from "../../../src/tools/rule-info"
import { uiRuleInfo } from "../../../src/ui/rule-info"

describe("the pages' rule info", () => {
  it("is current with the rule registry (run: npx tsx src/tools/rule-info.ts --write, or npm run build)", () => {
    expect(readFileSync(RULE_INFO_PATH, "utf8")).toBe(ruleInfoJson())
  })

  it("gives every rule's principle, polarity, description and nudge, and nothing for unknown ids", () => {
    for (const rule of RULES) {
      expect(uiRuleInfo(rule.id)).toEqual({
        principle: rule.principle,
        polarity: rule.polarity,
        description: describeRule(rule.id),
        nudge: rule.nudge,
      })
    }
    expect(uiRuleInfo("no-such-rule")).toBeUndefined()
    expect(uiRuleInfo("constructor")).toBeUndefined()
  })

  it("carries no patterns or examples (they would bring the classifier's weight back)", () => {
    const text = readFileSync(RULE_INFO_PATH, "utf8")
    expect(text).not.toMatch(/"(?:patterns|examples|match)"/)
  })
})
