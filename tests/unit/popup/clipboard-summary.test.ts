import { describe, expect, it } from "vitest"
import type { FocusPoint } from "../../../src/metrics/focus"
import { clipboardSummary } from "../../../src/ui/popup/clipboard-summary"
import { summaryWith } from "./fixtures"

const FOCUS: FocusPoint[] = [
  {
    kind: "talk-share",
    principle: null,
    title: "Talk less, listen more",
    detail: "You had 70% of the talk.",
  },
  { kind: "few-questions", principle: "discovery", title: "Ask more questions", detail: "You asked 2." },
]

describe("clipboardSummary", () => {
  it("gives score, talk share, questions and the focus points, one per line", () => {
    const text = clipboardSummary({
      title: "Acme intake review",
      dateText: "14 Mar 2026, 15:30",
      platformText: "Google Meet",
      summary: summaryWith({ score: 62, talkRatio: { self: 0.7, byWords: 0.7, byTime: 0.7 } }),
      focus: FOCUS,
    })
    expect(text.split("\n")).toEqual([
      "One-Up call review: Acme intake review (Google Meet, 14 Mar 2026, 15:30)",
      "One-Up score: 62/100. More One-Up than One-Down, with a few moments to redo.",
      "Seller share of talk: 70% (best calls ≈ 43%)",
      "Seller questions: 3 (best discovery calls: 11–14)",
      "Focus for the next call:",
      "1. Talk less, listen more: You had 70% of the talk.",
      "2. Ask more questions: You asked 2.",
      "",
    ])
  })

  it("says honestly when the call was not scored, and works without a title or focus", () => {
    const text = clipboardSummary({
      title: null,
      dateText: "",
      platformText: "Zoom",
      summary: summaryWith({ score: null, scoreNote: "not enough conversation to score" }),
      focus: [],
    })
    expect(text).toContain("One-Up call review (Zoom)\n")
    expect(text).toContain("One-Up score: not scored (not enough conversation to score)")
    expect(text).not.toContain("Focus for the next call")
  })

  it("keeps a caption-controlled title on one printable line", () => {
    const text = clipboardSummary({
      title: "Review\n\u001b[31mFAKE LINE\u202e",
      dateText: "",
      platformText: "Teams",
      summary: summaryWith({}),
      focus: [],
    })
    // The escape character and the bidi override go; the rest is harmless printable text.
    expect(text.split("\n")[0]).toBe("One-Up call review: Review [31mFAKE LINE (Teams)")
  })
})
