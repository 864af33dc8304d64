/**
 * The nudge policy: decides which single nudge (if any) the seller sees, and when. Pure: every
 * function takes the state and the clock (epoch ms) as inputs and returns a new state; the input
 * state is never mutated, and the state is plain JSON so the background can persist it after each
 * call and carry on identically after a service-worker restart.
 *
 * Rules of the game (numbers and reasons in config.ts):
 * - one nudge on screen at a time; it expires after a few seconds;
 * - only the seller's own utterances nudge; client lines only feed the time metrics;
 * - a live utterance nudges once the same label and evidence held over two revisions, or when final;
 * - corrective nudges: global and per-rule cooldowns and a per-call cap, set by the frequency;
 * - reinforcements (One-Up moments) are quiet, rarer, and never replace a corrective nudge;
 * - "not helpful" lowers the rule's priority and lengthens its cooldown; acting on a nudge
 *   silences its rule for a while; mute silences everything for the rest of the call.
 */
import { PRINCIPLES, type PrincipleId } from "../core/principles"
import type { Label } from "../core/types"
import {
  ACTED_ON_WINDOW_SEC,
  FREQUENCY_LIMITS,
  LOG_LIMIT,
  NOT_HELPFUL_PENALTY,
  PRIORITY,
  STALE_UTTERANCE_SEC,
  TTL_SEC,
  URGENT_DOWN_PRINCIPLES,
  UTTERANCE_MEMORY,
  type FrequencyLimits,
} from "./config"
import { isCoachable, labelKey, quoteEvidence } from "./evidence"
import { TIME_RULES, type TimeRule } from "./time-rules"
import type {
  Nudge,
  NudgeFrequency,
  NudgeKind,
  NudgeOutcome,
  NudgePolicyState,
  NudgeSettings,
  PolicyResult,
  RuleLookup,
  RuleMemory,
  TimeMetrics,
  UtteranceEvent,
  UtteranceMemory,
} from "./types"

const SEC = 1000

export interface CreatePolicyOptions {
  /** Epoch ms of the call start (CallMeta.startedAt); otherwise learnt from the first tick. */
  callStartedAtMs?: number | null
  /** "Not helpful" counts per rule carried over from the seller's earlier calls (see sellerFeedback). */
  notHelpful?: Record<string, number>
}

export function createPolicyState(options: CreatePolicyOptions = {}): NudgePolicyState {
  const rules: Record<string, RuleMemory> = {}
  for (const [rule, count] of Object.entries(options.notHelpful ?? {})) {
    if (Number.isFinite(count) && count > 0) {
      rules[rule] = { ...emptyRuleMemory(), notHelpful: Math.floor(count) }
    }
  }
  return {
    version: 1,
    seq: 0,
    current: null,
    muted: false,
    callStartMs: options.callStartedAtMs ?? null,
    latestEndSec: 0,
    correctiveShown: 0,
    quietShown: 0,
    lastCorrectiveAt: null,
    lastQuietAt: null,
    rules,
    utterances: [],
    awaiting: null,
    monologueNudgedStartMs: null,
    log: [],
  }
}

/** Maps the stored user settings (src/state/settings.ts) onto the policy's settings. */
export function toNudgeSettings(settings: {
  nudgeFrequency: NudgeFrequency
  nudgePrinciples: PrincipleId[]
  monologueThresholdSec: number
}): NudgeSettings {
  return {
    frequency: settings.nudgeFrequency,
    enabledPrinciples: [...settings.nudgePrinciples],
    monologueThresholdSec: settings.monologueThresholdSec,
  }
}

/** The nudge on screen at nowMs, or null (none, or expired). */
export function current(state: NudgePolicyState, nowMs: number): Nudge | null {
  return state.current !== null && nowMs < state.current.expiresAt ? state.current : null
}

/** A seller utterance (live revision or final) arrived, already classified. */
export function onUtterance(
  state: NudgePolicyState,
  event: UtteranceEvent,
  nowMs: number,
  settings: NudgeSettings,
  lookup: RuleLookup,
): PolicyResult {
  const next = prepare(state, nowMs)
  // Client lines never nudge; their timing reaches the policy through onTick's metrics.
  if (!event.self) {
    next.latestEndSec = Math.max(next.latestEndSec, event.end)
    return { state: next, nudge: null }
  }
  const previous = next.utterances.find((memory) => memory.id === event.id)
  // Replayed or out-of-order revision (content scripts resend after a restart): nothing new.
  if (
    previous !== undefined &&
    (event.revision < previous.revision ||
      (event.revision === previous.revision && event.final === previous.final))
  ) {
    return { state: next, nudge: null }
  }

  const usable = event.labels.filter((label) => isCoachable(label))
  const keys = usable.map(labelKey)
  const stable = event.final
    ? usable
    : usable.filter((label) => previous !== undefined && previous.labelKeys.includes(labelKey(label)))
  const memory = remember(next, previous, event, keys)

  retractIfCorrected(next, event, keys, nowMs)
  noteActedOn(next, event, stable, nowMs, settings)

  const stale =
    event.end < next.latestEndSec - STALE_UTTERANCE_SEC ||
    (next.callStartMs !== null && (nowMs - next.callStartMs) / SEC - event.end > STALE_UTTERANCE_SEC)
  next.latestEndSec = Math.max(next.latestEndSec, event.end)
  if (stale || isMuted(next, settings)) return { state: next, nudge: null }

  const candidates = stable
    .filter((label) => settings.enabledPrinciples.includes(label.principle))
    .filter((label) => !memory.firedRules.includes(label.rule))
    .map((label) => ruleCandidate(next, label, event.id, lookup))
    .filter((candidate) => candidate.priority > 0)
  const shown = showBest(next, candidates, nowMs, settings)
  if (shown !== null && shown.utteranceId !== null) memory.firedRules.push(shown.rule)
  return { state: next, nudge: shown }
}

/** Periodic check (every few seconds) for the time-based nudges. */
export function onTick(
  state: NudgePolicyState,
  metrics: TimeMetrics,
  nowMs: number,
  settings: NudgeSettings,
): PolicyResult {
  const next = prepare(state, nowMs)
  if (next.callStartMs === null) next.callStartMs = nowMs - metrics.callElapsedSec * SEC

  const awaiting = next.awaiting
  if (awaiting !== null && nowMs - awaiting.shownAt > ACTED_ON_WINDOW_SEC * SEC) next.awaiting = null
  const awaitedRule = awaiting === null ? undefined : TIME_RULES.find((rule) => rule.id === awaiting.rule)
  // The seller fixed what a time-based nudge pointed at (stopped talking, asked a question).
  if (next.awaiting !== null && awaitedRule?.resolved(metrics, settings) === true) {
    markActedOn(next, awaitedRule.id, nowMs, settings)
  }
  if (isMuted(next, settings)) return { state: next, nudge: null }

  const candidates: Candidate[] = []
  for (const rule of TIME_RULES) {
    if (!settings.enabledPrinciples.includes(rule.principle)) continue
    const evidence = rule.evidence(metrics, settings)
    if (evidence === null) continue
    if (rule.kind === "monologue" && sameMonologue(next, metrics, nowMs)) continue
    const candidate = timeCandidate(next, rule, evidence)
    if (candidate.priority > 0) candidates.push(candidate)
  }
  const shown = showBest(next, candidates, nowMs, settings)
  if (shown?.kind === "monologue") {
    next.monologueNudgedStartMs = nowMs - metrics.currentSellerMonologueSec * SEC
  }
  return { state: next, nudge: shown }
}

/** The seller closed the nudge. Cooldowns keep running from when it was shown. */
export function dismiss(state: NudgePolicyState, nudgeId: string, nowMs: number): NudgePolicyState {
  const next = prepare(state, nowMs)
  if (next.current?.id === nudgeId) next.current = null
  setOutcome(next, nudgeId, "dismissed")
  return next
}

/**
 * "Not helpful" on a rule: lower priority (NOT_HELPFUL_PENALTY per click), a cooldown stretched
 * by one more multiple per click, for the rest of the call (persisted in the state; carry it to
 * the next call with sellerFeedback / createPolicyState({ notHelpful })).
 */
export function markNotHelpful(state: NudgePolicyState, ruleId: string): NudgePolicyState {
  const next = clone(state)
  const memory = ruleMemory(next, ruleId)
  memory.notHelpful += 1
  if (next.current?.rule === ruleId) {
    setOutcome(next, next.current.id, "not-helpful")
    next.current = null
  }
  if (next.awaiting?.rule === ruleId) next.awaiting = null
  return next
}

/** "Not helpful" as the side panel sends it (by nudge id). Unknown ids change nothing. */
export function markNudgeNotHelpful(state: NudgePolicyState, nudgeId: string): NudgePolicyState {
  const rule = ruleOfNudge(state, nudgeId)
  if (rule === null) return state
  const next = markNotHelpful(state, rule)
  setOutcome(next, nudgeId, "not-helpful")
  return next
}

/** One-click mute for the rest of the call (muted = false undoes it). */
export function mute(state: NudgePolicyState, muted = true): NudgePolicyState {
  const next = clone(state)
  next.muted = muted
  if (muted) next.current = null
  return next
}

export function ruleOfNudge(state: NudgePolicyState, nudgeId: string): string | null {
  return state.log.find((entry) => entry.id === nudgeId)?.rule ?? null
}

/** "Not helpful" counts of this call, to seed the seller's next call. */
export function sellerFeedback(state: NudgePolicyState): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const [rule, memory] of Object.entries(state.rules)) {
    if (memory.notHelpful > 0) counts[rule] = memory.notHelpful
  }
  return counts
}

// ---------------------------------------------------------------------------------------------

interface Candidate {
  kind: NudgeKind
  rule: string
  principle: PrincipleId
  polarity: "up" | "down"
  priority: number
  title: string
  evidence: string
  suggestion: string
  utteranceId: string | null
}

function emptyRuleMemory(): RuleMemory {
  return { lastShownAt: null, notHelpful: 0, suppressedUntil: null }
}

function clone(state: NudgePolicyState): NudgePolicyState {
  return structuredClone(state)
}

/** A copy with an expired nudge taken off screen. */
function prepare(state: NudgePolicyState, nowMs: number): NudgePolicyState {
  const next = clone(state)
  if (next.current !== null && nowMs >= next.current.expiresAt) next.current = null
  return next
}

function isMuted(state: NudgePolicyState, settings: NudgeSettings): boolean {
  return state.muted || settings.mutedForCall === true
}

function ruleMemory(state: NudgePolicyState, rule: string): RuleMemory {
  const existing = state.rules[rule]
  if (existing !== undefined) return existing
  const created = emptyRuleMemory()
  state.rules[rule] = created
  return created
}

function remember(
  state: NudgePolicyState,
  previous: UtteranceMemory | undefined,
  event: UtteranceEvent,
  labelKeys: string[],
): UtteranceMemory {
  const memory: UtteranceMemory = {
    id: event.id,
    revision: event.revision,
    final: event.final,
    labelKeys,
    firedRules: previous?.firedRules ?? [],
  }
  state.utterances = [memory, ...state.utterances.filter((other) => other.id !== event.id)].slice(
    0,
    UTTERANCE_MEMORY,
  )
  return memory
}

/** A caption correction removed the words a nudge quoted: take the nudge down. */
function retractIfCorrected(
  state: NudgePolicyState,
  event: UtteranceEvent,
  keys: string[],
  nowMs: number,
): void {
  const shown = current(state, nowMs)
  if (shown === null || shown.utteranceId !== event.id || !event.final) return
  if (keys.some((key) => key.startsWith(`${shown.rule}|${shown.polarity}|`))) return
  setOutcome(state, shown.id, "retracted")
  state.current = null
  if (state.awaiting?.nudgeId === shown.id) state.awaiting = null
}

/** A later seller utterance with a One-Up label for the nudged principle: the seller acted on it. */
function noteActedOn(
  state: NudgePolicyState,
  event: UtteranceEvent,
  stable: Label[],
  nowMs: number,
  settings: NudgeSettings,
): void {
  const awaiting = state.awaiting
  if (awaiting === null) return
  if (nowMs - awaiting.shownAt > ACTED_ON_WINDOW_SEC * SEC) {
    state.awaiting = null
    return
  }
  if (event.id === awaiting.utteranceId) return
  if (!stable.some((label) => label.polarity === "up" && label.principle === awaiting.principle)) return
  markActedOn(state, awaiting.rule, nowMs, settings)
}

function markActedOn(state: NudgePolicyState, rule: string, nowMs: number, settings: NudgeSettings): void {
  const limits = FREQUENCY_LIMITS[settings.frequency]
  ruleMemory(state, rule).suppressedUntil = nowMs + limits.actedOnQuietSec * SEC
  const awaitingId = state.awaiting?.rule === rule ? state.awaiting.nudgeId : null
  const shownId = state.current?.rule === rule ? state.current.id : null
  for (const id of [awaitingId, shownId]) if (id !== null) setOutcome(state, id, "acted-on")
  if (shownId !== null) state.current = null
  if (awaitingId !== null) state.awaiting = null
}

function sameMonologue(state: NudgePolicyState, metrics: TimeMetrics, nowMs: number): boolean {
  if (state.monologueNudgedStartMs === null) return false
  const startMs = nowMs - metrics.currentSellerMonologueSec * SEC
  // Caption timings jitter by a second or two; a new stretch starts after a real pause.
  return Math.abs(startMs - state.monologueNudgedStartMs) < 10 * SEC
}

function penalised(state: NudgePolicyState, rule: string, base: number): number {
  return base - (state.rules[rule]?.notHelpful ?? 0) * NOT_HELPFUL_PENALTY
}

function ruleCandidate(
  state: NudgePolicyState,
  label: Label,
  utteranceId: string,
  lookup: RuleLookup,
): Candidate {
  const info = lookup(label.rule)
  const urgent = info?.urgent ?? (URGENT_DOWN_PRINCIPLES as readonly PrincipleId[]).includes(label.principle)
  const base = label.polarity === "up" ? PRIORITY.reinforcement : urgent ? PRIORITY.urgent : PRIORITY.rule
  return {
    kind: "rule",
    rule: label.rule,
    principle: label.principle,
    polarity: label.polarity,
    priority: penalised(state, label.rule, base),
    title: info?.title ?? PRINCIPLES[label.principle].title,
    evidence: quoteEvidence(label.evidence),
    // Without a registry entry, the principle's own summary is still a One-Up move in our words.
    suggestion: info?.suggestion ?? PRINCIPLES[label.principle].summary,
    utteranceId,
  }
}

function timeCandidate(state: NudgePolicyState, rule: TimeRule, evidence: string): Candidate {
  return {
    kind: rule.kind,
    rule: rule.id,
    principle: rule.principle,
    polarity: "down",
    priority: penalised(state, rule.id, rule.priority),
    title: PRINCIPLES[rule.principle].title,
    evidence,
    suggestion: rule.suggestion,
    utteranceId: null,
  }
}

/** Whether this candidate may go on screen now, given cooldowns, caps and what is showing. */
function allowed(
  state: NudgePolicyState,
  candidate: Candidate,
  nowMs: number,
  limits: FrequencyLimits,
): boolean {
  const memory = state.rules[candidate.rule] ?? emptyRuleMemory()
  if (memory.suppressedUntil !== null && nowMs < memory.suppressedUntil) return false
  // Each "not helpful" click adds one more cooldown length.
  const ruleCooldownMs = limits.ruleCooldownSec * SEC * (1 + memory.notHelpful)
  if (memory.lastShownAt !== null && nowMs - memory.lastShownAt < ruleCooldownMs) return false
  const onScreen = current(state, nowMs)
  if (candidate.polarity === "down") {
    if (state.correctiveShown >= limits.cap) return false
    if (state.lastCorrectiveAt !== null && nowMs - state.lastCorrectiveAt < limits.globalCooldownSec * SEC)
      return false
    // One at a time: a corrective nudge only replaces a quiet reinforcement.
    return onScreen === null || onScreen.quiet
  }
  if (state.quietShown >= limits.quietCap) return false
  if (state.lastQuietAt !== null && nowMs - state.lastQuietAt < limits.quietCooldownSec * SEC) return false
  // Praise waits for a calm moment: not right after a corrective nudge, never over one.
  if (state.lastCorrectiveAt !== null && nowMs - state.lastCorrectiveAt < limits.globalCooldownSec * SEC)
    return false
  return onScreen === null
}

function showBest(
  state: NudgePolicyState,
  candidates: Candidate[],
  nowMs: number,
  settings: NudgeSettings,
): Nudge | null {
  const limits = FREQUENCY_LIMITS[settings.frequency]
  const best = candidates
    .filter((candidate) => allowed(state, candidate, nowMs, limits))
    .sort((a, b) => b.priority - a.priority)[0]
  if (best === undefined) return null

  const quiet = best.polarity === "up"
  const ttlSec = quiet ? TTL_SEC.quiet : best.kind === "rule" ? TTL_SEC.rule : TTL_SEC.time
  state.seq += 1
  const nudge: Nudge = {
    id: `nudge-${state.seq}`,
    kind: best.kind,
    principle: best.principle,
    polarity: best.polarity,
    rule: best.rule,
    title: best.title,
    evidence: best.evidence,
    suggestion: best.suggestion,
    utteranceId: best.utteranceId,
    createdAt: nowMs,
    expiresAt: nowMs + ttlSec * SEC,
    quiet,
  }
  state.current = nudge
  ruleMemory(state, best.rule).lastShownAt = nowMs
  if (quiet) {
    state.quietShown += 1
    state.lastQuietAt = nowMs
  } else {
    state.correctiveShown += 1
    state.lastCorrectiveAt = nowMs
    state.awaiting = {
      nudgeId: nudge.id,
      rule: nudge.rule,
      principle: nudge.principle,
      utteranceId: nudge.utteranceId,
      shownAt: nowMs,
    }
  }
  state.log = [
    ...state.log,
    {
      id: nudge.id,
      kind: nudge.kind,
      rule: nudge.rule,
      principle: nudge.principle,
      polarity: nudge.polarity,
      createdAt: nowMs,
      utteranceId: nudge.utteranceId,
      outcome: null,
    },
  ].slice(-LOG_LIMIT)
  return nudge
}

function setOutcome(state: NudgePolicyState, nudgeId: string, outcome: NudgeOutcome): void {
  const entry = state.log.find((line) => line.id === nudgeId)
  if (entry !== undefined && entry.outcome === null) entry.outcome = outcome
}
