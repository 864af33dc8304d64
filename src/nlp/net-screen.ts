/**
 * The screen in front of the matcher: which compiled patterns could match a sentence at all,
 * judged from the set of words and tags the sentence contains (compromise's cache).
 *
 * Each pattern is filed under one rare word or tag it cannot match without, so a sentence only
 * visits the patterns filed under its own keys. Each visited pattern then passes exact, cheap
 * necessary tests (every needed key present, no excluded key, some word of each required word
 * list, some whole choice of each required group) before compromise's matcher sees it.
 *
 * A sentence visits some seventy patterns and the matcher runs on one or two, so the tests are
 * the hot loop: every key is numbered once and a sentence's keys are marked in a byte array, so a
 * test is an array read, not a string hash lookup.
 */
import type { PatternToken } from "./net-starts"

/** What the screen reads of a compiled net entry. */
export interface ScreenEntry {
  regs?: PatternToken[]
  needs?: string[]
  ifNo?: string[]
  minWords?: number
}

/** Keys present in almost every caption: filing a pattern under them would not narrow anything. */
const COMMON_KEYS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "you",
  "your",
  "we",
  "i",
  "is",
  "are",
  "to",
  "of",
  "and",
  "it",
  "that",
  "this",
  "in",
  "#Noun",
  "#Verb",
  "#Adjective",
  "#Determiner",
  "#Pronoun",
  "#Preposition",
  "#Singular",
  "#Plural",
  "#PresentTense",
  "#Infinitive",
  "#Adverb",
  "#Copula",
  "#Auxiliary",
  "#Value",
  "#Conjunction",
  "#Possessive",
  "#PastTense",
  "#Modal",
  "#Negative",
  "#QuestionWord",
  "#Expression",
])

function tokenKey(reg: PatternToken | undefined): string | null {
  if (!reg || reg.optional || reg.negative) return null
  if (reg.tag) return `#${reg.tag}`
  return reg.word ?? null
}

/** Rough cost of filing under a key: how many captions will look it up for nothing. */
function keyCost(key: string): number {
  if (COMMON_KEYS.has(key)) return 100
  return key.startsWith("#") ? 5 : 1
}

/** The required "(a|b c)" groups of a pattern (not optional, not negated). */
function requiredGroups(entry: ScreenEntry): PatternToken[] {
  return (entry.regs ?? []).filter((reg) => reg.operator === "or" && !reg.optional && !reg.negative)
}

/**
 * The keys to file a pattern under: a set of which every match must contain at least one: a
 * single word or tag it always needs, or the options of one required group. The cheapest wins.
 */
function indexKeys(entry: ScreenEntry): string[] | null {
  const sets: string[][] = (entry.needs ?? []).map((need) => [need])
  for (const reg of requiredGroups(entry)) {
    if (reg.fastOr) sets.push([...reg.fastOr])
    const firsts = (reg.choices ?? []).map((choice) => tokenKey(choice[0]))
    if (firsts.length > 0 && firsts.every((k): k is string => k !== null)) sets.push(firsts)
  }
  const cost = (keys: string[]): number => keys.reduce((sum, key) => sum + keyCost(key), 0)
  return sets.sort((a, b) => cost(a) - cost(b))[0] ?? null
}

/** A pattern's necessary tests, over key numbers. */
interface Tests {
  minWords: number
  needs: number[]
  excluded: number[]
  /** Required single-word lists: some word of each must be present (compromise's failFast). */
  wordLists: number[][]
  /** Required groups: in each, some choice must have all its keys present. */
  groups: number[][][]
}

export type Screen = (cache: ReadonlySet<string>, termCount: number) => number[]

/** Builds the screen for a net's entries; it returns the indexes of the entries worth matching, ascending. */
export function createScreen(entries: readonly ScreenEntry[]): Screen {
  const ids = new Map<string, number>()
  const id = (key: string): number => {
    let n = ids.get(key)
    if (n === undefined) ids.set(key, (n = ids.size))
    return n
  }
  const tests: Tests[] = entries.map((entry) => ({
    minWords: entry.minWords ?? 0,
    needs: (entry.needs ?? []).map(id),
    excluded: (entry.ifNo ?? []).map(id),
    wordLists: (entry.regs ?? [])
      .filter((reg) => reg.fastOr && !reg.optional && !reg.negative)
      .map((reg) => [...(reg.fastOr ?? [])].map(id)),
    groups: requiredGroups(entry)
      .filter((reg) => reg.choices)
      .map((reg) =>
        (reg.choices ?? []).map((choice) =>
          choice.map(tokenKey).flatMap((key) => (key === null ? [] : [id(key)])),
        ),
      ),
  }))
  const filed: number[][] = []
  const unfiled: number[] = []
  entries.forEach((entry, i) => {
    const keys = indexKeys(entry)
    if (!keys) unfiled.push(i)
    for (const key of keys ?? []) (filed[id(key)] ??= []).push(i)
  })

  const present = new Uint8Array(ids.size)
  const all = (keys: readonly number[]): boolean => {
    for (const k of keys) if (present[k] === 0) return false
    return true
  }
  const any = (keys: readonly number[]): boolean => {
    for (const k of keys) if (present[k] === 1) return true
    return false
  }
  const worthMatching = (t: Tests, termCount: number): boolean => {
    if (t.minWords > termCount || !all(t.needs) || any(t.excluded)) return false
    for (const words of t.wordLists) if (!any(words)) return false
    return t.groups.every((choices) => choices.some(all))
  }
  // Which patterns were already visited for the current sentence (no per-call Set).
  const stamp = new Uint32Array(entries.length)
  let generation = 0
  const visit = (patterns: readonly number[], termCount: number, found: number[]): void => {
    for (const i of patterns) {
      if (stamp[i] === generation) continue
      stamp[i] = generation
      const t = tests[i]
      if (t && worthMatching(t, termCount)) found.push(i)
    }
  }

  return (cache, termCount) => {
    generation++
    const marked: number[] = []
    for (const key of cache) {
      const k = ids.get(key)
      if (k === undefined) continue
      present[k] = 1
      marked.push(k)
    }
    const found: number[] = []
    visit(unfiled, termCount, found)
    for (const k of marked) {
      const patterns = filed[k]
      if (patterns) visit(patterns, termCount, found)
    }
    for (const k of marked) present[k] = 0
    return found.sort((a, b) => a - b)
  }
}
