import { describe, expect, it } from "vitest"
import { parsePlainText, readPlainLine } from "../../../src/transcripts/plain-text"

describe("readPlainLine", () => {
  it.each([
    ["Dana Reyes: Hello.", "Dana Reyes", "Hello.", null],
    ["[00:01:02] You: Hi", "You", "Hi", 62],
    ["(1:05) Dr. Jane O'Neil: Yes", "Dr. Jane O'Neil", "Yes", 65],
    ["00:00:07 - Speaker 2: ok", "Speaker 2", "ok", 7],
    ["José Núñez: hola", "José Núñez", "hola", null],
    ["Sam:", "Sam", "", null],
  ])("reads %j", (line, speaker, text, start) => {
    expect(readPlainLine(line)).toEqual({ speaker, text, start })
  })

  it.each([
    "and then we tried a new dashboard",
    "10:30 is fine for me",
    "see https://example.com/pricing",
    "this sentence has far too many words to be anybody's name: really",
    "- just a bullet",
  ])("does not take %j for a speaker line", (line) => {
    expect(readPlainLine(line)).toBeNull()
  })
})

describe("parsePlainText", () => {
  it("joins continuation lines, ends each utterance at the next start, leaves the last end unknown", () => {
    const text =
      "[00:00:00] Dana: Our forecast missed\nthree quarters in a row.\n\n[00:00:12] You: Who feels it first?\n[00:00:15] Dana: The CFO."
    expect(parsePlainText(text).utterances).toEqual([
      {
        id: null,
        speaker: "Dana",
        self: null,
        text: "Our forecast missed three quarters in a row.",
        start: 0,
        end: 12,
        line: 1,
      },
      { id: null, speaker: "You", self: null, text: "Who feels it first?", start: 12, end: 15, line: 4 },
      { id: null, speaker: "Dana", self: null, text: "The CFO.", start: 15, end: null, line: 5 },
    ])
  })

  it("has no timings when the lines have no timestamps", () => {
    const [first] = parsePlainText("Dana: Hi.\nYou: Hello.").utterances
    expect(first).toMatchObject({ start: null, end: null })
  })

  it("skips lines before the first speaker and speaker lines with no text", () => {
    const result = parsePlainText("Call notes\n\nSam: \nSam: Who feels it first?\nDana: The CFO.")
    expect(result.utterances.map((u) => u.text)).toEqual(["Who feels it first?", "The CFO."])
    expect(result.skipped).toEqual([
      {
        line: 1,
        where: "line 1",
        reason: 'no speaker before this line (expected "Speaker: text"): "Call notes"',
      },
      { line: 3, where: "line 3", reason: "no text after the speaker name" },
    ])
  })
})
