/**
 * Every rule's own examples, walked from the registry: the utterances that must fire it and the
 * near-misses that must not. Adding a rule adds its rows here automatically.
 */
import { describe, expect, it } from "vitest"
import { classifyUtterance } from "../../../src/nlp/classify"
import { examplesOf } from "./rule-examples-of"
import { RULES } from "../../../src/nlp/rules"

const firedRules = (text: string): string[] =>
  classifyUtterance(text, { self: true }).labels.map((l) => l.rule)

describe.each(RULES.map((rule) => [rule.id, rule] as const))("%s", (_id, rule) => {
  it.each(examplesOf(rule.id).fires)("fires on: %s", (text) => {
    expect(firedRules(text)).toContain(rule.id)
  })
  it.each(examplesOf(rule.id).misses)("does not fire on: %s", (text) => {
    expect(firedRules(text)).not.toContain(rule.id)
  })
})
