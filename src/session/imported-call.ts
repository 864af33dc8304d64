/**
 * An imported transcript's scored call (Call JSON from the review page) as the records every
 * stored call has: a meta record and utterances, so history, export, delete and retention treat
 * it like a live call. Nothing is re-classified: the page scored it with the scoring command's
 * code, and the stored verdicts are what the seller saw.
 */
import type { CallJson, ScoredUtterance } from "../core/types"
import type { CallMeta, LiveUtterance } from "./call-types"
import { questionTargetFacts } from "../core/question-facts"

export interface ImportInfo {
  callId: string
  /** Epoch milliseconds of the import. */
  now: number
}

export function importedCallRecords(
  call: CallJson,
  { callId, now }: ImportInfo,
): { meta: CallMeta; utterances: LiveUtterance[] } {
  // A file that says when the call happened (an exported Call JSON) keeps its date; a plain
  // transcript dates from its import, so history and retention count from there.
  const startedAt = epochOrNull(call.startedAt) ?? now
  const endedAt = Math.max(
    startedAt,
    epochOrNull(call.endedAt) ?? startedAt + (call.summary.durationSec ?? 0) * 1000,
  )
  const utterances = call.utterances.map((utterance) => storedUtterance(utterance, callId))
  return {
    meta: {
      callId,
      platform: "file",
      title: call.title ?? null,
      tabId: null,
      windowId: null,
      startedAt,
      endedAt,
      endReason: null,
      status: { state: "ended", platform: "file" },
      utteranceCount: utterances.length,
      chunkCount: 0,
      summary: call.summary,
      updatedAt: now,
      coach: null,
    },
    utterances,
  }
}

function storedUtterance(utterance: ScoredUtterance, callId: string): LiveUtterance {
  const { id, speaker, self, text, verdict, labels, question, questionCount, questionKind } = utterance
  return {
    callId,
    id,
    speaker,
    self,
    text,
    // A transcript without timings has none to store; readers of stored calls already treat a
    // missing time as unknown (src/ui/popup/call-export.ts), so null is kept rather than a made-up 0.
    start: utterance.start as number,
    end: utterance.end as number,
    revision: 0,
    final: true,
    verdict,
    labels: labels.map((label) => ({ ...label })),
    question,
    questionCount,
    questionKind,
    ...questionTargetFacts(utterance),
  }
}

function epochOrNull(iso: string | null): number | null {
  if (iso === null) return null
  const epoch = Date.parse(iso)
  return Number.isFinite(epoch) ? epoch : null
}
