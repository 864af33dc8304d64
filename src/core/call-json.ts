/**
 * Builds the Call JSON (contracts.md §2) from a transcript: classifies every utterance, then
 * summarises the call. The only place a transcript becomes a scored call, so the contract rule
 * "client lines are never judged" is enforced here (in scoredUtterance) whatever the classifier
 * returns.
 */
import { classifyUtterance } from "../nlp/classify"
import { callFromScored, scoredUtterance, type CallMetaInput } from "./scored-call"
import type { CallJson, ScoredUtterance, TranscriptUtterance } from "./types"

export { validateCallJson, type CallJsonValidation } from "./call-json-validate"
export { callFromScored, type CallMetaInput } from "./scored-call"

export function scoreTranscript(utterances: readonly TranscriptUtterance[], meta: CallMetaInput): CallJson {
  return callFromScored(utterances.map(scoreUtterance), meta)
}

export function scoreUtterance(utterance: TranscriptUtterance): ScoredUtterance {
  return scoredUtterance(utterance, classifyUtterance(utterance.text, { self: utterance.self }))
}
