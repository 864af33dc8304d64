/**
 * Every pattern of every rule compiled once per worker into a compromise match-net (buildNet),
 * then matched against each caption with compromise's own matcher.
 *
 * Why not doc.sweep(net)? Sweep finds candidate patterns by testing every hook key of the net
 * against each sentence: with several hundred patterns that is well over a thousand set lookups
 * per sentence, most of the classifier's cost. (Sweeping a sub-view also returns wrong pointers
 * in compromise 14.17, so per-clause sweeps are out.) Instead two shortcuts, each with the same
 * answers as the matcher alone (tests/unit/nlp/net.test.ts): a screen files each pattern under
 * a rare key it cannot match without and runs cheap necessary tests (net-screen.ts), and the
 * matcher runs only from the terms a pattern can start on (net-starts.ts).
 */
import type { Label } from "../core/types"
import type { Clause } from "./clauses"
import { nlp, type Doc, type Term } from "./engine"
import { originalSpan, type NormalizedCaption } from "./normalize"
import type { Rule, RulePattern } from "./rule"
import { createScreen, type ScreenEntry } from "./net-screen"
import { createSpanFinder, type Matcher } from "./net-starts"
import { RULES } from "./rules"
import { is, word } from "./terms"

type Match = Parameters<typeof nlp.buildNet>[0][number]

/** A net entry: our input fields, then what buildNet adds to each entry in place. */
interface NetEntry extends Match, ScreenEntry {
  ifNo?: string[]
  notIf?: string
}

interface CompiledPattern {
  rule: Rule
  pattern: RulePattern
  entry: NetEntry
}

type CacheFn = (docs: Term[][]) => Set<string>[]
const { match: matchTerms, cacheDoc } = (
  nlp.methods() as { one: { match: Matcher<NetEntry>; cacheDoc: CacheFn } }
).one

const COMPILED: CompiledPattern[] = RULES.flatMap((rule) =>
  rule.patterns.map((pattern) => {
    // Fresh objects: buildNet writes its parse into them, the rule data stays untouched.
    const entry: NetEntry = { match: pattern.match, reason: rule.id }
    if (pattern.ifNo) entry.ifNo = [...pattern.ifNo]
    if (pattern.notIf) entry.notIf = pattern.notIf
    return { rule, pattern, entry }
  }),
)
nlp.buildNet(COMPILED.map((c) => c.entry))

const spans = createSpanFinder(
  COMPILED.map((c) => c.entry),
  matchTerms,
)
const screen = createScreen(COMPILED.map((c) => c.entry))

/** Character offsets of every term in the text compromise was given, per sentence. */
export function termOffsets(doc: Doc): number[][] {
  let offset = 0
  return doc.docs.map((terms) =>
    terms.map((term) => {
      const start = offset + term.pre.length
      offset = start + term.text.length + term.post.length
      return start
    }),
  )
}

/** The clauses a match overlaps: a pattern may run across a split ("if you sorted… would…"). */
function overlapping(clauses: readonly Clause[], sentence: number, start: number, end: number): Clause[] {
  return clauses.filter((c) => c.sentence === sentence && c.from < end && start < c.end)
}

function allowed(pattern: RulePattern, spanned: readonly Clause[], start: number): boolean {
  const first = spanned[0]
  if (!first) return false
  if (pattern.start && start > first.start) return false
  if (pattern.clause === "question" && !spanned.some((c) => c.question)) return false
  if (pattern.clause === "statement" && spanned.some((c) => c.question)) return false
  return true
}

/**
 * Does a clause the match reaches into arrange the meeting itself (a link, a slot, a slide
 * number)? A clause the match only touches with its joining word does not count: in "is it
 * really speed, or is it the login page" the "or" closes the question, and the login page is
 * one of the client's causes, not a link being sent.
 */
function aboutLogistics(
  terms: readonly Term[],
  spanned: readonly Clause[],
  start: number,
  end: number,
): boolean {
  return spanned.some((c) => {
    const reached = terms.slice(Math.max(c.from, start), Math.min(c.end, end))
    if (reached.every((t) => t.tags?.has("Conjunction"))) return false
    const clause = terms.slice(c.start, c.end)
    return clause.some((term, k) => arrangesTheCall(term, clause[k - 1], clause))
  })
}

/** What a seller sends to be decided on: in the client's inbox it is a step of the sale, not the call's admin. */
const OFFER_WORDS: ReadonlySet<string> = new Set(["proposal", "quote", "quotation", "estimate", "pricing"])

/**
 * A logistics word used as one: "send the recording" arranges the call, "our cameras keep
 * recording" does not; "ten logins a month" is usage, not a login being sent; "the proposal will
 * be in your inbox, and I'll chase you Friday" is the sale's next step. (The tag stays on all of
 * them for the model, which learned from it as it is.)
 */
function arrangesTheCall(term: Term, before: Term | undefined, clause: readonly Term[]): boolean {
  if (!term.tags?.has("Logistics")) return false
  const w = word(term)
  if (w === "recording" && is(term, "Verb")) return false
  if ((w === "logins" || w === "login") && is(before, "Value")) return false
  if ((w === "inbox" || w === "your") && clause.some((t) => OFFER_WORDS.has(word(t)))) return false
  return true
}

/**
 * Words that turn down the act right after them: "rather than waiting for the vendor pick",
 * "instead of going through slides", "let's not do the demo today". A match that begins after one
 * of them (at most a few pronouns or softeners apart: "rather than us waiting") names what the
 * seller chose not to do, so it is not their move.
 */
const REJECTING: readonly (readonly string[])[] = [
  ["rather", "than"],
  ["instead", "of"],
  ["let", "us", "not"],
  ["no", "need", "to"],
  ["no", "need", "for"],
]

/** At most this many words may stand between a rejecting phrase and the act it turns down. */
const REJECTED_GAP = 3

/**
 * Words that may stand between a rejecting phrase and the act without changing whose act it is:
 * who would do it and softeners ("rather than us waiting", "no need for me to walk you through",
 * "let's not just do the demo").
 */
function bridges(term: Term | undefined): boolean {
  const w = word(term)
  return is(term, "Pronoun") || w === "to" || w === "just" || w === "even" || w === "really" || w === "all"
}

/** Does a rejecting phrase end before the match, inside its clause, with only bridging words between? */
function rejected(terms: readonly Term[], start: number, clauseFrom: number): boolean {
  for (let end = start; end >= Math.max(clauseFrom, start - REJECTED_GAP); end--) {
    if (end < start && !bridges(terms[end])) return false
    if (
      REJECTING.some(
        (phrase) =>
          end - phrase.length >= clauseFrom &&
          phrase.every((w, k) => word(terms[end - phrase.length + k]) === w),
      )
    )
      return true
  }
  return false
}

/**
 * Every rule that fires on a parsed caption, once per rule, with its evidence. Not-a-move frames
 * (frames.ts) silence rules: a recap restates the client's own words, so nothing in it is the
 * seller's move; in a sentence that answers the client's question, a company or product fact is
 * an answer, not a pitch (no One-Down rule fires there, except those marked `inAnswers`: not
 * knowing one's own product fails the answer); and a clause about the meeting's own
 * logistics ("drop the deck in the chat") is not about the sale.
 */
export function findLabels(doc: Doc, clauses: readonly Clause[], caption: NormalizedCaption): Label[] {
  const caches = cacheDoc(doc.docs)
  if (caches.some((cache) => cache.has("#Recap"))) return []
  const labels: Label[] = []
  const fired = new Set<string>()
  let offsets: number[][] | null = null
  doc.docs.forEach((terms, sentence) => {
    const cache = caches[sentence]
    if (!cache) return
    for (const i of screen(cache, terms.length)) {
      const compiled = COMPILED[i]
      if (!compiled || fired.has(compiled.rule.id)) continue
      if (compiled.rule.polarity === "down" && !compiled.rule.inAnswers && cache.has("#Answer")) continue
      for (const [start, end] of spans(i, terms, cache)) {
        const spanned = overlapping(clauses, sentence, start, end)
        if (!allowed(compiled.pattern, spanned, start) || aboutLogistics(terms, spanned, start, end)) continue
        if (rejected(terms, start, spanned[0]?.from ?? 0)) continue
        offsets ??= termOffsets(doc)
        const first = offsets[sentence]?.[start] ?? 0
        const last = (offsets[sentence]?.[end - 1] ?? first) + (terms[end - 1]?.text.length ?? 0)
        const { rule } = compiled
        fired.add(rule.id)
        labels.push({
          principle: rule.principle,
          polarity: rule.polarity,
          rule: rule.id,
          evidence: originalSpan(caption, first, last),
        })
        break
      }
    }
  })
  // Same order whatever the index order: by principle order of the registry.
  return labels.sort((a, b) => (RULE_ORDER.get(a.rule) ?? 0) - (RULE_ORDER.get(b.rule) ?? 0))
}

const RULE_ORDER: ReadonlyMap<string, number> = new Map(RULES.map((rule, i) => [rule.id, i]))

/** How many compiled patterns the net holds (reported by the benchmark). */
export const PATTERN_COUNT = COMPILED.length
