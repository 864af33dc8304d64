/**
 * A clock for the few small components that change with time (nudge expiry, monologue timer).
 * Only they call it, so the tick never re-renders the transcript.
 */
import { useEffect, useState } from "react"

export type Clock = () => number

export const TICK_MS = 500

export function useClock(enabled = true, clock: Clock = Date.now, intervalMs = TICK_MS): number {
  const [now, setNow] = useState(clock)
  useEffect(() => {
    if (!enabled) return
    const tick = () => setNow(clock())
    const first = setTimeout(tick, 0) // catch up at once after a pause
    const timer = setInterval(tick, intervalMs)
    return () => {
      clearTimeout(first)
      clearInterval(timer)
    }
  }, [enabled, clock, intervalMs])
  return now
}
