import { describe, expect, it } from "vitest"
import { parseSrt } from "../../../src/transcripts/srt"

describe("parseSrt", () => {
  it("reads numbered blocks, comma milliseconds, speaker prefixes and wrapped lines", () => {
    const srt =
      "1\n00:00:01,000 --> 00:00:04,000\nDana Reyes: Thanks for\n<i>making</i> time.\n\n2\n00:00:04,000 --> 00:00:09,500 X1:100 X2:200\nSam Carter: {\\an8}Happy to."
    expect(parseSrt(srt).utterances).toEqual([
      {
        id: null,
        speaker: "Dana Reyes",
        self: null,
        text: "Thanks for making time.",
        start: 1,
        end: 4,
        line: 3,
      },
      { id: null, speaker: "Sam Carter", self: null, text: "Happy to.", start: 4, end: 9.5, line: 8 },
    ])
  })

  it("treats a new 'Name:' line inside a block as a change of speaker", () => {
    const srt = "1\n00:00:00,000 --> 00:00:04,000\nDana: Ready?\nSam: Yes, let's go."
    expect(parseSrt(srt).utterances.map((u) => [u.speaker, u.text, u.start, u.end])).toEqual([
      ["Dana", "Ready?", 0, 1],
      ["Sam", "Yes, let's go.", 1, 4],
    ])
  })

  it("skips blocks without a timing line and speakerless text at the start", () => {
    const srt =
      "1\n00:00:01,000 --> 00:00:03,000\nHello and welcome.\n\n2\n00:00:03,000 --> 00:00:06,000\nSam: Thanks.\n\nstray text\nmore stray"
    const result = parseSrt(srt)
    expect(result.utterances.map((u) => u.text)).toEqual(["Thanks."])
    expect(result.skipped.map((s) => [s.line, s.reason.slice(0, 18)])).toEqual([
      [3, "no speaker name (e"],
      [9, "not a subtitle blo"],
    ])
  })
})
