import { describe, expect, it } from "vitest"
import type { CallIndexEntry } from "../../../src/session/call-types"
import { pointsAttribute, sparklinePoints, trendScores } from "../../../src/ui/popup/sparkline"

const entry = (callId: string, startedAt: number, score: number | null, ended = true): CallIndexEntry => ({
  callId,
  platform: "zoom",
  title: null,
  startedAt,
  endedAt: ended ? startedAt + 1 : null,
  durationSec: 1,
  score,
  utteranceCount: 1,
})

describe("trendScores", () => {
  it("keeps ended, scored calls, oldest first, at most the limit", () => {
    const index = [
      entry("live", 50, 90, false),
      entry("d", 40, 70),
      entry("c", 30, null),
      entry("b", 20, 55),
      entry("a", 10, 40),
    ]
    expect(trendScores(index)).toEqual([
      { callId: "a", score: 40 },
      { callId: "b", score: 55 },
      { callId: "d", score: 70 },
    ])
    expect(trendScores(index, 2).map((p) => p.callId)).toEqual(["b", "d"])
  })
})

describe("sparklinePoints", () => {
  const box = { width: 100, height: 50, padding: 5 }

  it("spreads points across the width with 100 at the top and 0 at the bottom", () => {
    expect(sparklinePoints([0, 50, 100], box)).toEqual([
      { x: 5, y: 45 },
      { x: 50, y: 25 },
      { x: 95, y: 5 },
    ])
  })

  it("centres a single point and clamps out-of-range scores", () => {
    expect(sparklinePoints([120], box)).toEqual([{ x: 50, y: 5 }])
    expect(sparklinePoints([-5, 0], box).map((p) => p.y)).toEqual([45, 45])
  })

  it("writes the SVG points attribute", () => {
    expect(
      pointsAttribute([
        { x: 1, y: 2 },
        { x: 3.5, y: 4 },
      ]),
    ).toBe("1,2 3.5,4")
    expect(pointsAttribute([])).toBe("")
  })
})
