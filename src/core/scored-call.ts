/**
 * The classifier-free half of the Call JSON: a classified utterance becomes a scored one (the
 * contract rule "client lines are never judged" is applied here), and scored utterances become
 * a call with its summary. Pages that get their classifications from the background (the review
 * page) build calls with this module, so the classifier stays out of their bundles.
 */
import { summarizeCall } from "../metrics/summary"
import {
  CALL_FORMAT,
  type CallJson,
  type Classification,
  type Platform,
  type ScoredUtterance,
  type TranscriptUtterance,
} from "./types"
import { questionTargetFacts } from "./question-facts"

export interface CallMetaInput {
  platform: Platform
  startedAt: string | null
  endedAt: string | null
  title?: string | null
}

/** The utterance with its classification; a client line keeps its question facts but is never judged. */
export function scoredUtterance(
  utterance: TranscriptUtterance,
  classification: Classification,
): ScoredUtterance {
  const judged = utterance.self
    ? classification
    : { ...classification, verdict: "neutral" as const, labels: [] }
  return {
    id: utterance.id,
    speaker: utterance.speaker,
    self: utterance.self,
    text: utterance.text,
    start: utterance.start,
    end: utterance.end,
    question: judged.question,
    questionCount: judged.questionCount,
    questionKind: judged.questionKind,
    ...questionTargetFacts(judged),
    verdict: judged.verdict,
    labels: judged.labels.map((label) => ({ ...label })),
  }
}

/**
 * The Call JSON of utterances already scored one by one (the review page scores a long file in
 * chunks, then assembles it here, exactly as scoreTranscript does).
 */
export function callFromScored(scored: ScoredUtterance[], meta: CallMetaInput): CallJson {
  return {
    format: CALL_FORMAT,
    platform: meta.platform,
    startedAt: meta.startedAt,
    endedAt: meta.endedAt,
    // Only present when the caller knows one: absent and null mean different things to importers.
    ...(meta.title !== undefined ? { title: meta.title } : {}),
    utterances: scored,
    summary: summarizeCall(scored),
  }
}
