/**
 * Where a compiled pattern can start. compromise's matcher tries a pattern from every term of a
 * sentence, copying the rest of the sentence each time; most of those tries fail on the first
 * token. For a pattern whose first token is required and plain (a word, a tag, a word list, or a
 * choice of such), the terms it could start on are found here with a cheap test, so the matcher
 * only runs, anchored, from those terms.
 *
 * The test may say yes where compromise would say no (the matcher then decides), never the
 * reverse: it checks every form compromise compares a word against, so matches stay the same.
 */
import type { Term } from "./engine"

/** The fields of one parsed pattern token (compromise's parseMatch output) the net reads. */
export interface PatternToken {
  word?: string
  tag?: string
  fastOr?: Set<string>
  choices?: PatternToken[][]
  optional?: boolean
  negative?: boolean
  operator?: string
  fuzzy?: boolean
  use?: string
  start?: boolean
  anything?: boolean
  min?: number
}

/** Can this term begin a match? */
export type StartTest = (term: Term) => boolean

type TermForms = Term & { machine?: string | null; alias?: string[]; root?: string; implicit?: string }

/** Does any form of the term compromise may compare a pattern word or word list against pass? (Hot: no arrays.) */
function hasForm(term: Term, accepts: (form: string) => boolean): boolean {
  const t = term as TermForms
  if (t.machine && accepts(t.machine)) return true
  if (accepts(t.text) || accepts(t.normal)) return true
  if (t.root && accepts(t.root)) return true
  if (t.implicit && accepts(t.implicit)) return true
  return t.alias?.some(accepts) === true
}

/**
 * The test for one token, or null when it cannot be decided cheaply and safely (optional,
 * negated, fuzzy, a case-sensitive form, a wildcard, or a choice that may begin with one).
 */
function tokenTest(reg: PatternToken | undefined): StartTest | null {
  if (
    !reg ||
    reg.optional ||
    reg.negative ||
    reg.fuzzy ||
    reg.use ||
    reg.start ||
    reg.anything ||
    reg.min === 0
  )
    return null
  const { word, tag, fastOr, choices } = reg
  if (word !== undefined) return (term) => hasForm(term, (form) => form === word)
  if (tag !== undefined) return (term) => term.tags?.has(tag) === true
  if (fastOr !== undefined) return (term) => hasForm(term, (form) => fastOr.has(form))
  if (!choices || choices.length === 0) return null
  if (reg.operator === "and") {
    // Every positive part must hold on the same term; negated parts are left to the matcher.
    const parts = choices.map((choice) =>
      choice.length === 1 && choice[0]?.negative ? "skip" : tokenTest(choice[0]),
    )
    if (parts.some((part) => part === null)) return null
    const tests = parts.filter((part): part is StartTest => part !== "skip")
    return tests.length === 0 ? null : (term) => tests.every((test) => test(term))
  }
  const tests = choices.map((choice) => tokenTest(choice[0]))
  if (tests.some((test) => test === null)) return null
  return (term) => tests.some((test) => test?.(term) === true)
}

/** The start test of a whole pattern: its first token's, if that one is decidable. */
export function startTest(regs: readonly PatternToken[] | undefined): StartTest | null {
  return tokenTest(regs?.[0])
}

/** What the span finder reads of a compiled net entry. */
export interface SpanEntry {
  regs?: PatternToken[]
}

/** compromise's matcher (methods.one.match) over one sentence's terms. */
export type Matcher<E> = (docs: Term[][], entry: E, cache: Set<string>[]) => { ptrs: number[][] }

/** [start, end) term spans where pattern i matches a sentence, left to right, none overlapping. */
export type SpanFinder = (i: number, terms: Term[], cache: Set<string>) => [number, number][]

/**
 * The spans compromise's matcher would return for each entry, found by running it, anchored,
 * only from the terms the entry's first token can match (entries without a start test run as
 * they are).
 */
export function createSpanFinder<E extends SpanEntry>(entries: readonly E[], match: Matcher<E>): SpanFinder {
  const starts = entries.map((entry) => {
    const test = startTest(entry.regs)
    const [first, ...rest] = entry.regs ?? []
    // The first token pinned to the first term of whatever slice it is matched against.
    return test && first ? { test, entry: { ...entry, regs: [{ ...first, start: true }, ...rest] } } : null
  })
  return (i, terms, cache) => {
    const entry = entries[i]
    const start = starts[i]
    if (!entry) return []
    if (!start) return match([terms], entry, [cache]).ptrs.map(([, from = 0, to = 0]) => [from, to])
    const found: [number, number][] = []
    let free = 0
    for (let at = 0; at < terms.length; at++) {
      const term = terms[at]
      if (at < free || !term || !start.test(term)) continue
      const [ptr] = match([terms.slice(at)], start.entry, [cache]).ptrs
      if (!ptr) continue
      const end = at + (ptr[2] ?? 0)
      found.push([at, end])
      // compromise resumes after a match, so a pattern never matches inside its own last match.
      free = end
    }
    return found
  }
}
