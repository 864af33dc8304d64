import { describe, expect, it } from "vitest"
import {
  computeWindow,
  ESTIMATED_ROW_PX,
  rowOffsets,
  VIRTUALIZE_ABOVE,
} from "../../../src/ui/sidepanel/virtual-window"

/** Rows of 40, 60 and 80 px in turn: heights vary like real captions. */
const varied = (index: number) => 40 + (index % 3) * 20

function renderedHeight(
  window: ReturnType<typeof computeWindow>,
  heightOf: (index: number) => number,
): number {
  let sum = 0
  for (let index = window.start; index < window.end; index += 1) sum += heightOf(index)
  return sum
}

describe("computeWindow", () => {
  it("keeps every row in the DOM up to the threshold (tests count utterances)", () => {
    expect(VIRTUALIZE_ABOVE).toBe(300)
    const window = computeWindow({ count: 300, heightOf: varied, scrollTop: 0, viewportHeight: 500 })
    expect(window).toEqual({ start: 0, end: 300, padTop: 0, padBottom: 0, virtual: false })
    expect(computeWindow({ count: 0, heightOf: varied, scrollTop: "bottom", viewportHeight: 500 }).end).toBe(
      0,
    )
  })

  it("windows past the threshold, anchored at the latest line while stuck to the bottom", () => {
    const window = computeWindow({ count: 2500, heightOf: varied, scrollTop: "bottom", viewportHeight: 600 })
    expect(window.virtual).toBe(true)
    expect(window.end).toBe(2500)
    expect(window.padBottom).toBe(0)
    expect(window.end - window.start).toBeLessThan(60)
    expect(window.padTop + renderedHeight(window, varied)).toBe(rowOffsets(2500, varied)[2500])
  })

  it("covers the viewport plus overscan in the middle, with padding standing in for the rest", () => {
    const offsets = rowOffsets(2000, varied)
    const total = offsets[2000] ?? 0
    const scrollTop = 40_000
    const window = computeWindow({
      count: 2000,
      heightOf: varied,
      scrollTop,
      viewportHeight: 600,
      overscanPx: 200,
    })
    expect(window.padTop).toBeLessThanOrEqual(scrollTop - 200)
    expect(window.padTop + renderedHeight(window, varied)).toBeGreaterThanOrEqual(scrollTop + 600 + 200)
    expect(window.padTop + renderedHeight(window, varied) + window.padBottom).toBe(total)
    expect(window.padTop).toBe(offsets[window.start])
    expect(window.start).toBeGreaterThan(0)
    expect(window.end).toBeLessThan(2000)
  })

  it("starts at the first row at the top and clamps scroll positions past the end", () => {
    const top = computeWindow({ count: 1000, heightOf: varied, scrollTop: 0, viewportHeight: 600 })
    expect(top.start).toBe(0)
    expect(top.padTop).toBe(0)
    const past = computeWindow({ count: 1000, heightOf: varied, scrollTop: 1e9, viewportHeight: 600 })
    expect(past.end).toBe(1000)
  })

  it("uses the estimate for unmeasured rows and a fallback viewport before layout", () => {
    const unmeasured = () => Number.NaN
    const window = computeWindow({ count: 400, heightOf: unmeasured, scrollTop: "bottom", viewportHeight: 0 })
    expect(window.padTop + window.padBottom + (window.end - window.start) * ESTIMATED_ROW_PX).toBe(
      400 * ESTIMATED_ROW_PX,
    )
    expect(window.end - window.start).toBeGreaterThan(10)
  })
})
