/**
 * Keeps the rule registry, the rule files, the README table and the pattern syntax in step
 * (refined-github style): a new rule that skips a step fails here, with the reason.
 */
import { readFileSync, readdirSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { PRINCIPLE_IDS } from "../../../src/core/principles"
import { nlp } from "../../../src/nlp/engine"
import { RULES, getRule } from "../../../src/nlp/rules"
import { examplesOf } from "./rule-examples-of"
import { README_PATH, TABLE_END, TABLE_START, rulesTableMarkdown } from "../../../src/tools/rules-table"

const RULES_DIR = join(import.meta.dirname, "../../../src/nlp/rules")
const ruleFiles = readdirSync(RULES_DIR).filter((f) => f.endsWith(".ts") && f !== "index.ts")

/** Top-level tokens of a compromise match string, keeping "( … )" groups whole. */
function tokens(match: string): string[] {
  const out: string[] = []
  let current = ""
  let depth = 0
  for (const ch of match) {
    if (ch === "(") depth++
    if (ch === ")") depth--
    if (ch === " " && depth === 0) {
      if (current) out.push(current)
      current = ""
    } else current += ch
  }
  if (current) out.push(current)
  return out
}

const choicesOf = (group: string): string[] =>
  group
    .replace(/[?+*]$|\{[^}]*\}$/, "")
    .slice(1, -1)
    .split("|")

describe("rule files and registry", () => {
  it("registers every rule file exactly once, under its file name", () => {
    expect(RULES.map((r) => `${r.id}.ts`).sort()).toEqual([...ruleFiles].sort())
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length)
  })

  it.each(ruleFiles)("%s opens with a comment giving its reason", (file) => {
    expect(readFileSync(join(RULES_DIR, file), "utf8")).toMatch(/^\/\/ \S/)
  })

  it("gives every principle at least one One-Up and one One-Down rule", () => {
    for (const principle of PRINCIPLE_IDS) {
      const polarities = new Set(RULES.filter((r) => r.principle === principle).map((r) => r.polarity))
      expect([principle, [...polarities].sort()]).toEqual([principle, ["down", "up"]])
    }
  })

  it.each(RULES.map((r) => [r.id, r] as const))(
    "%s has words for the UI and enough examples",
    (_id, rule) => {
      expect(rule.description.length).toBeGreaterThan(10)
      expect(rule.nudge.length).toBeGreaterThan(10)
      expect(examplesOf(rule.id).fires.length).toBeGreaterThanOrEqual(6)
      expect(examplesOf(rule.id).misses.length).toBeGreaterThanOrEqual(6)
      expect(rule.patterns.length).toBeGreaterThan(0)
    },
  )

  it("finds rules by id for the nudge UI", () => {
    const rule = getRule("discovery-generic-pain-question")
    expect(rule?.principle).toBe("discovery")
    expect(rule?.polarity).toBe("down")
    expect(getRule("no-such-rule")).toBeUndefined()
  })

  it("keeps the README rules table current (run: npx tsx src/tools/rules-table.ts --write)", () => {
    const readme = readFileSync(README_PATH, "utf8")
    const section = readme
      .slice(readme.indexOf(TABLE_START) + TABLE_START.length, readme.indexOf(TABLE_END))
      .trim()
    expect(section).toBe(rulesTableMarkdown())
  })
})

describe("patterns use only what compromise's matcher supports", () => {
  const all = RULES.flatMap((rule) =>
    rule.patterns.map((pattern) => ({ rule: rule.id, match: pattern.match })),
  )

  it("never repeats a match string (the net keeps only one copy of each)", () => {
    const seen = new Map<string, string>()
    for (const { rule, match } of all) {
      expect([match, seen.get(match) ?? rule]).toEqual([match, rule])
      seen.set(match, rule)
    }
  })

  it.each(all.map((p) => [p.rule, p.match] as const))("%s: %s", (_rule, match) => {
    // anchors are per sentence, not per clause: use `start: true` instead
    expect(match).not.toMatch(/\^/)
    // nested groups are not supported
    expect(match).not.toMatch(/\([^)]*\(/)
    expect(nlp.parseMatch(match).length).toBeGreaterThan(0)
    const toks = tokens(match)
    toks.forEach((token, i) => {
      if (!token.startsWith("(")) return
      const choices = choicesOf(token)
      // an optional or repeated term inside a multi-word choice silently never matches
      for (const choice of choices) if (choice.includes(" ")) expect(choice).not.toMatch(/[?*+{]/)
      // the first matching choice wins: a choice must not be a word-prefix of a later one
      choices.forEach((a, k) =>
        choices.slice(k + 1).forEach((b) => {
          const [wa, wb] = [a.split(" "), b.split(" ")]
          const isPrefix = wa.length < wb.length && wa.every((w, n) => w === wb[n])
          expect(isPrefix ? `${a} before ${b}` : "ok").toBe("ok")
        }),
      )
      // a wildcard only looks ahead one plain word or tag: what follows it must be simple
      const prev = toks[i - 1] ?? ""
      const afterWildcard = /^[.*]/.test(prev) && /[{*?+]/.test(prev)
      if (afterWildcard) {
        expect(token.endsWith("?") ? "optional group after a wildcard" : "ok").toBe("ok")
        for (const choice of choices) expect(choice).toMatch(/^[^\s#{@]+$/)
      }
    })
  })
})
