/**
 * Every rule's paraphrases: lines written after its patterns, in words the patterns never name.
 * Each must fire the rule, and the words that fired it must include one the rule never lists,
 * reached through a sales word class (a domain or frame tag). A rule that passes only on its
 * own listed phrases is a phrase list, not a frame.
 */
import { describe, expect, it } from "vitest"
import { ruleLabels } from "../../../src/nlp/classify"
import { parse } from "../../../src/nlp/engine"
import { FRAME_PREDICATES, FRAME_SIDES } from "../../../src/nlp/frames"
import { DOMAIN_TAGS } from "../../../src/nlp/lexicon"
import { normalizeCaption } from "../../../src/nlp/normalize"
import type { Rule } from "../../../src/nlp/rule"
import { RULES } from "../../../src/nlp/rules"
import { examplesOf } from "./rule-examples-of"

const WORD_CLASSES: ReadonlySet<string> = new Set([
  ...Object.keys(DOMAIN_TAGS),
  ...FRAME_SIDES,
  ...FRAME_PREDICATES,
])

const patternTexts = (rule: Rule): string[] =>
  rule.patterns.flatMap((p) => [p.match, p.notIf ?? "", ...(p.ifNo ?? [])])

/** Words a rule names literally anywhere in its patterns. */
function literalWords(rule: Rule): Set<string> {
  const words = patternTexts(rule)
    .join(" ")
    .replace(/#[A-Za-z]+/g, " ")
    .toLowerCase()
    .match(/[a-z']+/g)
  return new Set(words ?? [])
}

/** The sales word classes (domain and frame tags) a rule's patterns match on. */
function wordClassesOf(rule: Rule): Set<string> {
  const tags = patternTexts(rule)
    .join(" ")
    .match(/#[A-Za-z]+/g)
  return new Set((tags ?? []).map((t) => t.slice(1)).filter((t) => WORD_CLASSES.has(t)))
}

/** Words of the firing span that the rule never lists but reached through one of its classes. */
function carriedWords(rule: Rule, text: string, evidence: string): string[] {
  const literal = literalWords(rule)
  const classes = wordClassesOf(rule)
  const spanWords = new Set(evidence.toLowerCase().match(/[a-z0-9']+/g) ?? [])
  return parse(normalizeCaption(text).text)
    .docs.flat()
    .filter((term) => {
      const w = (term.normal ?? term.text).toLowerCase()
      return spanWords.has(w) && !literal.has(w) && [...classes].some((tag) => term.tags?.has(tag))
    })
    .map((term) => term.normal ?? term.text)
}

describe.each(RULES.map((rule) => [rule.id, rule] as const))("%s", (_id, rule) => {
  const { fires, paraphrases } = examplesOf(rule.id)

  it("has at least two paraphrases, none repeating its own examples", () => {
    expect(paraphrases.length).toBeGreaterThanOrEqual(2)
    for (const line of paraphrases) expect(fires).not.toContain(line)
  })

  it.each(paraphrases)("hears a word it never lists in: %s", (text) => {
    const label = ruleLabels(text).find((l) => l.rule === rule.id)
    expect(label, "the rule does not fire").toBeDefined()
    expect(carriedWords(rule, text, label?.evidence ?? "")).not.toEqual([])
  })
})

describe("carriedWords", () => {
  const featurePitch = RULES.find((r) => r.id === "counsel-feature-pitch")
  it("finds a class word that no pattern lists, and ignores listed words", () => {
    if (!featurePitch) throw new Error("counsel-feature-pitch is missing")
    // "capabilities" reaches the rule through #Feature; "cool" is listed literally.
    expect(carriedWords(featurePitch, "here's a cool capability", "cool capability")).toEqual(["capability"])
    expect(carriedWords(featurePitch, "only we have that", "only we have")).toEqual([])
  })
})
