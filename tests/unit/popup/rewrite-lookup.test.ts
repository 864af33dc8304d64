import { describe, expect, it } from "vitest"
import { RULES } from "../../../src/nlp/rules"
import { ruleRewrite } from "../../../src/ui/popup/rewrite-lookup"

describe("ruleRewrite", () => {
  it("gives a One-Down rule's own One-Up alternative", () => {
    const down = RULES.find((rule) => rule.polarity === "down")
    expect(down).toBeDefined()
    expect(ruleRewrite(down?.id ?? "")).toBe(down?.nudge)
  })

  it("gives nothing for One-Up rules and unknown ids, so the principle's move is used", () => {
    const up = RULES.find((rule) => rule.polarity === "up")
    expect(up).toBeDefined()
    expect(ruleRewrite(up?.id ?? "")).toBeUndefined()
    expect(ruleRewrite("no-such-rule")).toBeUndefined()
  })
})
