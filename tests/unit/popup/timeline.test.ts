import { describe, expect, it } from "vitest"
import { buildTimeline, TIMELINE_WIDTH, type TimelineUtterance } from "../../../src/ui/popup/timeline"
import { sampleUtterances } from "./fixtures"

const u = (
  id: string,
  self: boolean,
  start: number | null,
  end: number | null,
  text = "a few words here",
  verdict: TimelineUtterance["verdict"] = "neutral",
): TimelineUtterance => ({
  id,
  self,
  text,
  start,
  end,
  verdict,
  labels:
    verdict === "neutral" ? [] : [{ principle: "discovery", polarity: verdict, rule: "r", evidence: text }],
})

describe("buildTimeline", () => {
  it("returns null when there is nothing to draw", () => {
    expect(buildTimeline([])).toBeNull()
  })

  it("places utterances by time, seller and client on their own lanes", () => {
    const geometry = buildTimeline([u("a", true, 0, 50), u("b", false, 50, 100)], 100)
    expect(geometry?.basis).toBe("time")
    expect(geometry?.from).toBe(0)
    expect(geometry?.to).toBe(100)
    expect(geometry?.segments).toEqual([
      { self: true, x: 0, width: 50 },
      { self: false, x: 50, width: 50 },
    ])
  })

  it("starts the axis at the first caption, not at zero", () => {
    const geometry = buildTimeline([u("a", true, 100, 150), u("b", false, 150, 200)], 100)
    expect(geometry?.segments[0]).toEqual({ self: true, x: 0, width: 50 })
    expect(geometry?.from).toBe(100)
  })

  it("merges touching segments of one side and keeps tiny ones visible", () => {
    const geometry = buildTimeline(
      [u("a", true, 0, 10), u("b", true, 10, 20), u("c", false, 20, 20.01), u("d", true, 50, 100)],
      100,
    )
    const seller = geometry?.segments.filter((s) => s.self)
    expect(seller).toEqual([
      { self: true, x: 0, width: 20 },
      { self: true, x: 50, width: 50 },
    ])
    expect(geometry?.segments.find((s) => !s.self)?.width).toBe(1)
  })

  it("marks the seller's One-Up and One-Down moments at their middle, never the client's", () => {
    const geometry = buildTimeline(
      [
        u("up", true, 0, 20, "across forty rollouts", "up"),
        u("down", true, 60, 80, "pain points", "down"),
        u("c", false, 80, 100),
      ],
      100,
    )
    expect(geometry?.marks.map((m) => [m.utteranceId, m.polarity, m.x, m.principle])).toEqual([
      ["up", "up", 10, "discovery"],
      ["down", "down", 70, "discovery"],
    ])
    expect(geometry?.marks[1]?.title).toContain("pain points")
  })

  it("falls back to speaking order by words when timings are missing", () => {
    const geometry = buildTimeline(
      [u("a", true, null, null, "one two three"), u("b", false, null, null, "four")],
      100,
    )
    expect(geometry?.basis).toBe("words")
    expect(geometry?.from).toBeNull()
    expect(geometry?.segments).toEqual([
      { self: true, x: 0, width: 75 },
      { self: false, x: 75, width: 25 },
    ])
  })

  it("describes the chart for screen readers", () => {
    const geometry = buildTimeline(sampleUtterances())
    expect(geometry?.width).toBe(TIMELINE_WIDTH)
    expect(geometry?.description).toMatch(/over 5 min 20 s/)
    expect(geometry?.description).toMatch(/3 One-Up and 3 One-Down moments/)
    expect(geometry?.description).toMatch(/you had \d+% of the talk/)
    // Every shape stays inside the drawing.
    for (const segment of geometry?.segments ?? []) {
      expect(segment.x).toBeGreaterThanOrEqual(0)
      expect(segment.x + segment.width).toBeLessThanOrEqual(TIMELINE_WIDTH + 1)
    }
  })
})
