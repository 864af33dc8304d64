/**
 * Zoom's replays: rows that show again words already captured for their speaker (captions turned
 * off and on, a speaker's next turn opening a new row with their last words) are not captured
 * twice; glued caption layers resolve to the later one; a speaker really repeating themselves is
 * still captured.
 */
import { describe, expect, it } from "vitest"
import { settledLayer } from "../../../src/capture/platforms/zoom/layers"
import { MIN_REPLAY_TOKENS, replayedPrefix } from "../../../src/capture/replay"
import { tokenize } from "../../../src/capture/tokens"
import { record, typing } from "./segmenter-harness"

const said = "We'd need sign-off from finance. Let's set up a call with them next week."

describe("replayedPrefix", () => {
  const prefix = (row: string, ...earlier: string[]) =>
    replayedPrefix(
      tokenize(row),
      earlier.map((text) => tokenize(text)),
    )

  it("counts a row that shows the end of what the speaker said", () => {
    expect(prefix("Let's set up a call with them next week.", "Hi.", said)).toBe(9)
    expect(prefix(said, said)).toBe(14)
  })

  it("counts only the replayed words when new speech follows them", () => {
    expect(prefix("set up a call with them next week. Before we go", said)).toBe(8)
  })

  it("accepts a first word cut by the rolling window", () => {
    expect(prefix("ign-off from finance. Let's set up a call with them next week.", said)).toBe(12)
  })

  it.each([
    ["fewer words than a replay shows", "next week.", said],
    ["speech starting word by word, even the same words", "Let's", said],
    ["words said before, but not at the end of a line", "We'd need sign-off from finance.", said],
    ["another speaker's words", "Let's set up a call with them next week.", "Orders sit for a day."],
    ["no earlier words", "Let's set up a call with them next week."],
  ])("is 0 for %s", (_, row, ...earlier) => {
    expect(prefix(row, ...earlier)).toBe(0)
  })

  it("needs at least a few words", () => {
    expect(MIN_REPLAY_TOKENS).toBeGreaterThanOrEqual(3)
  })
})

describe("settledLayer", () => {
  it.each([
    [
      "Alpha begins. A stale continuation.Alpha begins. A stale continuation overlaps the next layer.",
      "Alpha begins. A stale continuation overlaps the next layer.",
    ],
    [
      "we understand the floor. Over four hundred teamsOver four hundred teams use us today",
      "Over four hundred teams use us today",
    ],
    ["One two three.One two three four.One two three four five.", "One two three four five."],
  ])("keeps the later of glued layers: %s", (glued, settled) => {
    expect(settledLayer(glued)).toBe(settled)
  })

  it.each([
    "We use Node.js in the warehouse.",
    "Our iPhone app and the McDonald's account.",
    "Open zoom.us and the U.S. office.",
    "Usually six to eight weeks. What would need to be true?",
    "The report.Then nothing happened after that.",
  ])("leaves one layer alone: %s", (text) => {
    expect(settledLayer(text)).toBe(text)
  })
})

describe("segmenter on a rolling overlay: replays", () => {
  it("does not capture again the rows Zoom replays after captions were turned off and on", () => {
    const rec = record({ rollingWindow: true, flickerMs: 1000 })
    let t = typing(rec, "r1", "Dana Lee", "Orders sit for a day, sometimes two.", 0)
    t = typing(rec, "r2", "Sam Rivera", "What happens when a handoff gets missed?", t, 100, [
      ["r1", "Dana Lee", "Orders sit for a day, sometimes two."],
    ])
    // Captions off for 2 s: both rows vanish and are finalised; on again, Zoom replays them.
    rec.tick(t + 2000)
    rec.at(t + 2100, [
      ["r3", "Sam Rivera", "What happens when a handoff gets missed?"],
      ["r4", "Dana Lee", "Orders sit for a day, sometimes two."],
    ])
    rec.end(t + 2200)
    expect(rec.lines()).toEqual([
      "Dana Lee: Orders sit for a day, sometimes two.",
      "Sam Rivera: What happens when a handoff gets missed?",
    ])
  })

  it("keeps only the new words of a next turn whose new row first replays the speaker's last words", () => {
    const rec = record({ rollingWindow: true, flickerMs: 1000 })
    const last = "Orders sit for a day, sometimes two."
    let t = typing(rec, "dana-1", "Dana Lee", last, 0)
    t = typing(rec, "sam-1", "Sam Rivera", "Why is that?", t, 100, [["dana-1", "Dana Lee", last]])
    // Dana's old row is hidden; her new row on top opens with her last words, then goes on.
    const sam = ["sam-1", "Sam Rivera", "Why is that?"] as const
    rec.at(t, [["dana-2", "Dana Lee", last], sam])
    expect(rec.latest()).toHaveLength(2)
    const next = "Because nobody owns the handoff.".split(" ")
    next.forEach((_, index) => {
      rec.at(t + 100 * (index + 1), [
        ["dana-2", "Dana Lee", `${last} ${next.slice(0, index + 1).join(" ")}`],
        sam,
      ])
    })
    rec.end(t + 100 * (next.length + 1))
    expect(rec.lines()).toEqual([
      `Dana Lee: ${last}`,
      "Sam Rivera: Why is that?",
      "Dana Lee: Because nobody owns the handoff.",
    ])
  })

  it("strips the replayed words when the new row shows them together with new speech", () => {
    const rec = record({ rollingWindow: true, flickerMs: 1000 })
    let t = typing(rec, "dana-1", "Dana Lee", "Orders sit for a day, sometimes two.", 0)
    t = typing(rec, "sam-1", "Sam Rivera", "Why is that?", t)
    rec.at(t, [["dana-2", "Dana Lee", "for a day, sometimes two. Because"]])
    rec.at(t + 100, [["dana-2", "Dana Lee", "a day, sometimes two. Because nobody"]])
    rec.end(t + 200)
    expect(rec.lines()).toEqual([
      "Dana Lee: Orders sit for a day, sometimes two.",
      "Sam Rivera: Why is that?",
      "Dana Lee: Because nobody",
    ])
  })

  it("continues one turn when Zoom re-renders its row and nobody else spoke in between", () => {
    const rec = record({ rollingWindow: true, flickerMs: 1000 })
    const t = typing(rec, "row-a", "Priya Shah", "How long does a", 0)
    rec.at(t + 50, [["row-b", "Priya Shah", "How long does a typical"]])
    rec.at(t + 150, [["row-b", "Priya Shah", "How long does a typical rollout take?"]])
    rec.end(t + 250)
    expect(rec.lines()).toEqual(["Priya Shah: How long does a typical rollout take?"])
  })

  it("still captures a speaker really repeating themselves, word by word", () => {
    const rec = record({ rollingWindow: true, flickerMs: 1000 })
    let t = typing(rec, "dana-1", "Dana Lee", said, 0)
    t = typing(rec, "sam-1", "Sam Rivera", "Sounds good, I'll send an invite.", t)
    t = typing(rec, "dana-2", "Dana Lee", "Let's set up a call with them next week.", t)
    rec.end(t)
    expect(rec.lines()).toEqual([
      `Dana Lee: ${said}`,
      "Sam Rivera: Sounds good, I'll send an invite.",
      "Dana Lee: Let's set up a call with them next week.",
    ])
  })

  it("still captures the repetition when it follows a replay of the same words in the new row", () => {
    const rec = record({ rollingWindow: true, flickerMs: 1000 })
    let t = typing(rec, "dana-1", "Dana Lee", said, 0)
    t = typing(rec, "sam-1", "Sam Rivera", "Sounds good.", t)
    const words = "Let's set up a call with them next week.".split(" ")
    const stream = said.split(" ")
    rec.at(t, [["dana-2", "Dana Lee", stream.slice(-14).join(" ")]])
    words.forEach((word, index) => {
      stream.push(word)
      rec.at(t + 100 * (index + 1), [["dana-2", "Dana Lee", stream.slice(-14).join(" ")]])
    })
    rec.end(t + 100 * (words.length + 1))
    expect(rec.lines()).toEqual([
      `Dana Lee: ${said}`,
      "Sam Rivera: Sounds good.",
      "Dana Lee: Let's set up a call with them next week.",
    ])
  })
})
