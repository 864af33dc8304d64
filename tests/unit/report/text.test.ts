import { describe, expect, it } from "vitest"
import type { CallJson } from "../../../src/core/types"
import { summarizeCall } from "../../../src/metrics/summary"
import { renderTextReport } from "../../../src/report/text"
import { client, label, seller, words } from "../metrics/build"

const utterances = [
  client(0, 30, words(40)),
  seller(30, 60, "Let me show you the product, feature X is unique to us.", {
    labels: [label("counsel", "down", "feature-pitch", "feature X is unique to us")],
  }),
  client(60, 90, "\u001b[2J\u001b[31mcleared your screen"),
  seller(90, 120, words(20), {
    questions: 1,
    labels: [label("discovery", "up", "assumption", "what would have to be true")],
  }),
  seller(120, 130, words(12)),
]
const call: CallJson = {
  format: "one-up-coach/call@1",
  platform: "file",
  startedAt: null,
  endedAt: null,
  utterances,
  summary: summarizeCall(utterances),
}

describe("renderTextReport", () => {
  const text = renderTextReport(call)

  it("lists the figures, principles, moments and focus points", () => {
    expect(text).toMatch(/^One-Up call report\n/)
    expect(text).toContain(`One-Up score             ${call.summary.score} / 100`)
    expect(text).toContain("Your share of talk       54% (by time; best calls ≈ 43%)")
    expect(text).toContain("Give counsel               0 / 1")
    expect(text).toContain('1. [0:30] You said: "Let me show you the product, feature X is unique to us."')
    expect(text).toContain('   counsel (rule feature-pitch): "feature X is unique to us"')
    expect(text).toContain("   One-Up instead: Give your recommendation and its reason")
    expect(text.match(/^[123]\. \S/gm)?.length).toBeGreaterThanOrEqual(4) // one moment + three focus points
  })

  it("leaves the transcript out unless asked, and then strips control sequences", () => {
    expect(text).not.toContain("cleared your screen")
    const full = renderTextReport(call, { includeTranscript: true })
    expect(full).toContain("[1:00] Dana: [2J [31mcleared your screen")
    expect(full).not.toContain("\u001b")
  })
})
