/**
 * The time-based nudges: one record per rule with its principle, priority, the check that finds
 * its evidence in the tick metrics, and the check that says the seller has fixed it. Thresholds
 * and their sources live in config.ts.
 */
import type { PrincipleId } from "../core/principles"
import { PRIORITY, TIME_THRESHOLDS } from "./config"
import type { NudgeSettings, TimeMetrics, TimeNudgeKind } from "./types"

export interface TimeRule {
  kind: TimeNudgeKind
  /** "time:<kind>", never a classifier rule id (those are file names without a colon). */
  id: string
  principle: PrincipleId
  priority: number
  /** The evidence figure when the rule applies now, else null. */
  evidence: (metrics: TimeMetrics, settings: NudgeSettings) => string | null
  /** True once the seller has fixed it: the nudge leaves early and counts as acted on. */
  resolved: (metrics: TimeMetrics, settings: NudgeSettings) => boolean
  suggestion: string
}

export const TIME_RULE_PREFIX = "time:"

const percent = (share: number): number => Math.round(share * 100)

export const TIME_RULES: readonly TimeRule[] = [
  {
    // A pitch the client has not interrupted for longer than the threshold: flagged while it lasts.
    kind: "monologue",
    id: "time:monologue",
    principle: "use-of-time",
    priority: PRIORITY.urgent,
    evidence: (m, s) =>
      m.currentSellerMonologueSec >= s.monologueThresholdSec
        ? `You have talked for ${Math.round(m.currentSellerMonologueSec)} s straight`
        : null,
    resolved: (m, s) => m.currentSellerMonologueSec < s.monologueThresholdSec,
    suggestion: "Stop and hand it over: ask how this compares with what they see on their side.",
  },
  {
    // Several questions in a row with no room to answer: a checklist, not discovery.
    kind: "interrogation",
    id: "time:interrogation",
    principle: "discovery",
    priority: PRIORITY.urgent,
    evidence: (m) =>
      m.sellerQuestionsLastMinute >= TIME_THRESHOLDS.interrogationQuestions
        ? `${m.sellerQuestionsLastMinute} questions from you in the last minute`
        : null,
    resolved: () => false,
    suggestion:
      "Pause the checklist: share one thing you see at companies like theirs, then ask one question.",
  },
  {
    // The seller has done most of the talking for five minutes without asking anything.
    kind: "no-questions",
    id: "time:no-questions",
    principle: "discovery",
    priority: PRIORITY.noQuestions,
    evidence: (m) =>
      m.callElapsedSec >= TIME_THRESHOLDS.noQuestionSec &&
      m.secondsSinceLastSellerQuestion >= TIME_THRESHOLDS.noQuestionSec &&
      m.sellerTalkSecSinceLastQuestion >=
        m.secondsSinceLastSellerQuestion * TIME_THRESHOLDS.noQuestionSellerShare
        ? `No question from you for ${Math.floor(m.secondsSinceLastSellerQuestion / 60)} min`
        : null,
    resolved: (m) => m.secondsSinceLastSellerQuestion < TIME_THRESHOLDS.noQuestionSec,
    suggestion: "Ask one question that lets them see their situation differently, then listen.",
  },
  {
    // Far above the ≈ 43 % of top calls, over the call and over the last few minutes.
    kind: "talk-share",
    id: "time:talk-share",
    principle: "ask-what-they-know",
    priority: PRIORITY.talkShare,
    evidence: (m) =>
      m.callElapsedSec >= TIME_THRESHOLDS.talkShareWarmupSec &&
      m.totalTalkSec >= TIME_THRESHOLDS.talkShareMinTalkSec &&
      m.sellerTalkShare >= TIME_THRESHOLDS.talkShareHigh &&
      m.recentSellerTalkShare >= TIME_THRESHOLDS.talkShareHigh
        ? `You have talked ${percent(m.sellerTalkShare)} % of the call (top calls: about 43 %)`
        : null,
    resolved: () => false,
    suggestion: "Ask what only they know: who else is affected, and how decisions like this get made there.",
  },
]

export function isTimeRuleId(ruleId: string): boolean {
  return ruleId.startsWith(TIME_RULE_PREFIX)
}
