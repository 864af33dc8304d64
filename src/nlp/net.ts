/**
 * Every pattern of every rule compiled into one compromise match-net, built once per worker at
 * module load. One sweep per caption finds all candidate matches; clause conditions (question or
 * statement, clause start) are checked afterwards because the net sweeps whole sentences.
 */
import type { Label } from "../core/types"
import type { Clause } from "./clauses"
import { nlp, type Doc } from "./engine"
import { originalSpan, type NormalizedCaption } from "./normalize"
import type { Rule, RulePattern } from "./rule"
import { RULES } from "./rules"

type Match = Parameters<typeof nlp.buildNet>[0][number]

interface NetMatch extends Match {
  ifNo?: string[]
  notIf?: string
  /** Index into COMPILED: which rule and pattern this net entry came from. */
  patternIndex: number
}

interface CompiledPattern {
  rule: Rule
  pattern: RulePattern
}

const COMPILED: CompiledPattern[] = RULES.flatMap((rule) => rule.patterns.map((pattern) => ({ rule, pattern })))

// buildNet mutates what it is given, so it gets fresh objects, never the rule data itself.
const RULE_NET = nlp.buildNet(
  COMPILED.map(({ rule, pattern }, patternIndex): NetMatch => {
    const entry: NetMatch = { match: pattern.match, reason: rule.id, patternIndex }
    if (pattern.ifNo) entry.ifNo = [...pattern.ifNo]
    if (pattern.notIf) entry.notIf = pattern.notIf
    return entry
  }),
)

/** What sweep() reports per match: the net entry's fields plus a view of the matched terms. */
interface SweepFound {
  patternIndex: number
  view: { pointer: number[][] }
}

/** Character offsets of every term in the text compromise was given, per sentence. */
function termOffsets(doc: Doc): number[][] {
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

/** Every rule that fires on a parsed caption, once per rule, with its evidence. */
export function findLabels(doc: Doc, clauses: readonly Clause[], caption: NormalizedCaption): Label[] {
  const { found } = doc.sweep(RULE_NET, { tagger: false }) as { found: SweepFound[] }
  if (found.length === 0) return []
  const offsets = termOffsets(doc)
  const labels: Label[] = []
  const seen = new Set<string>()
  for (const hit of found) {
    const compiled = COMPILED[hit.patternIndex]
    const [sentence = 0, start = 0, end = 0] = hit.view.pointer[0] ?? []
    if (!compiled || seen.has(compiled.rule.id)) continue
    if (!allowed(compiled.pattern, overlapping(clauses, sentence, start, end), start)) continue
    const terms = doc.docs[sentence] ?? []
    const first = offsets[sentence]?.[start] ?? 0
    const lastTerm = terms[end - 1]
    const last = (offsets[sentence]?.[end - 1] ?? first) + (lastTerm?.text.length ?? 0)
    const { rule } = compiled
    seen.add(rule.id)
    labels.push({ principle: rule.principle, polarity: rule.polarity, rule: rule.id, evidence: originalSpan(caption, first, last) })
  }
  return labels
}

/** How many compiled patterns the net holds (reported by the benchmark). */
export const PATTERN_COUNT = COMPILED.length
