/**
 * Shapes of the nudge policy. Pure types. Everything in NudgePolicyState is plain JSON (no Map,
 * no undefined, no class): the service worker can be restarted at any moment, so the background
 * persists this state to extension storage after every change and reloads it as is.
 */
import type { PrincipleId } from "../core/principles"
import type { Label, Polarity } from "../core/types"

export type NudgeFrequency = "rare" | "normal" | "frequent"

/** "rule": one classifier rule fired on a seller utterance; the others are time-based. */
export type NudgeKind = "rule" | "monologue" | "talk-share" | "no-questions" | "interrogation"
export type TimeNudgeKind = Exclude<NudgeKind, "rule">

/** One nudge, shown in the side panel as `data-testid="nudge"` (contracts.md §4). */
export interface Nudge {
  /** Unique within the call ("nudge-7"); the UI sends it back with dismiss / not-helpful. */
  id: string
  kind: NudgeKind
  principle: PrincipleId
  /** "down": corrective; "up": quiet reinforcement of a One-Up moment. */
  polarity: Polarity
  /** The classifier rule id, or a time rule id ("time:monologue"). */
  rule: string
  /** The principle in a few words. */
  title: string
  /** What triggered it: the seller's words in quotation marks, or a figure ("You have talked for 95 s straight"). */
  evidence: string
  /** One concrete One-Up move to make next. */
  suggestion: string
  /** The utterance that triggered it; null for time-based nudges. */
  utteranceId: string | null
  /** Epoch milliseconds. */
  createdAt: number
  /** Epoch milliseconds; the nudge is gone after this (late prompts are useless). */
  expiresAt: number
  /** Reinforcement: drawn quieter, lower priority, never replaces a corrective nudge. */
  quiet: boolean
}

export interface NudgeSettings {
  frequency: NudgeFrequency
  /** Principles that may nudge (time-based nudges follow the principle they map to). */
  enabledPrinciples: PrincipleId[]
  /** Seconds of uninterrupted seller talk before a monologue nudge (research: 60–90 s; default 75). */
  monologueThresholdSec: number
  /** Mute for the rest of the call, when the caller keeps it in settings rather than via mute(). */
  mutedForCall?: boolean
}

/**
 * One classified utterance as the background sees it. Structurally a subset of the session's
 * LiveUtterance (UtteranceUpdate & Classification), so that object can be passed as is.
 */
export interface UtteranceEvent {
  /** Stable across revisions. */
  id: string
  self: boolean
  final: boolean
  text: string
  labels: Label[]
  /** Seconds since call start. */
  start: number
  end: number
  /** Increases each time the text (or finality) changes. */
  revision: number
}

/** Inputs of the time-based nudges, computed by time-metrics.ts. Durations are seconds. */
export interface TimeMetrics {
  callElapsedSec: number
  /** The seller's current uninterrupted stretch, 0 when the seller is not talking now. */
  currentSellerMonologueSec: number
  /** Seller share of talk time over the whole call, 0..1 (0 when nobody has talked yet). */
  sellerTalkShare: number
  /** Seller share of talk time over the last few minutes, 0..1. */
  recentSellerTalkShare: number
  /** Seconds of talk (seller + client) so far. */
  totalTalkSec: number
  /** Since the seller's last question, or since call start when there was none. */
  secondsSinceLastSellerQuestion: number
  /** Seller talk time since that last question (or call start). */
  sellerTalkSecSinceLastQuestion: number
  sellerQuestionsLastMinute: number
}

/** What the rule registry knows about a rule; the policy takes it through a lookup function. */
export interface RuleInfo {
  /** The rule's own One-Up move, in the product's words. */
  suggestion: string
  /** Overrides the principle title in the nudge header. */
  title?: string
  /** The moment is happening now (company story, deck walk-through): ranks with the monologue. */
  urgent?: boolean
}

export type RuleLookup = (ruleId: string) => RuleInfo | undefined

export type NudgeOutcome = "dismissed" | "not-helpful" | "acted-on" | "retracted"

/** One line of the call's nudge history (kept for the summary and for nudge-id → rule). */
export interface NudgeLogEntry {
  id: string
  kind: NudgeKind
  rule: string
  principle: PrincipleId
  polarity: Polarity
  createdAt: number
  utteranceId: string | null
  outcome: NudgeOutcome | null
}

/** Per-rule memory for the call. */
export interface RuleMemory {
  /** Epoch ms of the last time this rule's nudge was shown. */
  lastShownAt: number | null
  /** "Not helpful" clicks: each lowers priority and lengthens the cooldown. */
  notHelpful: number
  /** The seller acted on this rule's nudge: not repeated before this epoch ms. */
  suppressedUntil: number | null
}

/** What the policy remembers about one recent utterance (live revisions and what already fired). */
export interface UtteranceMemory {
  id: string
  revision: number
  final: boolean
  /** Label keys (rule|polarity|evidence) seen in the last revision, for evidence stability. */
  labelKeys: string[]
  /** Rules that already produced a nudge for this utterance: never twice. */
  firedRules: string[]
}

/** The last corrective nudge, waiting for the seller to act on it. */
export interface AwaitingAction {
  nudgeId: string
  rule: string
  principle: PrincipleId
  utteranceId: string | null
  shownAt: number
}

export interface NudgePolicyState {
  version: 1
  /** Counter behind nudge ids. */
  seq: number
  current: Nudge | null
  muted: boolean
  /** Epoch ms of the call start (utterance times are seconds from it); null until known. */
  callStartMs: number | null
  /** Latest utterance end seen (seconds), to spot old utterances replayed after a restart. */
  latestEndSec: number
  correctiveShown: number
  quietShown: number
  lastCorrectiveAt: number | null
  lastQuietAt: number | null
  rules: Record<string, RuleMemory>
  /** Most recent first, bounded. */
  utterances: UtteranceMemory[]
  awaiting: AwaitingAction | null
  /** Estimated start (epoch ms) of the seller stretch that already had its monologue nudge. */
  monologueNudgedStartMs: number | null
  /** Bounded history of nudges shown this call, oldest first. */
  log: NudgeLogEntry[]
}

export interface PolicyResult {
  state: NudgePolicyState
  /** The nudge newly shown by this call, if any (read current() for what is on screen). */
  nudge: Nudge | null
}
