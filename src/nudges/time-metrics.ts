/**
 * The live conversation metrics behind the time-based nudges, from utterance timings alone.
 * Pure: the background calls it on each tick with the call's utterances so far (live ones
 * included, with their current end) and the call clock in seconds.
 */
import type { TimeMetrics } from "./types"

export interface TimedUtterance {
  self: boolean
  /** Seconds since call start. */
  start: number
  end: number
  question: boolean
  /** How many questions it asks (a run-on caption can ask several); defaults to 1 when question. */
  questionCount?: number
}

/** A pause longer than this ends the seller's stretch: the client had room to come in. */
export const MONOLOGUE_PAUSE_SEC = 5
/** Client utterances shorter than this ("mm-hm", "right") do not break a seller's stretch. */
export const BACKCHANNEL_SEC = 2
/** Window of recentSellerTalkShare. */
export const RECENT_WINDOW_SEC = 180
/** Window of sellerQuestionsLastMinute. */
export const QUESTION_WINDOW_SEC = 60

export function computeTimeMetrics(utterances: readonly TimedUtterance[], nowSec: number): TimeMetrics {
  const timed = utterances
    .filter(
      (u) => Number.isFinite(u.start) && Number.isFinite(u.end) && u.end >= u.start && u.start <= nowSec,
    )
    .map((u) => ({ ...u, end: Math.min(u.end, nowSec) }))
    .sort((a, b) => a.start - b.start || a.end - b.end)

  const seller = timed.filter((u) => u.self)
  const client = timed.filter((u) => !u.self)
  const sellerSec = talkTime(seller, 0, nowSec)
  const clientSec = talkTime(client, 0, nowSec)
  const recentFrom = nowSec - RECENT_WINDOW_SEC
  const recentSeller = talkTime(seller, recentFrom, nowSec)
  const recentClient = talkTime(client, recentFrom, nowSec)

  const questions = seller.filter((u) => u.question)
  const lastQuestionEnd = questions.reduce((latest, u) => Math.max(latest, u.end), -Infinity)
  const stretchFrom = Number.isFinite(lastQuestionEnd) ? lastQuestionEnd : 0

  return {
    callElapsedSec: nowSec,
    currentSellerMonologueSec: currentMonologue(timed, nowSec),
    sellerTalkShare: share(sellerSec, clientSec),
    recentSellerTalkShare: share(recentSeller, recentClient),
    totalTalkSec: sellerSec + clientSec,
    secondsSinceLastSellerQuestion: Math.max(0, nowSec - stretchFrom),
    sellerTalkSecSinceLastQuestion: talkTime(seller, stretchFrom, nowSec),
    sellerQuestionsLastMinute: questions
      .filter((u) => u.end >= nowSec - QUESTION_WINDOW_SEC)
      .reduce((sum, u) => sum + Math.max(1, u.questionCount ?? 1), 0),
  }
}

function share(part: number, other: number): number {
  return part + other > 0 ? part / (part + other) : 0
}

/** Seconds covered by the utterances within [from, to], overlaps counted once. */
function talkTime(sorted: readonly { start: number; end: number }[], from: number, to: number): number {
  let total = 0
  let coveredUntil = from
  for (const u of sorted) {
    const start = Math.max(u.start, coveredUntil)
    const end = Math.min(u.end, to)
    if (end > start) {
      total += end - start
      coveredUntil = end
    }
  }
  return total
}

/** The seller's latest stretch: from its start (or the last real client turn in it) to its last word. */
export interface SellerStretch {
  start: number
  end: number
}

/**
 * The seller's latest uninterrupted stretch in utterances sorted by start: seller speech with no
 * pause longer than MONOLOGUE_PAUSE_SEC and no real client turn (≥ BACKCHANNEL_SEC) in it. The
 * side panel's monologue timer uses it too, so the timer and the nudge agree.
 */
export function latestSellerStretch(
  sorted: readonly Omit<TimedUtterance, "question">[],
): SellerStretch | null {
  let blockStart = 0
  let blockEnd = -Infinity
  for (const u of sorted) {
    if (!u.self) continue
    if (u.start - blockEnd > MONOLOGUE_PAUSE_SEC) blockStart = u.start
    blockEnd = Math.max(blockEnd, u.end)
  }
  if (!Number.isFinite(blockEnd)) return null
  const start = sorted
    .filter((u) => !u.self && u.end - u.start >= BACKCHANNEL_SEC && u.end > blockStart)
    .reduce((latest, u) => Math.max(latest, u.end), blockStart)
  return { start, end: blockEnd }
}

/** The seller's stretch still going on now; 0 when the seller is not talking. */
function currentMonologue(sorted: readonly TimedUtterance[], nowSec: number): number {
  const stretch = latestSellerStretch(sorted)
  if (stretch === null || nowSec - stretch.end > MONOLOGUE_PAUSE_SEC) return 0
  return Math.max(0, stretch.end - stretch.start)
}
