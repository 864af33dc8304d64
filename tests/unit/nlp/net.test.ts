/**
 * The rule net's two shortcuts in front of compromise's matcher (net-screen.ts, net-starts.ts)
 * must change its cost, never its answers: every pattern that matches a sentence passes the
 * screen, and the anchored span finder returns exactly the spans the plain matcher returns.
 * (Patterns with an `ifNo` word present are screened out by design.)
 * Checked over every rule's own patterns and sentences (where matches are), plus a spread of
 * other rules' sentences (where near misses are).
 */
import { describe, expect, it } from "vitest"
import { nlp, parse, type Term } from "../../../src/nlp/engine"
import { createScreen, type ScreenEntry } from "../../../src/nlp/net-screen"
import { createSpanFinder, startTest, type Matcher, type PatternToken } from "../../../src/nlp/net-starts"
import { normalizeCaption } from "../../../src/nlp/normalize"
import { RULES } from "../../../src/nlp/rules"
import { examplesOf } from "./rule-examples-of"

type Entry = ScreenEntry & { match: string; ifNo?: string[]; notIf?: string }
type CacheFn = (docs: Term[][]) => Set<string>[]
const one = (nlp.methods() as { one: { match: Matcher<Entry>; cacheDoc: CacheFn } }).one

/** Compiled the way the net compiles them: buildNet parses each entry in place. */
function compile(matches: readonly { match: string; ifNo?: string[]; notIf?: string }[]): Entry[] {
  const entries: Entry[] = matches.map((m) => ({ ...m, ...(m.ifNo ? { ifNo: [...m.ifNo] } : {}) }))
  nlp.buildNet(entries)
  return entries
}

interface Sentence {
  terms: Term[]
  cache: Set<string>
}

function sentences(texts: readonly string[]): Sentence[] {
  return texts.flatMap((text) => {
    const doc = parse(normalizeCaption(text).text)
    const caches = one.cacheDoc(doc.docs)
    return doc.docs.map((terms, i) => ({ terms, cache: caches[i] ?? new Set<string>() }))
  })
}

const plainSpans = (entry: Entry, s: Sentence): [number, number][] =>
  one.match([s.terms], entry, [s.cache]).ptrs.map(([, start = 0, end = 0]) => [start, end])

const ownTexts = (ruleId: string): string[] => {
  const { fires, misses, paraphrases } = examplesOf(ruleId)
  return [...fires, ...misses, ...paraphrases]
}
// Every fifth rule's sentences, for every rule: other rules' lines are where false starts are.
const SPREAD = sentences(RULES.filter((_, i) => i % 5 === 0).flatMap((rule) => ownTexts(rule.id)))

describe("the rule net's shortcuts keep compromise's answers", () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    "%s: same spans, and every match passes the screen",
    (_, rule) => {
      const entries = compile(rule.patterns)
      const spans = createSpanFinder(entries, one.match)
      const screen = createScreen(entries)
      let matched = 0
      for (const s of [...sentences(ownTexts(rule.id)), ...SPREAD]) {
        const screened = new Set(screen(s.cache, s.terms.length))
        entries.forEach((entry, i) => {
          const expected = plainSpans(entry, s)
          expect(
            spans(i, s.terms, s.cache),
            `${entry.match} on "${s.terms.map((t) => t.text).join(" ")}"`,
          ).toEqual(expected)
          // ifNo is the screen's own filter: a sentence with one of these words is skipped on purpose.
          const excluded = (entry.ifNo ?? []).some((key) => s.cache.has(key))
          if (expected.length > 0 && !excluded) {
            matched++
            expect(screened.has(i), `screened out: ${entry.match}`).toBe(true)
          }
        })
      }
      // The rule's own examples fire it, so the comparison above covered real matches.
      expect(matched).toBeGreaterThan(0)
    },
  )

  it("the screen narrows: a sentence reaches the matcher with a small share of all patterns", () => {
    const entries = compile(RULES.flatMap((rule) => rule.patterns))
    const screen = createScreen(entries)
    const reached = SPREAD.map((s) => screen(s.cache, s.terms.length).length)
    const mean = reached.reduce((a, b) => a + b, 0) / reached.length
    expect(mean).toBeLessThan(entries.length * 0.02)
  })
})

describe("start tests", () => {
  const firstToken = (match: string): PatternToken[] | undefined => compile([{ match }])[0]?.regs
  const startsAt = (match: string, text: string): number[] => {
    const test = startTest(firstToken(match))
    if (!test) return []
    const [s] = sentences([text])
    return (s?.terms ?? []).flatMap((term, i) => (test(term) ? [i] : []))
  }

  it("find the terms a plain first token can match: word, tag, word list, choice", () => {
    expect(startsAt("send you", "we send it and you send it back")).toEqual([1, 5])
    expect(startsAt("#Value customers", "two sites and forty customers")).toEqual([0, 3])
    expect(startsAt("(send|email) it", "email it or send it")).toEqual([0, 3])
    expect(startsAt("(the tool|our app) works", "our app works and the tool works")).toEqual([0, 4])
  })

  it("read a contraction's parts and a word's other forms", () => {
    // "don't" is two terms for compromise: "do" (its machine form) then "not".
    expect(startsAt("do not", "we don't do that")).toEqual([1, 3])
  })

  it("decline what they cannot decide safely: optional, negated, wildcard, fuzzy first tokens", () => {
    for (const match of ["(the)? tool", "!we tool", ". tool", "~tool~ works", "(the|#Adjective?) tool"]) {
      expect(startTest(firstToken(match)), match).toBeNull()
    }
  })
})
