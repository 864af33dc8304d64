import { readFileSync } from "node:fs"
import fc from "fast-check"
import { describe, expect, it, vi } from "vitest"
import { scoreTranscript, validateCallJson } from "../../../src/core/call-json"
import type { Classification, TranscriptUtterance } from "../../../src/core/types"

// The classifier is another module's job: here it is a fake that labels everything, client lines
// included, so the test can see scoreTranscript enforce "client lines are never judged".
vi.mock("../../../src/nlp/classify", () => ({
  classifyUtterance: (text: string): Classification => ({
    verdict: "down",
    labels: [{ principle: "counsel", polarity: "down", rule: "feature-pitch", evidence: text.slice(0, 5) }],
    question: text.endsWith("?"),
    questionCount: text.endsWith("?") ? 1 : 0,
    questionKind: text.endsWith("?") ? "open" : null,
  }),
}))

const transcript: TranscriptUtterance[] = [
  { id: "u1", speaker: "Dana", self: false, text: "What does it cost?", start: 0, end: 3 },
  { id: "u2", speaker: "You", self: true, text: "Let me show you the product.", start: 3, end: 9 },
]
const meta = { platform: "file" as const, startedAt: null, endedAt: null }

describe("scoreTranscript", () => {
  const call = scoreTranscript(transcript, meta)

  it("builds a Call JSON with classified utterances and a summary", () => {
    expect(call.format).toBe("one-up-coach/call@1")
    expect(call.platform).toBe("file")
    expect(call.startedAt).toBeNull()
    expect(call.utterances[1]).toEqual({
      ...transcript[1],
      question: false,
      questionCount: 0,
      questionKind: null,
      verdict: "down",
      labels: [{ principle: "counsel", polarity: "down", rule: "feature-pitch", evidence: "Let m" }],
    })
    expect(call.summary.verdicts).toEqual({ up: 0, down: 1, neutral: 0 })
    expect(call.summary.questions.client).toBe(1)
    expect("title" in call).toBe(false)
  })

  it("keeps client lines neutral and unlabelled whatever the classifier says, but keeps their questions", () => {
    expect(call.utterances[0]).toMatchObject({
      verdict: "neutral",
      labels: [],
      question: true,
      questionCount: 1,
    })
  })

  it("carries the title when given", () => {
    expect(scoreTranscript(transcript, { ...meta, title: "Acme" }).title).toBe("Acme")
  })

  it("produces what validateCallJson accepts, unchanged", () => {
    const checked = validateCallJson(JSON.parse(JSON.stringify(call)))
    expect(checked).toEqual({ ok: true, call })
  })
})

describe("validateCallJson", () => {
  const exported: unknown = JSON.parse(
    readFileSync(new URL("../../fixtures/transcripts/discovery-call.call.json", import.meta.url), "utf8"),
  )
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits reach into arbitrary JSON paths
  type Json = Record<string, any>
  const edit = (change: (call: Json) => void): unknown => {
    const copy = structuredClone(exported) as Json
    change(copy)
    return copy
  }

  it("accepts an exported call", () => {
    const result = validateCallJson(exported)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.call.utterances).toHaveLength(19)
  })

  it.each([
    ["not an object", () => 42, "Call JSON must be an object"],
    [
      "another format",
      () => edit((c) => (c.format = "one-up-coach/call@2")),
      'format must be "one-up-coach/call@1" (found "one-up-coach/call@2")',
    ],
    [
      "unknown platform",
      () => edit((c) => (c.platform = "webex")),
      'platform must be one of "meet", "zoom", "teams", "file"',
    ],
    [
      "bad date",
      () => edit((c) => (c.startedAt = "yesterday")),
      "startedAt must be an ISO-8601 date or null",
    ],
    ["no utterances", () => edit((c) => delete c.utterances), "utterances must be an array"],
    [
      "bad verdict",
      () => edit((c) => (c.utterances[3].verdict = "great")),
      'utterances[3].verdict must be one of "up", "down", "neutral"',
    ],
    [
      "bad principle",
      () =>
        edit(
          (c) =>
            (c.utterances[1].labels = [{ principle: "charm", polarity: "up", rule: "r", evidence: "e" }]),
        ),
      "utterances[1].labels[0].principle must be one of expertise,",
    ],
    [
      "judged client",
      () => edit((c) => (c.utterances[0].verdict = "down")),
      'utterances[0] is the client\'s, so it must have verdict "neutral" and no labels',
    ],
    [
      "duplicate id",
      () => edit((c) => (c.utterances[2].id = "c1-u1")),
      'utterances[2].id "c1-u1" is used twice',
    ],
    [
      "reversed timing",
      () => edit((c) => (c.utterances[2].end = 1)),
      "utterances[2].end is before its start",
    ],
    [
      "score out of range",
      () => edit((c) => (c.summary.score = 140)),
      "summary.score must be between 0 and 100",
    ],
    [
      "short byQuarter",
      () => edit((c) => (c.summary.questions.byQuarter = [1, 2])),
      "summary.questions.byQuarter must have 4 numbers",
    ],
    [
      "missing tally",
      () => edit((c) => delete c.summary.principles.counsel),
      "summary.principles.counsel must be an object",
    ],
  ])("refuses %s with a one-line reason naming the path", (_name, value, message) => {
    const result = validateCallJson(value())
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toContain(message)
      expect(result.error).not.toContain("\n")
    }
  })

  it("fills absent optional fields and drops unknown ones", () => {
    const result = validateCallJson(
      edit((c) => {
        delete c.utterances[0].start
        delete c.utterances[0].questionCount
        delete c.utterances[0].questionKind
        c.utterances[0].extra = "x"
        c.__proto__polluted = true
      }),
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.call.utterances[0]).toMatchObject({ start: null, questionCount: 0, questionKind: null })
    expect(result.call.utterances[0]).not.toHaveProperty("extra")
    expect(result.call).not.toHaveProperty("__proto__polluted")
  })

  it("keeps a valid count of closing questions and drops an invalid one", () => {
    const result = validateCallJson(
      edit((c) => {
        c.utterances[0].trailingQuestions = 2
        c.utterances[1].trailingQuestions = -1
        c.utterances[2].trailingQuestions = "two"
      }),
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.call.utterances[0]?.trailingQuestions).toBe(2)
    expect(result.call.utterances[1]).not.toHaveProperty("trailingQuestions")
    expect(result.call.utterances[2]).not.toHaveProperty("trailingQuestions")
  })

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (value) => {
        const result = validateCallJson(value)
        expect(typeof result.ok).toBe("boolean")
      }),
    )
  })
})
