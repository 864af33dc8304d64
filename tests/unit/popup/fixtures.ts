/** A small stored call (meta + live utterances) as the background writes it, for the popup tests. */
import type { PrincipleId } from "../../../src/core/principles"
import type { CallSummary, Label, Polarity } from "../../../src/core/types"
import { summarizeCall } from "../../../src/metrics/summary"
import type { CallIndexEntry, CallMeta, LiveUtterance } from "../../../src/session/call-types"

export const CALL_ID = "call-1"
export const STARTED_AT = Date.UTC(2026, 2, 14, 15, 30)

function label(principle: PrincipleId, polarity: Polarity, evidence: string): Label {
  return { principle, polarity, rule: `${principle}-${polarity}-rule`, evidence }
}

interface Options {
  labels?: Label[]
  question?: boolean
  callId?: string
  revision?: number
}

export function liveUtterance(
  id: string,
  self: boolean,
  text: string,
  start: number,
  end: number,
  { labels = [], question = false, callId = CALL_ID, revision = 3 }: Options = {},
): LiveUtterance {
  const polarities = new Set(labels.map((l) => l.polarity))
  const verdict = polarities.has("down") ? "down" : polarities.has("up") ? "up" : "neutral"
  return {
    callId,
    id,
    speaker: self ? "You" : "Sam Client",
    self,
    text,
    start,
    end,
    revision,
    final: true,
    verdict,
    labels,
    question,
    questionCount: question ? 1 : 0,
    questionKind: question ? "open" : null,
  }
}

export function sampleUtterances(callId = CALL_ID): LiveUtterance[] {
  const o = (extra: Options = {}): Options => ({ callId, ...extra })
  return [
    liveUtterance(
      "u1",
      true,
      "Thanks for making the time. Before we start, is now a good time?",
      0,
      10,
      o({
        labels: [label("use-of-time", "down", "is now a good time")],
        question: true,
      }),
    ),
    liveUtterance("u2", false, "Sure, we have thirty minutes.", 11, 30, o()),
    liveUtterance(
      "u3",
      true,
      "We were founded in 2009 by two engineers and we're the leading provider of intake software for clinics.",
      31,
      80,
      o({ labels: [label("teach-models", "down", "We were founded in 2009")] }),
    ),
    liveUtterance("u4", false, "Okay.", 81, 100, o()),
    liveUtterance(
      "u5",
      true,
      "What keeps you up at night?",
      101,
      120,
      o({
        labels: [label("discovery", "down", "What keeps you up at night")],
        question: true,
      }),
    ),
    liveUtterance(
      "u6",
      false,
      "Honestly intake is a mess. Every clinic does it differently and the forms get lost between the front desk and billing.",
      121,
      200,
      o(),
    ),
    liveUtterance(
      "u7",
      true,
      "Across the forty rollouts we ran, teams that kept the old intake step took twice as long to see results.",
      201,
      230,
      o({ labels: [label("expertise", "up", "Across the forty rollouts we ran")] }),
    ),
    liveUtterance("u8", false, "That is interesting, we kept ours.", 231, 260, o()),
    liveUtterance(
      "u9",
      true,
      "If nothing changes, where is this number in a year?",
      261,
      290,
      o({
        labels: [label("compel-change", "up", "If nothing changes")],
        question: true,
      }),
    ),
    liveUtterance(
      "u10",
      true,
      "My recommendation is to pilot in one region first.",
      291,
      320,
      o({
        labels: [label("counsel", "up", "My recommendation is")],
      }),
    ),
  ]
}

export function sampleMeta(
  utterances: LiveUtterance[] = sampleUtterances(),
  overrides: Partial<CallMeta> = {},
): CallMeta {
  const callId = overrides.callId ?? CALL_ID
  const startedAt = overrides.startedAt ?? STARTED_AT
  return {
    callId,
    platform: "meet",
    title: "Acme intake review",
    tabId: 7,
    windowId: 1,
    startedAt,
    endedAt: startedAt + 330_000,
    endReason: "left",
    status: { state: "ended", platform: "meet" },
    utteranceCount: utterances.length,
    chunkCount: 1,
    summary: summarizeCall(utterances),
    updatedAt: startedAt + 330_000,
    coach: null,
    ...overrides,
  }
}

export function indexEntry(meta: CallMeta): CallIndexEntry {
  return {
    callId: meta.callId,
    platform: meta.platform,
    title: meta.title,
    startedAt: meta.startedAt,
    endedAt: meta.endedAt,
    durationSec: meta.endedAt === null ? null : Math.round((meta.endedAt - meta.startedAt) / 1000),
    score: meta.summary.score,
    utteranceCount: meta.utteranceCount,
  }
}

export function summaryWith(overrides: Partial<CallSummary>): CallSummary {
  return { ...summarizeCall(sampleUtterances()), ...overrides }
}
