import { describe, expect, it } from "vitest"
import { stitchWindow } from "../../../src/capture/stitch"
import { joinTokens, normalizeText, tokenize } from "../../../src/capture/tokens"

function stitch(full: string, windowStart: number, next: string, rolling: boolean): string {
  const gathered = tokenize(full)
  const window = tokenize(next)
  const result = stitchWindow(gathered, windowStart, window, rolling)
  return `${result.kind}: ${joinTokens(gathered.slice(0, result.start).concat(window.slice(result.skip)))}`
}

describe("tokenize", () => {
  it("glues punctuation-only pieces to a neighbour and normalises case, accents and apostrophes", () => {
    expect(tokenize("So — we're   Café-ready ...").map((token) => [token.raw, token.norm])).toEqual([
      ["So —", "so"],
      ["we're", "were"],
      ["Café-ready ...", "cafeready"],
    ])
    expect(normalizeText("Mic. So, THAT's it!")).toBe("mic so thats it")
  })
})

describe("stitchWindow", () => {
  it("treats growth, shrink and case/punctuation changes as in-place revisions", () => {
    expect(stitch("mic so", 0, "mic. So that's a new person.", false)).toBe(
      "in-place: mic. So that's a new person.",
    )
    expect(stitch("we are planning for next", 0, "We're planning", false)).toBe("in-place: We're planning")
    expect(stitch("gonna send you", 0, "going to send you the deck", false)).toBe(
      "in-place: going to send you the deck",
    )
  })

  it("keeps a stutter the recogniser removed rather than guessing a scroll in a short block", () => {
    expect(stitch("um so what", 0, "So what do you think", false)).toBe("in-place: So what do you think")
    expect(stitch("thanks everyone", 0, "next quarter looks busy", false)).toBe(
      "unrelated: next quarter looks busy",
    )
  })

  it("recognises a long block whose start scrolled out of the live window", () => {
    const full = "one two three four five six seven eight nine ten eleven twelve"
    expect(stitch(full, 0, "seven eight nine ten eleven twelve thirteen", false)).toBe(
      `scrolled: ${full} thirteen`,
    )
  })

  it("stitches a rolling window by its overlap, even with the last words revised", () => {
    expect(stitch("so what does your company", 0, "does your company do today", true)).toBe(
      "scrolled: so what does your company do today",
    )
    expect(stitch("the cat sat on the mat and", 0, "the mat and then", true)).toBe(
      "scrolled: the cat sat on the mat and then",
    )
    expect(stitch("a b c d e f g", 2, "d e f G. h", true)).toBe("scrolled: a b c d e f G. h")
  })

  it("handles a rolling window cut mid-word and a revision that re-reveals a scrolled-out word", () => {
    expect(stitch("so tell me about your company do", 2, "ompany do today", true)).toBe(
      "scrolled: so tell me about your company do today",
    )
    // "we are" → "we're" shrinks the text, so the window starts one word earlier than before.
    expect(stitch("a b c d e f we are", 3, "c d e f we're here", true)).toBe(
      "scrolled: a b c d e f we're here",
    )
  })

  it("says unrelated when a rolling row shows new words with no overlap", () => {
    expect(stitch("thanks for your time", 0, "next quarter looks busy", true)).toBe(
      "unrelated: thanks for your time next quarter looks busy",
    )
  })
})
