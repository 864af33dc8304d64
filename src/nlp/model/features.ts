/**
 * The statistical layer's view of a seller utterance: sparse binary features read off the one
 * compromise parse the rules already made, so the model adds no second parse.
 *
 * Feature families (the prefix is part of the name, so families never collide):
 * - `w:`  word stems ("integrat", "warehous"), numbers folded to `#num`;
 * - `b:`  stem bigrams inside one clause (never across a clause or sentence break);
 * - `t:`  domain and frame tags present (#Capability, #SellerSide, #Inaction…);
 * - `f:`  frames: a side tag and a predicate tag in the same clause ("SellerSide+Capability"),
 *         which is what makes a pitch a pitch whatever the verb;
 * - `s:`  the stem that opens each clause ("so", "let", "if", "what", "we"): how a move starts
 *         (advice, a plan, a condition, a question) says more than where its words sit;
 * - `q:`  question facts (open/closed, put to "you", how it opens);
 * - `len:` length bucket.
 * Rule hits are deliberately not features: the rules were tuned on part of the training data, so
 * the model would learn to trust them blindly. The two layers meet in judge.ts instead.
 * Each occurrence keeps its term span so a model label can point at the words behind it.
 */
import { wordCount, type Clause } from "../clauses"
import type { Doc, Term } from "../engine"
import { FRAME_PREDICATES, FRAME_SIDES } from "../frames"
import { is, word } from "../terms"

/** Where a feature was seen: a term range in one sentence of the parse. */
export interface FeatureSpan {
  sentence: number
  from: number
  to: number
}

export interface FeatureOccurrence {
  name: string
  /** Null for features of the whole utterance (length, "asks something"). */
  span: FeatureSpan | null
}

/** Tags worth a feature of their own: the sales lexicon's and the frame classes. */
const TAG_FEATURES: readonly string[] = [
  "Stakeholder",
  "Offering",
  "Feature",
  "PitchMaterial",
  "Buzzword",
  "Jargon",
  "Force",
  "Metric",
  "PainWord",
  "Competitor",
  "Peer",
  "MarketActor",
  ...FRAME_SIDES,
  ...FRAME_PREDICATES,
  "Value",
  "Money",
  "Percent",
  "Date",
  "Modal",
  "Negative",
  "Comparative",
  "Superlative",
]

/** Position of each feature tag in TAG_FEATURES (the order features are emitted in). */
const TAG_POSITION: ReadonlyMap<string, number> = new Map(TAG_FEATURES.map((tag, i) => [tag, i]))
const SIDE_TAGS: ReadonlySet<string> = new Set(FRAME_SIDES)
const PREDICATE_TAGS: ReadonlySet<string> = new Set(FRAME_PREDICATES)

/**
 * The feature tags a term carries, in TAG_FEATURES order. A term has a handful of tags, so
 * reading its own set is much cheaper than asking it about every tag in TAG_FEATURES.
 */
function featureTagsOf(term: Term | undefined): string[] {
  const positions: number[] = []
  for (const tag of term?.tags ?? []) {
    const at = TAG_POSITION.get(tag)
    if (at !== undefined) positions.push(at)
  }
  return positions.sort((a, b) => a - b).map((at) => TAG_FEATURES[at] ?? "")
}

/** A light stemmer: enough to fold "integrates/integrated/integrating" without a dictionary. */
export function stem(w: string): string {
  if (w.length <= 3) return w
  if (w.endsWith("ies") && w.length > 4) return `${w.slice(0, -3)}y`
  if (w.endsWith("ing") && w.length > 5) return w.slice(0, -3)
  if (w.endsWith("ed") && w.length > 4) return w.slice(0, -2)
  if (w.endsWith("es") && w.length > 4 && /(ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2)
  if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) return w.slice(0, -1)
  return w
}

function termStem(term: Term | undefined): string {
  if (!term) return ""
  if (
    is(term, "Value") &&
    /\d|^(one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million)/.test(word(term))
  )
    return "#num"
  return stem(word(term).replace(/[^a-z0-9']/g, ""))
}

function lengthBucket(words: number): string {
  if (words <= 3) return "len:1-3"
  if (words <= 8) return "len:4-8"
  if (words <= 20) return "len:9-20"
  if (words <= 40) return "len:21-40"
  return "len:41+"
}

function clauseFeatures(terms: readonly Term[], clause: Clause, out: FeatureOccurrence[]): void {
  const { sentence } = clause
  let prev = ""
  const sides = new Map<string, number>()
  const predicates = new Map<string, number>()
  for (let i = clause.start; i < clause.end; i++) {
    const term = terms[i]
    const s = termStem(term)
    if (!s) continue
    const span = { sentence, from: i, to: i + 1 }
    out.push({ name: `w:${s}`, span })
    if (prev) out.push({ name: `b:${prev}_${s}`, span: { sentence, from: i - 1, to: i + 1 } })
    prev = s
    // Sides and predicates are feature tags too, so one pass keeps their first-seen order.
    for (const tag of featureTagsOf(term)) {
      out.push({ name: `t:${tag}`, span })
      if (SIDE_TAGS.has(tag) && !sides.has(tag)) sides.set(tag, i)
      if (PREDICATE_TAGS.has(tag) && !predicates.has(tag)) predicates.set(tag, i)
    }
  }
  for (const [side, at] of sides)
    for (const [pred, pAt] of predicates)
      out.push({
        name: `f:${side}+${pred}`,
        span: { sentence, from: Math.min(at, pAt), to: Math.max(at, pAt) + 1 },
      })
  const opener = termStem(terms[clause.start])
  if (opener) out.push({ name: `s:${opener}`, span: { sentence, from: clause.start, to: clause.start + 1 } })
  if (clause.question) {
    const span = { sentence, from: clause.start, to: Math.min(clause.end, clause.start + 3) }
    out.push({ name: `q:${clause.question}`, span })
    out.push({ name: `q:opens:${termStem(terms[clause.start])}`, span })
    for (const side of sides.keys()) out.push({ name: `q:${side}`, span })
  }
}

/** Every feature occurrence of a parsed seller utterance, in reading order. */
export function extractFeatures(doc: Doc, clauses: readonly Clause[]): FeatureOccurrence[] {
  const out: FeatureOccurrence[] = []
  for (const clause of clauses) {
    const terms = doc.docs[clause.sentence]
    if (terms) clauseFeatures(terms, clause, out)
  }
  out.push({ name: lengthBucket(wordCount(clauses)), span: null })
  if (clauses.some((c) => c.question)) out.push({ name: "q:any", span: null })
  return out
}

/** The distinct feature names of an utterance (the model's input is binary). */
export function featureNames(occurrences: readonly FeatureOccurrence[]): string[] {
  return [...new Set(occurrences.map((o) => o.name))]
}
