/**
 * Geometry of the call timeline chart: who talked when (seller lane above, client lane below)
 * and where the seller's One-Up and One-Down moments fell. Pure: utterances in, SVG numbers out.
 *
 * The x axis is time when most utterances are timed (live captions always are), else the words
 * spoken so far, so a file without timestamps still shows the shape of the conversation.
 */
import { PRINCIPLES, type PrincipleId } from "../../core/principles"
import type { Polarity, ScoredUtterance } from "../../core/types"
import { formatDuration, formatPercent } from "../../metrics/format"
import { coveredSeconds, intervalOf, type Interval } from "../../metrics/timing"
import { countWords } from "../../metrics/words"

export type TimelineUtterance = Pick<
  ScoredUtterance,
  "id" | "self" | "text" | "start" | "end" | "verdict" | "labels"
>

export const TIMELINE_WIDTH = 360
/** Rows from the top: moment marks, seller lane, client lane. */
export const MARK_ROW = { y: 1, height: 9 } as const
export const SELF_LANE = { y: 12, height: 14 } as const
export const CLIENT_LANE = { y: 30, height: 14 } as const
export const TIMELINE_HEIGHT = CLIENT_LANE.y + CLIENT_LANE.height

/** Segments closer than this (px) merge, so a long call stays a few dozen rectangles. */
const MERGE_GAP_PX = 0.5
/** Short utterances still get a visible sliver. */
const MIN_SEGMENT_PX = 1
/** Share of utterances that must be timed to draw against time (as the summary does). */
const MIN_TIMED_SHARE = 0.8

export interface TimelineSegment {
  self: boolean
  x: number
  width: number
}

export interface TimelineMark {
  utteranceId: string
  polarity: Polarity
  principle: PrincipleId | null
  x: number
  /** For a tooltip: the principle's title and the seller's words. */
  title: string
}

export interface TimelineGeometry {
  basis: "time" | "words"
  width: number
  height: number
  /** Seconds from the call start at the left and right edges (time basis only). */
  from: number | null
  to: number | null
  segments: TimelineSegment[]
  marks: TimelineMark[]
  /** One sentence for screen readers: what the picture shows. */
  description: string
}

/** Null when there is nothing to draw. */
export function buildTimeline(
  utterances: readonly TimelineUtterance[],
  width: number = TIMELINE_WIDTH,
): TimelineGeometry | null {
  const placed = placeUtterances(utterances)
  if (placed === null) return null
  const { basis, span, items } = placed
  const length = span.end - span.start
  const toX = (position: number) => round1(((position - span.start) / length) * width)

  const segments = (self: boolean) =>
    mergeSegments(
      items
        .filter((item) => item.utterance.self === self)
        .map(({ interval }) => {
          const x = toX(interval.start)
          return { self, x, width: Math.max(MIN_SEGMENT_PX, round1(toX(interval.end) - x)) }
        }),
    )

  const marks: TimelineMark[] = items.flatMap(({ utterance, interval }) => {
    if (!utterance.self || (utterance.verdict !== "up" && utterance.verdict !== "down")) return []
    const polarity = utterance.verdict
    const principle = utterance.labels.find((label) => label.polarity === polarity)?.principle ?? null
    const name = principle ? PRINCIPLES[principle].title : polarity === "up" ? "One-Up" : "One-Down"
    const title = `${polarity === "up" ? "One-Up" : "One-Down"} (${name}): ${utterance.text}`
    return [
      { utteranceId: utterance.id, polarity, principle, x: toX((interval.start + interval.end) / 2), title },
    ]
  })

  const share = sellerShare(items)
  return {
    basis,
    width,
    height: TIMELINE_HEIGHT,
    from: basis === "time" ? span.start : null,
    to: basis === "time" ? span.end : null,
    segments: [...segments(true), ...segments(false)],
    marks,
    description: describe(basis, length, share, marks),
  }
}

interface Placed {
  utterance: TimelineUtterance
  interval: Interval
}

function placeUtterances(
  utterances: readonly TimelineUtterance[],
): { basis: "time" | "words"; span: Interval; items: Placed[] } | null {
  if (utterances.length === 0) return null
  const timed = utterances.flatMap((utterance) => {
    const interval = intervalOf(utterance)
    return interval ? [{ utterance, interval }] : []
  })
  if (timed.length >= utterances.length * MIN_TIMED_SHARE) {
    // reduce, not Math.min(...): a long call can have more utterances than the argument limit.
    const start = timed.reduce((min, item) => Math.min(min, item.interval.start), Infinity)
    const end = timed.reduce((max, item) => Math.max(max, item.interval.end), -Infinity)
    if (end > start) return { basis: "time", span: { start, end }, items: timed }
  }
  // By words: each utterance takes as much of the axis as it has words (at least one).
  let position = 0
  const items = utterances.map((utterance) => {
    const words = Math.max(1, countWords(utterance.text))
    const interval = { start: position, end: position + words }
    position += words
    return { utterance, interval }
  })
  return { basis: "words", span: { start: 0, end: position }, items }
}

function mergeSegments(segments: TimelineSegment[]): TimelineSegment[] {
  const sorted = [...segments].sort((a, b) => a.x - b.x)
  const merged: TimelineSegment[] = []
  for (const segment of sorted) {
    const last = merged[merged.length - 1]
    if (last && segment.x <= last.x + last.width + MERGE_GAP_PX) {
      last.width = round1(Math.max(last.x + last.width, segment.x + segment.width) - last.x)
    } else {
      merged.push({ ...segment })
    }
  }
  return merged
}

/** The seller's share of the drawn talk (overlaps counted once per side). */
function sellerShare(items: readonly Placed[]): number | null {
  const side = (self: boolean) =>
    coveredSeconds(items.filter((i) => i.utterance.self === self).map((i) => i.interval))
  const seller = side(true)
  const client = side(false)
  return seller + client > 0 ? seller / (seller + client) : null
}

function describe(
  basis: "time" | "words",
  length: number,
  share: number | null,
  marks: TimelineMark[],
): string {
  const up = marks.filter((mark) => mark.polarity === "up").length
  const down = marks.length - up
  const over = basis === "time" ? `over ${formatDuration(length)}` : "in speaking order (no timings)"
  const talk = share === null ? "" : `, you had ${formatPercent(share)} of the talk`
  return `Timeline of the call ${over}: your talk above, the client's below${talk}; ${up} One-Up and ${down} One-Down moments marked.`
}

function round1(value: number): number {
  return Math.round(value * 10) / 10
}
