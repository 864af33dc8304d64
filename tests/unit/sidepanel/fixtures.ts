/** Builders for the side panel tests: a call's meta, summary, utterances and nudges. */
import type { CaptureState } from "../../../src/capture/types"
import { PRINCIPLE_IDS } from "../../../src/core/principles"
import type { CallSummary, Label, Platform } from "../../../src/core/types"
import { createPolicyState, type Nudge, type NudgePolicyState } from "../../../src/nudges"
import type { CallMeta, LiveUtterance } from "../../../src/session/call-types"

/** Epoch ms of the simulated call start. */
export const T0 = 1_800_000_000_000

export function summary(overrides: Partial<CallSummary> = {}): CallSummary {
  return {
    score: 72,
    scoreNote: null,
    talkRatio: { self: 0.41, byWords: 0.4, byTime: 0.41 },
    questions: { self: 5, open: 3, closed: 2, client: 1, byQuarter: [2, 1, 1, 1] },
    words: { self: 400, client: 600 },
    longestMonologue: 40,
    longestClientStory: 120,
    companyStory: 0,
    durationSec: 600,
    verdicts: { up: 4, down: 2, neutral: 10 },
    principles: Object.fromEntries(
      PRINCIPLE_IDS.map((id) => [id, { up: 0, down: 0 }]),
    ) as CallSummary["principles"],
    ...overrides,
  }
}

export function meta(
  overrides: Partial<CallMeta> & { state?: CaptureState; platform?: Platform } = {},
): CallMeta {
  const { state = "capturing", platform = "meet", ...rest } = overrides
  return {
    callId: "call-1",
    platform,
    title: "Discovery with Acme",
    tabId: 7,
    windowId: 1,
    startedAt: T0,
    endedAt: null,
    endReason: null,
    status: { state, platform },
    utteranceCount: 0,
    chunkCount: 1,
    summary: summary(),
    updatedAt: T0,
    coach: null,
    ...rest,
  }
}

let seq = 0

export function utterance(overrides: Partial<LiveUtterance> = {}): LiveUtterance {
  seq += 1
  return {
    callId: "call-1",
    id: `u-${seq}`,
    speaker: "You",
    self: true,
    text: `line ${seq}`,
    start: seq * 5,
    end: seq * 5 + 4,
    revision: 1,
    final: true,
    verdict: "neutral",
    labels: [],
    question: false,
    questionCount: 0,
    questionKind: null,
    ...overrides,
  }
}

export function label(overrides: Partial<Label> = {}): Label {
  return {
    principle: "discovery",
    polarity: "down",
    rule: "generic-pain",
    evidence: "what keeps you up at night",
    ...overrides,
  }
}

export function nudge(overrides: Partial<Nudge> = {}): Nudge {
  return {
    id: "nudge-1",
    kind: "rule",
    principle: "discovery",
    polarity: "down",
    rule: "generic-pain",
    title: "Help them discover",
    evidence: "“what keeps you up at night”",
    suggestion: "Ask what changed in the last two quarters that made this urgent.",
    utteranceId: null,
    createdAt: T0 + 60_000,
    expiresAt: T0 + 75_000,
    quiet: false,
    ...overrides,
  }
}

export function coach(current: Nudge | null, overrides: Partial<NudgePolicyState> = {}): NudgePolicyState {
  return { ...createPolicyState({ callStartedAtMs: T0 }), current, ...overrides }
}
