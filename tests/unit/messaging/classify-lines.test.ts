// The classify-lines request (review page → background): its schema check keeps the text exactly
// as sent and refuses malformed or oversized batches; the background answers with the classifier's
// own classifications, in order, for seller and client lines alike.
import { describe, expect, it } from "vitest"
import { handleUiRequest, type UiRequestContext } from "../../../src/background/ui-requests"
import { MAX_CLASSIFY_CHARS, MAX_CLASSIFY_LINES } from "../../../src/messaging/contract"
import { parseUiMessage } from "../../../src/messaging/validate"
import { classifyUtterance } from "../../../src/nlp/index"

const line = (text: string, self = true) => ({ text, self })

describe("classify-lines request", () => {
  it("accepts lines with their text untouched, even characters captions would lose", () => {
    const lines = [line("We were founded\u200b in 2009."), line("What did it cost you?", false)]
    expect(parseUiMessage({ kind: "classify-lines", lines, extra: 1 })).toEqual({
      kind: "classify-lines",
      lines,
    })
    const long = "word ".repeat(10_000)
    expect(parseUiMessage({ kind: "classify-lines", lines: [line(long)] })).toEqual({
      kind: "classify-lines",
      lines: [line(long)],
    })
  })

  it("rejects malformed lines and batches over the caps", () => {
    const bad: unknown[] = [
      undefined,
      [],
      "text",
      [{ text: "hi" }],
      [{ text: 3, self: true }],
      [{ text: "hi", self: "yes" }],
      [null],
      // eslint-disable-next-line no-sparse-arrays
      [line("a"), , line("b")],
      Array.from({ length: MAX_CLASSIFY_LINES + 1 }, () => line("a")),
      [line("x".repeat(MAX_CLASSIFY_CHARS / 2)), line("x".repeat(MAX_CLASSIFY_CHARS / 2 + 1))],
    ]
    for (const lines of bad) expect(parseUiMessage({ kind: "classify-lines", lines })).toBeNull()
    expect(
      parseUiMessage({
        kind: "classify-lines",
        lines: Array.from({ length: MAX_CLASSIFY_LINES }, () => line("a")),
      }),
    ).not.toBeNull()
  })

  it("is answered with classifyUtterance's classification of every line, in order", async () => {
    const lines = [
      line("So a quick bit about us: we were founded in 2009 and we are the leading provider."),
      line("Who else feels it first, and what did it cost you?", false),
      line("My recommendation is to pilot with two teams before anything else."),
      line("My recommendation is to pilot with two teams before anything else.", false),
    ]
    // The answer needs no storage or coach: it is a plain function of the lines.
    const response = await handleUiRequest({ kind: "classify-lines", lines }, {} as UiRequestContext)
    expect(response).toEqual({
      classifications: lines.map((sent) => classifyUtterance(sent.text, { self: sent.self })),
    })
    const { classifications } = response as { classifications: { verdict: string; question: boolean }[] }
    expect(classifications.map((c) => c.verdict)).toEqual(["down", "neutral", "up", "neutral"])
    expect(classifications[1]?.question).toBe(true)
  })
})
