/**
 * The moments worth replaying after a call: the seller's top One-Down moments, each with its
 * exact words, principle, rule and a concrete One-Up rewrite, and the top One-Up moments to keep.
 *
 * Ranking: utterances that went One-Down on more principles first, then longer ones (they cost
 * the client more time), then earlier ones. The picks favour different principles, then different
 * rules, so three slips of one habit do not hide a second habit.
 */
import type { PrincipleId } from "../core/principles"
import type { Label, Polarity, ScoredUtterance } from "../core/types"
import { PRINCIPLE_MOVES } from "./principle-moves"
import { intervalOf } from "./timing"

/** The rule registry's suggestion for a rule id, passed in so metrics do not depend on the rules. */
export type RewriteLookup = (ruleId: string) => string | undefined

export type MomentUtterance = Pick<
  ScoredUtterance,
  "id" | "speaker" | "self" | "text" | "start" | "end" | "verdict" | "labels"
>

export interface Moment {
  utteranceId: string
  speaker: string
  /** The seller's exact words (the whole utterance). */
  text: string
  /** The span that triggered the rule. */
  evidence: string
  principle: PrincipleId
  rule: string
  polarity: Polarity
  start: number | null
  /** One-Down moments: what to say instead. One-Up moments: null. */
  rewrite: string | null
}

export const DEFAULT_MOMENT_COUNT = 3

export function topOneDownMoments(
  utterances: readonly MomentUtterance[],
  rewriteFor: RewriteLookup,
  limit = DEFAULT_MOMENT_COUNT,
): Moment[] {
  return pickMoments(utterances, "down", limit).map((moment) => ({
    ...moment,
    rewrite: rewriteFor(moment.rule) ?? PRINCIPLE_MOVES[moment.principle],
  }))
}

export function topOneUpMoments(
  utterances: readonly MomentUtterance[],
  limit = DEFAULT_MOMENT_COUNT,
): Moment[] {
  return pickMoments(utterances, "up", limit)
}

interface Candidate {
  utterance: MomentUtterance
  labels: Label[]
  principles: number
  seconds: number
  order: number
}

function pickMoments(utterances: readonly MomentUtterance[], polarity: Polarity, limit: number): Moment[] {
  const candidates: Candidate[] = utterances
    .map((utterance, order) => {
      const labels = utterance.labels.filter((label) => label.polarity === polarity)
      const interval = intervalOf(utterance)
      const principles = new Set(labels.map((label) => label.principle)).size
      return { utterance, labels, principles, seconds: interval ? interval.end - interval.start : 0, order }
    })
    // Client lines are never judged; the verdict decides which side an utterance is on.
    .filter((c) => c.utterance.self && c.utterance.verdict === polarity && c.labels.length > 0)
    .sort((a, b) => b.principles - a.principles || b.seconds - a.seconds || a.order - b.order)

  const picked: Moment[] = []
  const used = new Set<MomentUtterance>()
  // Pass 1: a principle not shown yet; pass 2: a rule not shown yet; pass 3: anything left.
  const fresh: ((label: Label) => boolean)[] = [
    (label) => !picked.some((moment) => moment.principle === label.principle),
    (label) => !picked.some((moment) => moment.rule === label.rule),
    () => true,
  ]
  for (const isFresh of fresh) {
    for (const candidate of candidates) {
      if (picked.length >= limit) return picked
      const label = used.has(candidate.utterance) ? undefined : candidate.labels.find(isFresh)
      if (!label) continue
      used.add(candidate.utterance)
      picked.push(toMoment(candidate.utterance, label))
    }
  }
  return picked
}

function toMoment(utterance: MomentUtterance, label: Label): Moment {
  return {
    utteranceId: utterance.id,
    speaker: utterance.speaker,
    text: utterance.text,
    evidence: label.evidence,
    principle: label.principle,
    rule: label.rule,
    polarity: label.polarity,
    start: utterance.start,
    rewrite: null,
  }
}
