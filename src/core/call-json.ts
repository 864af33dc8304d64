/**
 * Builds the Call JSON (contracts.md §2) from a transcript: classifies every utterance, then
 * summarises the call. The only place a transcript becomes a scored call, so the contract rule
 * "client lines are never judged" is enforced here whatever the classifier returns.
 */
import { summarizeCall } from "../metrics/summary"
import { classifyUtterance } from "../nlp/classify"
import {
  CALL_FORMAT,
  type CallJson,
  type Platform,
  type ScoredUtterance,
  type TranscriptUtterance,
} from "./types"

export { validateCallJson, type CallJsonValidation } from "./call-json-validate"

export interface CallMetaInput {
  platform: Platform
  startedAt: string | null
  endedAt: string | null
  title?: string | null
}

export function scoreTranscript(utterances: readonly TranscriptUtterance[], meta: CallMetaInput): CallJson {
  return callFromScored(utterances.map(scoreUtterance), meta)
}

/**
 * The Call JSON of utterances already scored one by one with scoreUtterance (the review page
 * scores a long file in chunks between paints, then assembles it here, exactly as above).
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

export function scoreUtterance(utterance: TranscriptUtterance): ScoredUtterance {
  const classification = classifyUtterance(utterance.text, { self: utterance.self })
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
    verdict: judged.verdict,
    labels: judged.labels.map((label) => ({ ...label })),
  }
}
