/** An exported call read back for re-scoring keeps every utterance exactly (contracts.md §2, §3). */
import fc from "fast-check"
import { describe, expect, it, vi } from "vitest"
import { scoreTranscript } from "../../../src/core/call-json"
import type { Classification, TranscriptUtterance } from "../../../src/core/types"
import { parseTranscript } from "../../../src/transcripts/index"

vi.mock("../../../src/nlp/classify", () => ({
  classifyUtterance: (): Classification => ({
    verdict: "neutral",
    labels: [],
    question: false,
    questionCount: 0,
    questionKind: null,
  }),
}))

const utterance: fc.Arbitrary<Omit<TranscriptUtterance, "id">> = fc.record({
  speaker: fc
    .string({ minLength: 1, maxLength: 20 })
    .filter((s) => s.trim() !== "" && !/\s\s|^\s|\s$/.test(s)),
  self: fc.boolean(),
  text: fc
    .string({ minLength: 1, maxLength: 80 })
    .filter((s) => s.trim() !== "" && !/\s\s|^\s|\s$|[\n\t\r]/.test(s)),
  start: fc.option(fc.integer({ min: 0, max: 10_000 })),
  end: fc.constant(null),
})

describe("Call JSON round trip", () => {
  it("parseTranscript(export) gives back the exported utterances and call metadata", () => {
    fc.assert(
      fc.property(fc.array(utterance, { minLength: 1, maxLength: 10 }), fc.boolean(), (items, withTitle) => {
        const transcript = items.map((u, i) => ({ ...u, id: `x${i}` }))
        const meta = { platform: "teams" as const, startedAt: "2026-11-20T15:00:00.000Z", endedAt: null }
        const call = scoreTranscript(transcript, withTitle ? { ...meta, title: "Weekly" } : meta)
        const parsed = parseTranscript(JSON.stringify(call))
        expect(parsed.format).toBe("call-json")
        expect(parsed.utterances).toEqual(transcript)
        expect(parsed.meta).toEqual({ ...meta, title: withTitle ? "Weekly" : null })
      }),
    )
  })
})
