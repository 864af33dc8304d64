/** Builders shared by the nudge tests: a simulated clock, labels, utterance events, settings. */
import type { PrincipleId } from "../../../src/core/principles"
import { PRINCIPLE_IDS } from "../../../src/core/principles"
import type { Label, Polarity } from "../../../src/core/types"
import type { NudgeSettings, RuleInfo, TimeMetrics, UtteranceEvent } from "../../../src/nudges/types"

/** Epoch ms of the simulated call start. */
export const T0 = 1_800_000_000_000

/** Epoch ms at `sec` seconds into the simulated call. */
export const at = (sec: number): number => T0 + sec * 1000

export function settings(overrides: Partial<NudgeSettings> = {}): NudgeSettings {
  return {
    frequency: "normal",
    enabledPrinciples: [...PRINCIPLE_IDS],
    monologueThresholdSec: 75,
    ...overrides,
  }
}

export function label(
  rule: string,
  principle: PrincipleId,
  polarity: Polarity,
  evidence = `evidence of ${rule}`,
): Label {
  return { rule, principle, polarity, evidence }
}

/** A seller utterance ending at `sec` (call seconds), final unless said otherwise. */
export function said(
  id: string,
  sec: number,
  labels: Label[],
  options: Partial<Omit<UtteranceEvent, "id" | "labels">> = {},
): UtteranceEvent {
  return {
    id,
    self: true,
    final: true,
    text: labels.map((l) => l.evidence).join(" "),
    labels,
    start: Math.max(0, sec - 4),
    end: sec,
    revision: 1,
    ...options,
  }
}

export const SUGGESTIONS: Record<string, RuleInfo> = {
  "company-story": { suggestion: "Skip the logo slide: explain the three ways companies solve this." },
  "generic-pain": { suggestion: "Ask what changed in the last two quarters that made this urgent." },
  "budget-question": {
    suggestion: "Ask how the last comparable decision got made there.",
    title: "Ask, don't qualify",
  },
}

export const lookup = (rule: string): RuleInfo | undefined => SUGGESTIONS[rule]

export function metrics(overrides: Partial<TimeMetrics> = {}): TimeMetrics {
  return {
    callElapsedSec: 600,
    currentSellerMonologueSec: 0,
    sellerTalkShare: 0.43,
    recentSellerTalkShare: 0.43,
    totalTalkSec: 500,
    secondsSinceLastSellerQuestion: 30,
    sellerTalkSecSinceLastQuestion: 15,
    sellerQuestionsLastMinute: 1,
    ...overrides,
  }
}

/** JSON round trip, as storage does between service-worker lifetimes. */
export function roundTrip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}
