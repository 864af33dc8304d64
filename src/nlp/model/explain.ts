/**
 * Names the words behind a model label: the feature occurrences that push hardest toward the
 * verdict (against neutral) and toward the chosen principle, cut from the original caption.
 */
import type { PrincipleId } from "../../core/principles"
import type { Polarity } from "../../core/types"
import type { Doc } from "../engine"
import { termOffsets } from "../net"
import { originalSpan, type NormalizedCaption } from "../normalize"
import type { FeatureOccurrence, FeatureSpan } from "./features"
import { contribution, rankPrinciples, type LinearModel } from "./linear-model"

/** Two strong features this close together are quoted as one phrase. */
const JOIN_WITHIN_TERMS = 6

function spanText(doc: Doc, caption: NormalizedCaption, span: FeatureSpan): string {
  const offsets = termOffsets(doc)[span.sentence] ?? []
  const terms = doc.docs[span.sentence] ?? []
  const first = offsets[span.from] ?? 0
  const lastTerm = terms[span.to - 1]
  const last = (offsets[span.to - 1] ?? first) + (lastTerm?.text.length ?? 0)
  return originalSpan(caption, first, last)
}

export function explainModel(
  model: LinearModel,
  ids: readonly number[],
  occurrences: readonly FeatureOccurrence[],
  polarity: Polarity,
  doc: Doc,
  caption: NormalizedCaption,
): { principle: PrincipleId; probability: number; evidence: string } | null {
  const best = rankPrinciples(model, ids, polarity)[0]
  if (!best) return null
  const classIndex = model.principle.classes.indexOf(`${best.principle}:${polarity}`)
  const n = model.principle.classes.length
  const scored = occurrences
    .flatMap((o) => {
      const id = model.features.get(o.name)
      if (id === undefined || !o.span) return []
      const weight =
        contribution(model, id, polarity) + 0.5 * (model.principle.weights[id * n + classIndex] ?? 0)
      return weight > 0 ? [{ span: o.span, weight }] : []
    })
    .sort((a, b) => b.weight - a.weight)
  // Quote the strongest feature that stands on a content word: "this" or "we can" may weigh
  // more, but tells the seller nothing about what they said.
  const top = scored.find((s) => hasContentWord(doc.docs[s.span.sentence] ?? [], s.span)) ?? scored[0]
  if (!top) return { ...best, evidence: "" }
  let span = top.span
  const second = scored.find(
    (s) => s.span.sentence === span.sentence && (s.span.from !== span.from || s.span.to !== span.to),
  )
  if (
    second &&
    Math.max(second.span.to, span.to) - Math.min(second.span.from, span.from) <= JOIN_WITHIN_TERMS
  )
    span = {
      sentence: span.sentence,
      from: Math.min(second.span.from, span.from),
      to: Math.max(second.span.to, span.to),
    }
  return { ...best, evidence: spanText(doc, caption, span) }
}

/** Tags of words that carry no content of their own. */
const FUNCTION_TAGS = [
  "Pronoun",
  "Determiner",
  "Conjunction",
  "Preposition",
  "Auxiliary",
  "Modal",
  "Copula",
  "Negative",
  "QuestionWord",
]

function hasContentWord(terms: Doc["docs"][number], span: FeatureSpan): boolean {
  for (let k = span.from; k < span.to; k++) {
    const tags = terms[k]?.tags as Set<string> | undefined
    if (!tags || terms[k]?.text === "") continue
    if (!FUNCTION_TAGS.some((tag) => tags.has(tag))) return true
  }
  return false
}
