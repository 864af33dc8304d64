/**
 * The seller's current uninterrupted stretch, as the side panel's monologue timer shows it. Same
 * definition as the policy's monologue nudge (src/nudges/time-metrics.ts), so the timer turns
 * amber at the moment that nudge may fire: seller speech with no pause longer than
 * MONOLOGUE_PAUSE_SEC and no real client turn (≥ BACKCHANNEL_SEC) in it.
 *
 * Split in two so the clock tick stays cheap: the stretch depends only on the utterances
 * (memoised on the list), the seconds shown depend on the stretch and the clock.
 */
import {
  latestSellerStretch as stretchOfSorted,
  MONOLOGUE_PAUSE_SEC,
  type SellerStretch,
} from "../../nudges/time-metrics"

export interface TimedTurn {
  self: boolean
  /** Seconds since call start. */
  start: number
  end: number
}

export type { SellerStretch }

/** The latest seller stretch in the call's utterances (any order). */
export function latestSellerStretch(utterances: readonly TimedTurn[]): SellerStretch | null {
  const timed = utterances.filter(
    (u) => Number.isFinite(u.start) && Number.isFinite(u.end) && u.end >= u.start,
  )
  // Utterances arrive in start order; sort only when they do not (a copy, never the store's array).
  const sorted = isSortedByStart(timed)
    ? timed
    : [...timed].sort((a, b) => a.start - b.start || a.end - b.end)
  return stretchOfSorted(sorted)
}

/** Seconds of the stretch still going on at nowSec; 0 once the seller paused longer than the pause limit. */
export function monologueSecondsAt(stretch: SellerStretch | null, nowSec: number): number {
  if (stretch === null || nowSec - stretch.end > MONOLOGUE_PAUSE_SEC) return 0
  return Math.max(0, Math.min(stretch.end, nowSec) - stretch.start)
}

export function currentMonologueSec(utterances: readonly TimedTurn[], nowSec: number): number {
  return monologueSecondsAt(latestSellerStretch(utterances), nowSec)
}

/** Where the call clock is: now during the call, frozen at the end once it ended. */
export function callSecondsAt(startedAtMs: number, endedAtMs: number | null, nowMs: number): number {
  return Math.max(0, ((endedAtMs ?? nowMs) - startedAtMs) / 1000)
}

function isSortedByStart(turns: readonly TimedTurn[]): boolean {
  let previous = -Infinity
  for (const turn of turns) {
    if (turn.start < previous) return false
    previous = turn.start
  }
  return true
}
