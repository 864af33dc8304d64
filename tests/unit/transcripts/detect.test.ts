import { describe, expect, it } from "vitest"
import { detectFormat } from "../../../src/transcripts/detect"

describe("detectFormat", () => {
  it.each([
    ["WEBVTT\n\n00:00.000 --> 00:01.000\n<v A>x", "webvtt"],
    ["\uFEFF  WEBVTT - title\n", "webvtt"],
    ["1\n00:00:01,000 --> 00:00:02,000\nA: x", "srt"],
    ["00:00:01.000 --> 00:00:02.000\n<v A>x", "srt"],
    ['{"speaker":"A","text":"x"}\n{"speaker":"B","text":"y"}', "jsonl"],
    ['{"speaker":"A","text":"x"}', "jsonl"],
    ['[{"speaker":"A","text":"x"}]', "jsonl"],
    ['{\n  "format": "one-up-coach/call@1",\n  "utterances": []\n}', "call-json"],
    ['{"format":"one-up-coach/call@1","utterances":[', "call-json"],
    ['{"platform":"meet","utterances":[]}', "call-json"],
    ["Dana: Hello.\nYou: Hi.", "plain"],
    ["[00:00:01] Dana: Hello.", "plain"],
    ["Meeting notes\nDana: Hello.\nwrapped text\nYou: Hi.", "plain"],
    [`You: a long answer\n${"wrapped line\n".repeat(80)}`, "plain"],
  ])("%j is %s", (text, format) => {
    expect(detectFormat(text.replace(/^\uFEFF/, ""))).toBe(format)
  })

  it.each([
    "just some prose\nwith no speakers at all\nand more lines\nand more\nand more\nend: x",
    "<html><body>hi</body></html>",
    "12345",
  ])("does not recognise %j", (text) => {
    expect(detectFormat(text)).toBeNull()
  })
})
