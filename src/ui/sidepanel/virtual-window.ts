/**
 * Which transcript rows to put in the DOM. A 3-hour call has 2,000+ utterances; rendering them all
 * makes every caption update slow, so past VIRTUALIZE_ABOVE rows only a window around the viewport
 * is rendered, with padding standing in for the rows above and below.
 *
 * Up to VIRTUALIZE_ABOVE rows (300: about an hour of conversation) every row stays in the DOM, so
 * end-to-end and acceptance tests can count `data-testid="utterance"` elements for ordinary calls.
 *
 * Rows differ in height: measured heights are used where known, ESTIMATED_ROW_PX elsewhere.
 */
export const VIRTUALIZE_ABOVE = 300
/** A two-line caption with its speaker line. */
export const ESTIMATED_ROW_PX = 60
/** Rows rendered beyond each edge of the viewport, so scrolling and arrow keys never show a gap. */
export const OVERSCAN_PX = 800
/** Used before the viewport has been measured. */
export const FALLBACK_VIEWPORT_PX = 800

export interface WindowInput {
  count: number
  heightOf(index: number): number
  /** The scroll position, or "bottom" while the transcript sticks to the latest line. */
  scrollTop: number | "bottom"
  viewportHeight: number
  overscanPx?: number
  threshold?: number
}

export interface RowWindow {
  /** First rendered row. */
  start: number
  /** One past the last rendered row. */
  end: number
  /** Height standing in for rows [0, start). */
  padTop: number
  /** Height standing in for rows [end, count). */
  padBottom: number
  virtual: boolean
}

/** offsets[i] = top of row i; offsets[count] = total height. */
export function rowOffsets(count: number, heightOf: (index: number) => number): Float64Array {
  const offsets = new Float64Array(count + 1)
  let top = 0
  for (let index = 0; index < count; index += 1) {
    const height = heightOf(index)
    top += Number.isFinite(height) && height > 0 ? height : ESTIMATED_ROW_PX
    offsets[index + 1] = top
  }
  return offsets
}

export function computeWindow(input: WindowInput): RowWindow {
  const { count } = input
  const threshold = input.threshold ?? VIRTUALIZE_ABOVE
  if (count <= threshold) return { start: 0, end: count, padTop: 0, padBottom: 0, virtual: false }

  const offsets = rowOffsets(count, input.heightOf)
  const total = offsets[count] ?? 0
  const viewport = input.viewportHeight > 0 ? input.viewportHeight : FALLBACK_VIEWPORT_PX
  const overscan = input.overscanPx ?? OVERSCAN_PX
  const maxTop = Math.max(0, total - viewport)
  const top = input.scrollTop === "bottom" ? maxTop : Math.min(maxTop, Math.max(0, input.scrollTop))

  // First row whose bottom is below the top edge, last row whose top is above the bottom edge.
  const start = Math.min(count - 1, firstIndexAbove(offsets, top - overscan, 1) - 1)
  const end = Math.max(start + 1, Math.min(count, firstIndexAbove(offsets, top + viewport + overscan, 0)))
  return {
    start,
    end,
    padTop: offsets[start] ?? 0,
    padBottom: total - (offsets[end] ?? total),
    virtual: true,
  }
}

/** Smallest i ≥ from with offsets[i] > value (offsets.length - 1 when none). */
function firstIndexAbove(offsets: Float64Array, value: number, from: number): number {
  let low = from
  let high = offsets.length - 1
  while (low < high) {
    const mid = (low + high) >> 1
    if ((offsets[mid] ?? Infinity) > value) high = mid
    else low = mid + 1
  }
  return low
}
