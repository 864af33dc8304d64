/** The score trend over the last calls, as points of a small SVG polyline. Pure. */
import type { CallIndexEntry } from "../../session/call-types"

export const TREND_LENGTH = 10

export interface TrendPoint {
  callId: string
  score: number
}

/** Scores of the last ended, scored calls, oldest first (the index is newest first). */
export function trendScores(index: readonly CallIndexEntry[], limit: number = TREND_LENGTH): TrendPoint[] {
  return [...index]
    .filter(
      (entry): entry is CallIndexEntry & { score: number } => entry.endedAt !== null && entry.score !== null,
    )
    .sort((a, b) => b.startedAt - a.startedAt)
    .slice(0, limit)
    .reverse()
    .map((entry) => ({ callId: entry.callId, score: entry.score }))
}

export interface SparkBox {
  width: number
  height: number
  /** Room kept around the line so end dots are not clipped. */
  padding: number
}

export interface SparkPoint {
  x: number
  y: number
}

/** Evenly spaced left to right; 100 at the top, 0 at the bottom; out-of-range scores clamped. */
export function sparklinePoints(scores: readonly number[], box: SparkBox): SparkPoint[] {
  const { width, height, padding } = box
  const innerWidth = width - 2 * padding
  const innerHeight = height - 2 * padding
  return scores.map((score, index) => {
    const x = scores.length === 1 ? width / 2 : padding + (index / (scores.length - 1)) * innerWidth
    const clamped = Math.min(100, Math.max(0, score))
    return { x: round1(x), y: round1(padding + (1 - clamped / 100) * innerHeight) }
  })
}

/** The `points` attribute of an SVG polyline. */
export function pointsAttribute(points: readonly SparkPoint[]): string {
  return points.map((point) => `${point.x},${point.y}`).join(" ")
}

function round1(value: number): number {
  return Math.round(value * 10) / 10
}
