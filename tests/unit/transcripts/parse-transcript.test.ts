import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { MAX_TRANSCRIPT_BYTES, ParseError, parseTranscript } from "../../../src/transcripts/index"
import { CLIENT, DISCOVERY_CALL, SELLER } from "../../fixtures/transcripts/discovery-call"

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/transcripts/${name}`, import.meta.url))

function parseError(run: () => unknown): ParseError {
  try {
    run()
  } catch (error) {
    if (error instanceof ParseError) return error
    throw error
  }
  throw new Error("expected a ParseError")
}

describe("parseTranscript on the same call in every format", () => {
  it.each([
    ["discovery-call.teams.vtt", "webvtt", SELLER],
    ["discovery-call.zoom.vtt", "webvtt", "  sam CARTER "],
    ["discovery-call.srt", "srt", SELLER],
    ["discovery-call.jsonl", "jsonl", undefined],
    ["discovery-call.txt", "plain", undefined],
    ["discovery-call.call.json", "call-json", undefined],
  ])("%s", (file, format, me) => {
    const parsed = parseTranscript(fixture(file), { me })
    expect(parsed.format).toBe(format)
    expect(parsed.skipped).toEqual([])
    expect(parsed.utterances.map((u) => u.text)).toEqual(DISCOVERY_CALL.map((line) => line.text))
    expect(parsed.utterances.map((u) => u.self)).toEqual(DISCOVERY_CALL.map((line) => line.seller))
    expect(parsed.utterances.map((u) => u.start)).toEqual(DISCOVERY_CALL.map((line) => line.start))
    const expectedEnds = DISCOVERY_CALL.map((line) => line.end)
    // Plain text has start stamps only: each line ends where the next begins, the last is unknown.
    if (format === "plain") expectedEnds[expectedEnds.length - 1] = null as unknown as number
    expect(parsed.utterances.map((u) => u.end)).toEqual(expectedEnds)
    expect(new Set(parsed.utterances.map((u) => u.id)).size).toBe(DISCOVERY_CALL.length)
    expect(parsed.utterances.filter((u) => !u.self).every((u) => u.speaker === CLIENT)).toBe(true)
  })
})

describe("seller identification", () => {
  const plain = "Dana: Hi.\nYou: Hello.\nSam: Also here."

  it("defaults to the speaker named You", () => {
    const parsed = parseTranscript(plain)
    expect(parsed.utterances.map((u) => u.self)).toEqual([false, true, false])
    expect(parsed.warnings).toEqual([])
  })

  it("uses --me, trimmed and case-insensitive, instead of You", () => {
    expect(parseTranscript(plain, { me: " sAM " }).utterances.map((u) => u.self)).toEqual([
      false,
      false,
      true,
    ])
  })

  it("lets the file's own self win over --me", () => {
    const jsonl =
      '{"speaker":"Dana","text":"Hi.","self":true}\n{"speaker":"Sam","text":"Hello.","self":false}'
    const parsed = parseTranscript(jsonl, { me: "Sam" })
    expect(parsed.utterances.map((u) => u.self)).toEqual([true, false])
    expect(parsed.warnings).toEqual(['--me "Sam" was not needed: the file marks the seller\'s lines itself'])
  })

  it("warns, listing the speakers, when --me names nobody or nobody is the seller", () => {
    const parsed = parseTranscript("Dana: Hi.\nSam: Hello.", { me: "Alex" })
    expect(parsed.utterances.every((u) => !u.self)).toBe(true)
    expect(parsed.warnings).toEqual([
      'no speaker named "Alex" (speakers: "Dana", "Sam")',
      'no line is the seller\'s, so there is nothing to score: say who the seller is with --me NAME (speakers: "Dana", "Sam")',
    ])
  })

  it("keeps ids from the file when they are unique and makes the rest unique", () => {
    const jsonl = [
      '{"speaker":"A","text":"1","id":"u2"}',
      '{"speaker":"A","text":"2"}',
      '{"speaker":"A","text":"3","id":"u2"}',
    ]
    expect(parseTranscript(jsonl.join("\n")).utterances.map((u) => u.id)).toEqual(["u2", "u2-2", "u3"])
  })
})

describe("inputs that are not transcripts", () => {
  it.each([
    ["empty.txt", "empty", "file is empty"],
    ["blank.vtt", "empty", "file is empty"],
    ["screenshot.png", "binary", "file looks binary (it contains NUL bytes), not a transcript"],
    ["latin1.txt", "binary", "file is not UTF-8 text (binary data or another encoding), not a transcript"],
    ["notes.txt", "unknown-format", "not a transcript format this tool reads"],
    ["future.call.json", "invalid-call-json", 'unsupported Call JSON format "one-up-coach/call@2"'],
    ["truncated.call.json.part", "invalid-call-json", "Call JSON is not valid JSON at line 7"],
  ])("%s: %s", (file, code, message) => {
    const error = parseError(() => parseTranscript(fixture(file)))
    expect(error.code).toBe(code)
    expect(error.message).toContain(message)
    expect(error.message).not.toContain("\n")
  })

  it("names the first problem and its line when no utterance survives", () => {
    const error = parseError(() => parseTranscript(fixture("all-broken.jsonl")))
    expect(error.code).toBe("no-utterances")
    expect(error.line).toBe(1)
    expect(error.message).toBe(
      'no utterances could be read as JSON Lines; first problem at line 1: "text" must be a string',
    )
  })

  it("refuses input over the 20 MB cap, as bytes or as a string", () => {
    const bytes = new Uint8Array(MAX_TRANSCRIPT_BYTES + 1).fill(0x61)
    expect(parseError(() => parseTranscript(bytes)).message).toBe(
      "file is too large (20.0 MB; the limit is 20 MB)",
    )
    expect(parseError(() => parseTranscript("a".repeat(MAX_TRANSCRIPT_BYTES + 1))).code).toBe("too-large")
  })

  it("reads UTF-16 files with a byte-order mark and UTF-8 with a BOM", () => {
    const text = "You: Hello.\nDana: Hi."
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0), 0])])
    expect(parseTranscript(utf16).utterances.map((u) => u.text)).toEqual(["Hello.", "Hi."])
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
    expect(parseTranscript(utf8).format).toBe("plain")
  })
})

describe("partly broken files", () => {
  it("JSON Lines: good lines scored, broken ones listed with line numbers", () => {
    const parsed = parseTranscript(fixture("broken.jsonl"))
    expect(parsed.utterances.map((u) => u.text)).toEqual([
      "By the end of this call, let's agree on whether a pilot makes sense.",
      "Sounds good.",
      "Our CFO does, every quarter.",
      "If nothing changes, what does that cost you each quarter?",
    ])
    expect(parsed.skipped.map((s) => s.line)).toEqual([3, 4, 5, 6])
  })

  it("WebVTT: bad timing, missing timing line, reversed cue", () => {
    const parsed = parseTranscript(fixture("broken.vtt"), { me: "Sam Carter" })
    expect(parsed.utterances).toHaveLength(3)
    expect(parsed.skipped.map((s) => [s.line, s.reason.split(" (")[0]])).toEqual([
      [8, 'bad timing line "00:00:05.000 --> 00:00:0X.000"'],
      [11, "not a caption cue"],
      [18, "cue ends before it starts"],
    ])
  })

  it("SRT: text before any speaker is skipped, later unnamed cues continue the speaker", () => {
    const parsed = parseTranscript(fixture("no-speaker-first.srt"), { me: "Sam Carter" })
    expect(parsed.utterances.map((u) => [u.speaker, u.self])).toEqual([
      ["Sam Carter", true],
      ["Dana Reyes", false],
      ["Dana Reyes", false],
    ])
    expect(parsed.skipped.map((s) => s.line)).toEqual([3])
  })

  it("plain text: header lines and an empty speaker line are skipped", () => {
    const parsed = parseTranscript(fixture("with-header.txt"), { me: "Sam Carter" })
    expect(parsed.utterances.map((u) => u.text)).toEqual([
      "By the end of this call, let's agree on whether a pilot makes sense.",
      "Sounds good. Our forecast has missed three quarters in a row, and the board is asking why.",
      "Who else feels the forecast miss first?",
    ])
    expect(parsed.skipped.map((s) => s.line)).toEqual([1, 2, 7])
  })
})
