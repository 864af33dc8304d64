/**
 * Properties every parser must keep on any input: it never throws anything but ParseError, and
 * what a writer puts into a format comes back out unchanged.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  FORMAT_PARSERS,
  ParseError,
  parseTranscript,
  type TranscriptFormat,
} from "../../../src/transcripts/index"
import { writeJsonLines, writePlainText, writeSrt, writeWebVtt, type WrittenUtterance } from "./writers"

const FORMATS = Object.keys(FORMAT_PARSERS) as TranscriptFormat[]

/** Text made of the characters that matter to these formats, so shrinking finds real cases. */
const trickyText = fc
  .array(
    fc.constantFrom(
      "WEBVTT",
      "-->",
      "00:00:01.000",
      "00:01,5",
      "\n",
      "\n\n",
      " ",
      "<v ",
      ">",
      "</v>",
      "<b>",
      "&amp;",
      "&#0;",
      "&#x110000;",
      "NOTE",
      "1",
      ":",
      "Dana",
      "You: ",
      "[00:00:02]",
      "{",
      "}",
      '"speaker"',
      '"text"',
      ",",
      "[",
      "]",
      '"',
      "\u0000",
      "\uFEFF",
      "é",
      "\r\n",
      "one-up-coach/call@1",
      '"format":',
      "-1",
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""))

function onlyParseErrors(run: () => unknown): void {
  try {
    run()
  } catch (error) {
    if (!(error instanceof ParseError)) throw error
    expect(error.message).not.toMatch(/\n/)
  }
}

describe("no parser throws anything but ParseError", () => {
  it.each(FORMATS)("%s on arbitrary text", (format) => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), trickyText), (text) => {
        onlyParseErrors(() => FORMAT_PARSERS[format](text))
        onlyParseErrors(() => parseTranscript(text, { format }))
      }),
      { numRuns: 300 },
    )
  })

  it("parseTranscript on arbitrary bytes and text", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.string({ maxLength: 300 }), trickyText),
        (input) => {
          onlyParseErrors(() => parseTranscript(input))
        },
      ),
      { numRuns: 500 },
    )
  })

  it("every utterance it returns has a speaker, text and sane timings", () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        try {
          for (const u of parseTranscript(text).utterances) {
            expect(u.speaker.trim()).not.toBe("")
            expect(u.text.trim()).not.toBe("")
            if (u.start !== null && u.end !== null) expect(u.end).toBeGreaterThanOrEqual(u.start)
          }
        } catch (error) {
          if (!(error instanceof ParseError)) throw error
        }
      }),
      { numRuns: 300 },
    )
  })
})

const word = fc.stringMatching(/^[A-Za-z][a-z']{0,8}[.,?!]?$/)
const speaker = fc.constantFrom("You", "Dana Reyes", "Sam Carter", "Dr. Jane O'Neil", "José", "Speaker 2")
const utterances = fc
  .array(
    fc.record({
      speaker,
      words: fc.array(word, { minLength: 1, maxLength: 12 }),
      gapMs: fc.integer({ min: 0, max: 5000 }),
      lengthMs: fc.integer({ min: 0, max: 60_000 }),
    }),
    { minLength: 1, maxLength: 15 },
  )
  .map((items) => {
    let clock = 0
    return items.map(({ speaker: name, words, gapMs, lengthMs }): WrittenUtterance => {
      // Whole seconds for plain text (its stamps have no milliseconds); others get milliseconds too.
      const start = (clock += gapMs) / 1000
      const end = (clock += lengthMs) / 1000
      return { speaker: name, text: words.join(" "), start, end }
    })
  })

describe("round trip: written utterances parse back unchanged", () => {
  const back = (text: string, format: TranscriptFormat) =>
    parseTranscript(text, { format }).utterances.map((u) => ({
      speaker: u.speaker,
      text: u.text,
      start: u.start,
      end: u.end,
    }))

  it("WebVTT", () => {
    fc.assert(
      fc.property(utterances, (written) => {
        expect(back(writeWebVtt(written), "webvtt")).toEqual(written)
      }),
    )
  })

  it("SRT", () => {
    fc.assert(
      fc.property(utterances, (written) => {
        expect(back(writeSrt(written), "srt")).toEqual(written)
      }),
    )
  })

  it("JSON Lines, including self", () => {
    fc.assert(
      fc.property(utterances, fc.boolean(), (written, selfFirst) => {
        const withSelf = written.map((u, i) => ({ ...u, self: i === 0 ? selfFirst : false }))
        const parsed = parseTranscript(writeJsonLines(withSelf), { format: "jsonl" }).utterances
        expect(
          parsed.map((u) => ({ speaker: u.speaker, text: u.text, start: u.start, end: u.end, self: u.self })),
        ).toEqual(withSelf)
      }),
    )
  })

  it("plain text: speakers, texts and whole-second starts", () => {
    const whole = utterances.map((list) => list.map((u) => ({ ...u, start: Math.floor(u.start) })))
    fc.assert(
      fc.property(whole, (written) => {
        const parsed = parseTranscript(writePlainText(written), { format: "plain" }).utterances
        expect(parsed.map((u) => [u.speaker, u.text, u.start])).toEqual(
          written.map((u) => [u.speaker, u.text, u.start]),
        )
      }),
    )
  })

  it("detects each written format from its content alone", () => {
    fc.assert(
      fc.property(utterances, (written) => {
        expect(parseTranscript(writeWebVtt(written)).format).toBe("webvtt")
        expect(parseTranscript(writeSrt(written)).format).toBe("srt")
        expect(parseTranscript(writeJsonLines(written)).format).toBe("jsonl")
        expect(parseTranscript(writePlainText(written)).format).toBe("plain")
      }),
    )
  })
})
