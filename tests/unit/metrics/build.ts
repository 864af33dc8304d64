/** Test helpers: scored utterances written as compactly as a call script. */
import type { PrincipleId } from "../../../src/core/principles"
import type { Label, Polarity, QuestionKind, ScoredUtterance, Verdict } from "../../../src/core/types"

let counter = 0

/** "w w w …" with exactly n words, so word counts in tests are exact. */
export function words(n: number, word = "word"): string {
  return Array.from({ length: n }, () => word).join(" ")
}

export function label(
  principle: PrincipleId,
  polarity: Polarity,
  rule = `${principle}-${polarity}`,
  evidence = "evidence",
): Label {
  return { principle, polarity, rule, evidence }
}

interface Extra {
  verdict?: Verdict
  labels?: Label[]
  questions?: number
  kind?: QuestionKind
  id?: string
  speaker?: string
}

export function said(
  self: boolean,
  start: number | null,
  end: number | null,
  text: string,
  extra: Extra = {},
): ScoredUtterance {
  const questions = extra.questions ?? 0
  return {
    id: extra.id ?? `t${++counter}`,
    speaker: extra.speaker ?? (self ? "You" : "Dana"),
    self,
    text,
    start,
    end,
    question: questions > 0,
    questionCount: questions,
    questionKind: questions > 0 ? (extra.kind ?? "open") : null,
    verdict: extra.verdict ?? extra.labels?.[0]?.polarity ?? "neutral",
    labels: extra.labels ?? [],
  }
}

export const seller = (start: number | null, end: number | null, text: string, extra?: Extra) =>
  said(true, start, end, text, extra)
export const client = (start: number | null, end: number | null, text: string, extra?: Extra) =>
  said(false, start, end, text, extra)
