import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { parseCallJsonFile } from "../../../src/transcripts/call-json-file"
import { ParseError } from "../../../src/transcripts/parse-error"

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/transcripts/${name}`, import.meta.url), "utf8")

describe("parseCallJsonFile", () => {
  it("reads the transcript and the call's own metadata from an export", () => {
    const result = parseCallJsonFile(fixture("discovery-call.call.json"))
    expect(result.meta).toEqual({
      platform: "meet",
      startedAt: "2026-11-20T15:00:00.000Z",
      endedAt: "2026-11-20T15:05:30.000Z",
      title: "Acme <> Northwind: discovery",
    })
    expect(result.utterances).toHaveLength(19)
    expect(result.utterances[1]).toMatchObject({ id: "c1-u2", speaker: "You", self: true, start: 4, end: 14 })
  })

  it("re-scores a hand-edited export without verdicts or summary, skipping unusable utterances", () => {
    const text = JSON.stringify({
      format: "one-up-coach/call@1",
      utterances: [
        { speaker: "You", self: true, text: "Hi." },
        { speaker: "Dana", self: "no", text: "x" },
      ],
    })
    const result = parseCallJsonFile(text)
    expect(result.utterances.map((u) => u.text)).toEqual(["Hi."])
    expect(result.skipped).toEqual([
      { line: null, where: "utterances[1]", reason: '"self" must be true or false' },
    ])
    expect(result.meta?.platform).toBeNull()
  })

  it.each([
    [fixture("future.call.json"), 'unsupported Call JSON format "one-up-coach/call@2"'],
    ['{"format":"one-up-coach/call@1"}', 'Call JSON has no "utterances" array'],
    ["[]", "Call JSON must be an object"],
    [fixture("truncated.call.json.part"), "Call JSON is not valid JSON at line"],
  ])("refuses %#", (text, message) => {
    expect(() => parseCallJsonFile(text)).toThrow(ParseError)
    expect(() => parseCallJsonFile(text)).toThrow(message)
  })
})
