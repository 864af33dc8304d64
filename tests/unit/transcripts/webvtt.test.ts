import { describe, expect, it } from "vitest"
import { parseWebVtt } from "../../../src/transcripts/webvtt"

const pick = (text: string) =>
  parseWebVtt(text).utterances.map(({ speaker, text: t, start, end, line }) => ({
    speaker,
    text: t,
    start,
    end,
    line,
  }))

describe("parseWebVtt", () => {
  it("reads voice tags, cue ids, settings, short timestamps and multi-line cues", () => {
    const vtt = [
      "WEBVTT - Teams export",
      "Kind: captions",
      "",
      "a1/1-0",
      "00:01.000 --> 00:04.500 align:start position:10%",
      "<v Dana Reyes>Thanks for making time.</v>",
      "",
      "a1/2-0",
      "00:00:04.500 --> 00:00:09.000",
      "<v.loud You>Before we start, what would make",
      "this hour <i>worth</i> it?</v>",
    ].join("\n")
    expect(pick(vtt)).toEqual([
      { speaker: "Dana Reyes", text: "Thanks for making time.", start: 1, end: 4.5, line: 6 },
      {
        speaker: "You",
        text: "Before we start, what would make this hour worth it?",
        start: 4.5,
        end: 9,
        line: 10,
      },
    ])
  })

  it("passes over NOTE, STYLE and REGION blocks and the header metadata", () => {
    const vtt =
      "WEBVTT\nKind: captions\nLanguage: en\n\nNOTE a comment\nthat spans lines\n\nSTYLE\n::cue { color: red }\n\nREGION\nid:fred\n\n00:01.000 --> 00:02.000\n<v Sam>Hi.</v>\n"
    const result = parseWebVtt(vtt)
    expect(result.skipped).toEqual([])
    expect(result.utterances.map((u) => u.speaker)).toEqual(["Sam"])
  })

  it("reads Zoom's 'Name: text' cues and continues the speaker into cues without a name", () => {
    const vtt =
      "WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\nSam Carter: Hello Dana.\n\n2\n00:00:02.000 --> 00:00:03.000\nhow are you?\n\n3\n00:00:03.000 --> 00:00:04.000\nDana Reyes: Fine."
    expect(pick(vtt).map((u) => [u.speaker, u.text])).toEqual([
      ["Sam Carter", "Hello Dana."],
      ["Sam Carter", "how are you?"],
      ["Dana Reyes", "Fine."],
    ])
  })

  it("splits a cue with two speakers and shares its time by words", () => {
    const vtt = "WEBVTT\n\n00:00:10.000 --> 00:00:16.000\n<v Dana>one two three four</v>\n<v Sam>five six</v>"
    expect(pick(vtt)).toEqual([
      { speaker: "Dana", text: "one two three four", start: 10, end: 14, line: 4 },
      { speaker: "Sam", text: "five six", start: 14, end: 16, line: 5 },
    ])
  })

  it("drops markup but keeps escaped angle brackets as text", () => {
    const vtt =
      "WEBVTT\n\n00:00.000 --> 00:01.000\n<v Sam><c.yellow>Use</c> <b>&lt;b&gt;</b> &amp; <00:00.500>more</v>"
    expect(pick(vtt)[0]?.text).toBe("Use <b> & more")
    const zoom = "WEBVTT\n\n00:00.000 --> 00:01.000\nSam: use &lt;b&gt; tags\nand <i>&lt;i&gt;</i> too"
    expect(pick(zoom)[0]?.text).toBe("use <b> tags and <i> too")
  })

  it("leaves an unknown entity as written, even one named like an object property", () => {
    const vtt = "WEBVTT\n\n00:00.000 --> 00:01.000\n<v Sam>a &constructor; and &tostring; &bogus; here"
    expect(pick(vtt)[0]?.text).toBe("a &constructor; and &tostring; &bogus; here")
  })

  it("accepts a first cue written right under the WEBVTT line", () => {
    expect(pick("WEBVTT\n00:00.000 --> 00:01.000\n<v Sam>Hi.")).toHaveLength(1)
    expect(pick("WEBVTT\ncue-1\n00:00.000 --> 00:01.000\n<v Sam>Hi.")).toHaveLength(1)
  })

  it("skips broken cues with their file line and keeps the good ones", () => {
    const vtt = [
      "WEBVTT", // 1
      "", // 2
      "00:00.000 --> 00:02.000", // 3
      "<v Sam>Good cue.", // 4
      "", // 5
      "00:02.000 --> 00:0X.000", // 6
      "<v Dana>Bad timestamp.", // 7
      "", // 8
      "just some words", // 9
      "", // 10
      "00:05.000 --> 00:04.000", // 11
      "<v Dana>Ends before it starts.", // 12
      "", // 13
      "00:06.000 --> 00:07.000", // 14
      "<v Dana>Second good cue.", // 15
    ].join("\n")
    const result = parseWebVtt(vtt)
    expect(result.utterances.map((u) => u.text)).toEqual(["Good cue.", "Second good cue."])
    expect(result.skipped.map((s) => s.line)).toEqual([6, 9, 11])
    expect(result.skipped[0]?.reason).toMatch(/bad timing line/)
    expect(result.skipped[1]?.reason).toMatch(/no "start --> end" timing line/)
    expect(result.skipped[2]?.reason).toBe("cue ends before it starts")
  })

  it("skips text with no speaker before any speaker is known", () => {
    const result = parseWebVtt(
      "WEBVTT\n\n00:00.000 --> 00:01.000\nWelcome, everyone.\n\n00:01.000 --> 00:02.000\n<v Sam>Hi.",
    )
    expect(result.utterances.map((u) => u.speaker)).toEqual(["Sam"])
    expect(result.skipped).toEqual([
      { line: 4, where: "line 4", reason: 'no speaker name (expected "<v Name>text" or "Name: text")' },
    ])
  })
})
