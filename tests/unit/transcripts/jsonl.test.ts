import { describe, expect, it } from "vitest"
import { parseJsonLines } from "../../../src/transcripts/jsonl"

describe("parseJsonLines", () => {
  it("reads one object per line with optional self, start, end and id", () => {
    const text = [
      '{"speaker":"Sam","text":"Hi Dana.","self":true,"start":0,"end":2.5}',
      "",
      '{"speaker":" Dana  Reyes ","text":"  Hello\\nthere. ","id":"x7"}',
      '{"speaker":"Dana Reyes","text":"Later.","start":"00:01:00.000","end":"00:01:02.000"}',
    ].join("\n")
    expect(parseJsonLines(text).utterances).toEqual([
      { id: null, speaker: "Sam", self: true, text: "Hi Dana.", start: 0, end: 2.5, line: 1 },
      { id: "x7", speaker: "Dana Reyes", self: null, text: "Hello there.", start: null, end: null, line: 3 },
      { id: null, speaker: "Dana Reyes", self: null, text: "Later.", start: 60, end: 62, line: 4 },
    ])
  })

  it("skips each broken line with its reason", () => {
    const lines = [
      '{"speaker":"Sam","text":"ok"',
      "[1,2]",
      '{"speaker":"","text":"x"}',
      '{"speaker":"Sam"}',
      '{"speaker":"Sam","text":"   "}',
      '{"speaker":"Sam","text":"x","self":"yes"}',
      '{"speaker":"Sam","text":"x","start":-1}',
      '{"speaker":"Sam","text":"x","start":5,"end":2}',
      '{"speaker":"Sam","text":"fine"}',
    ]
    const result = parseJsonLines(lines.join("\n"))
    expect(result.utterances.map((u) => u.line)).toEqual([9])
    expect(result.skipped.map((s) => `${s.line} ${s.reason}`)).toEqual([
      '1 not valid JSON: "{"speaker":"Sam","text":"ok""',
      '2 expected an object like {"speaker": "...", "text": "..."}',
      '3 "speaker" must be a non-empty string',
      '4 "text" must be a string',
      '5 "text" is empty',
      '6 "self" must be true or false',
      '7 "start" must be seconds (a number ≥ 0) or a timestamp',
      '8 "end" is before "start"',
    ])
  })

  it("reads a JSON array of the same records", () => {
    const result = parseJsonLines('[\n  {"speaker":"Sam","text":"Hi."},\n  {"speaker":"Dana"}\n]')
    expect(result.utterances.map((u) => u.text)).toEqual(["Hi."])
    expect(result.skipped).toEqual([{ line: null, where: "item 2", reason: '"text" must be a string' }])
  })
})
