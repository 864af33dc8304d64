/** How long the seller has been talking without a break; amber past the configured threshold. */
import { useMemo } from "react"
import type { TimedTurn } from "./monologue"
import { callSecondsAt, latestSellerStretch, monologueSecondsAt } from "./monologue"
import { clockTime } from "./format"
import { Meter } from "./Meter"
import { useClock, type Clock } from "./use-clock"

export interface MonologueMeterProps {
  utterances: readonly TimedTurn[]
  startedAt: number | null
  endedAt: number | null
  thresholdSec: number
  live: boolean
  clock?: Clock
}

export function MonologueMeter({
  utterances,
  startedAt,
  endedAt,
  thresholdSec,
  live,
  clock,
}: MonologueMeterProps) {
  const stretch = useMemo(() => latestSellerStretch(utterances), [utterances])
  const now = useClock(live, clock)
  const seconds =
    live && startedAt !== null
      ? Math.round(monologueSecondsAt(stretch, callSecondsAt(startedAt, endedAt, now)))
      : 0
  const over = seconds >= thresholdSec
  return (
    <Meter
      testId="metric-monologue"
      label="Talking now"
      value={seconds}
      display={seconds > 0 ? clockTime(seconds) : "—"}
      hint={over ? `over ${thresholdSec} s: ask them` : `aim under ${thresholdSec} s`}
      tone={over ? "warn" : "normal"}
      title="Your current uninterrupted stretch of talk"
    />
  )
}
