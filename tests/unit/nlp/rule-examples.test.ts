/**
 * Every rule's own examples, walked from the registry: the utterances that must fire it and the
 * near-misses that must not. Adding a rule adds its rows here automatically.
 */
import { describe, expect, it } from "vitest"
import { ruleLabels } from "../../../src/nlp/classify"
import { examplesOf } from "./rule-examples-of"
import { RULES } from "../../../src/nlp/rules"

// The rule layer alone: whether the statistical layer then agrees is tested in classify.test.ts.
const firedRules = (text: string): string[] => ruleLabels(text).map((l) => l.rule)

describe.each(RULES.map((rule) => [rule.id, rule] as const))("%s", (_id, rule) => {
  it.each(examplesOf(rule.id).fires)("fires on: %s", (text) => {
    expect(firedRules(text)).toContain(rule.id)
  })
  it.each(examplesOf(rule.id).misses)("does not fire on: %s", (text) => {
    expect(firedRules(text)).not.toContain(rule.id)
  })
})
