import { BACKCHANNEL_SEC, MONOLOGUE_PAUSE_SEC } from "../nudges/time-metrics"

/**
 * Time arithmetic over utterances whose timings may be missing (plain text without timestamps,
 * the last line of a timestamped transcript). Everything returns null rather than guessing.
 */

export interface Timed {
  self: boolean
  start: number | null
  end: number | null
}

export interface Interval {
  start: number
  end: number
}

/** The utterance's interval when both ends are known and sane. */
export function intervalOf(utterance: Timed): Interval | null {
  const { start, end } = utterance
  if (start === null || end === null || !Number.isFinite(start) || !Number.isFinite(end) || end < start)
    return null
  return { start, end }
}

/** Seconds covered by the intervals, overlaps counted once (two captions of one person can overlap). */
export function coveredSeconds(intervals: readonly Interval[]): number {
  const sorted = [...intervals].sort((a, b) => a.start - b.start)
  let total = 0
  let coveredUntil = -Infinity
  for (const { start, end } of sorted) {
    const from = Math.max(start, coveredUntil)
    if (end > from) total += end - from
    coveredUntil = Math.max(coveredUntil, end)
  }
  return total
}

/** From the first start to the last known moment (an end, or a start when the end is missing). */
export function speakingSpan(utterances: readonly Timed[]): Interval | null {
  let start = Infinity
  let end = -Infinity
  for (const utterance of utterances) {
    if (utterance.start === null || !Number.isFinite(utterance.start)) continue
    start = Math.min(start, utterance.start)
    end = Math.max(end, utterance.start, intervalOf(utterance)?.end ?? -Infinity)
  }
  return Number.isFinite(start) ? { start, end } : null
}

/**
 * Runs of consecutive utterances by the same side (seller or client), each measured from its
 * earliest known start to its latest known end; null for a run with no timed utterance.
 * The same definition as the live monologue timer (src/nudges/time-metrics.ts), so the summary
 * and the side panel agree: a short backchannel from the other side ("mm-hm") does not break a
 * run, and a pause longer than MONOLOGUE_PAUSE_SEC does.
 */
export function runSeconds(utterances: readonly Timed[], self: boolean): (number | null)[] {
  const runs: (number | null)[] = []
  let run: Interval | null = null
  let inRun = false
  const close = () => {
    if (inRun) runs.push(run ? run.end - run.start : null)
    run = null
    inRun = false
  }
  for (const utterance of utterances) {
    const interval = intervalOf(utterance)
    if (utterance.self !== self) {
      const backchannel = interval !== null && interval.end - interval.start < BACKCHANNEL_SEC
      if (!backchannel) close()
      continue
    }
    if (run && interval && interval.start - run.end > MONOLOGUE_PAUSE_SEC) close()
    inRun = true
    if (interval)
      run = run
        ? { start: Math.min(run.start, interval.start), end: Math.max(run.end, interval.end) }
        : interval
  }
  close()
  return runs
}

/** The longest run, null when no run of that side is timed. */
export function longestRun(utterances: readonly Timed[], self: boolean): number | null {
  const timed = runSeconds(utterances, self).filter((seconds): seconds is number => seconds !== null)
  // reduce, not Math.max(...): a long call can have more runs than the engine's argument limit.
  return timed.length > 0 ? timed.reduce((longest, seconds) => Math.max(longest, seconds), 0) : null
}
