import { describe, expect, it } from "vitest"
// The validator itself (src/core/call-json.ts re-exports it but also loads the classifier).
import { validateCallJson } from "../../../src/core/call-json-validate"
import { CALL_FORMAT } from "../../../src/core/types"
import {
  buildCallJson,
  callJsonText,
  exportFileName,
  toScoredUtterance,
} from "../../../src/ui/popup/call-export"
import { liveUtterance, sampleMeta, sampleUtterances, STARTED_AT } from "./fixtures"

const SCORED_KEYS = [
  "end",
  "id",
  "labels",
  "question",
  "questionCount",
  "questionKind",
  "self",
  "speaker",
  "start",
  "text",
  "verdict",
]

describe("buildCallJson", () => {
  it("builds the contract's Call JSON from the stored meta and utterances", () => {
    const utterances = sampleUtterances()
    const meta = sampleMeta(utterances)
    const call = buildCallJson(meta, utterances)
    expect(call.format).toBe(CALL_FORMAT)
    expect(call.format).toBe("one-up-coach/call@1")
    expect(call.platform).toBe("meet")
    expect(call.title).toBe("Acme intake review")
    expect(call.startedAt).toBe("2026-03-14T15:30:00.000Z")
    expect(call.endedAt).toBe("2026-03-14T15:35:30.000Z")
    expect(call.summary).toEqual(meta.summary)
    expect(call.utterances.map((u) => u.id)).toEqual(utterances.map((u) => u.id))
    // Exactly the ScoredUtterance fields: no live-capture bookkeeping (callId, revision, final).
    for (const utterance of call.utterances) expect(Object.keys(utterance).sort()).toEqual(SCORED_KEYS)
    // The stored classification is kept as is, not recomputed.
    expect(call.utterances[2]).toMatchObject({
      verdict: "down",
      labels: [{ principle: "teach-models", polarity: "down", evidence: "We were founded in 2009" }],
    })
  })

  it("passes the Call JSON validator, also after a round trip through the file text", () => {
    const utterances = sampleUtterances()
    const call = buildCallJson(sampleMeta(utterances), utterances)
    const direct = validateCallJson(call)
    expect(direct).toEqual({ ok: true, call: expect.anything() })
    const fromFile = validateCallJson(JSON.parse(callJsonText(call)))
    expect(fromFile.ok).toBe(true)
    if (fromFile.ok) expect(fromFile.call.utterances).toHaveLength(utterances.length)
  })

  it("leaves an unfinished call's end open", () => {
    const call = buildCallJson(sampleMeta(sampleUtterances(), { endedAt: null }), [])
    expect(call.endedAt).toBeNull()
    expect(call.startedAt).toBe(new Date(STARTED_AT).toISOString())
    expect(validateCallJson(call).ok).toBe(true)
  })

  it("keeps the latest revision of an utterance stored twice, in first-seen order", () => {
    const first = liveUtterance("a", true, "old text", 0, 2, { revision: 1 })
    const other = liveUtterance("b", false, "client", 3, 4)
    const latest = liveUtterance("a", true, "new text", 0, 3, { revision: 2 })
    const call = buildCallJson(sampleMeta([]), [first, other, latest])
    expect(call.utterances.map((u) => [u.id, u.text])).toEqual([
      ["a", "new text"],
      ["b", "client"],
    ])
    expect(validateCallJson(call).ok).toBe(true)
  })
})

describe("toScoredUtterance", () => {
  it("never judges the client, whatever was stored", () => {
    const client = {
      ...liveUtterance("c", false, "What keeps you up at night?", 0, 2),
      verdict: "down" as const,
      labels: [{ principle: "discovery" as const, polarity: "down" as const, rule: "r", evidence: "What" }],
    }
    expect(toScoredUtterance(client)).toMatchObject({ verdict: "neutral", labels: [] })
  })

  it("repairs timings the validator would reject", () => {
    const backwards = liveUtterance("x", true, "hi", 5, 3)
    expect(toScoredUtterance(backwards)).toMatchObject({ start: 5, end: 5 })
    const negative = liveUtterance("y", true, "hi", -1, 2)
    expect(toScoredUtterance(negative)).toMatchObject({ start: null, end: 2 })
  })

  it("drops labels of principles this build does not know", () => {
    const utterance = liveUtterance("z", true, "hi", 0, 1, {
      labels: [
        { principle: "counsel", polarity: "up", rule: "r1", evidence: "hi" },
        { principle: "telepathy" as never, polarity: "up", rule: "r2", evidence: "hi" },
      ],
    })
    expect(toScoredUtterance(utterance).labels.map((l) => l.rule)).toEqual(["r1"])
  })
})

describe("exportFileName", () => {
  const start = new Date(2026, 2, 4, 9, 5).getTime() // local time, as the user reads it

  it("names the file after the call's local start time", () => {
    expect(exportFileName(start, "json")).toBe("one-up-call-2026-03-04-0905.json")
    expect(exportFileName(start, "markdown")).toBe("one-up-call-2026-03-04-0905.md")
  })

  it("still gives a name when the start is unknown", () => {
    expect(exportFileName(null, "json")).toBe("one-up-call-undated.json")
    expect(exportFileName(Number.NaN, "markdown")).toBe("one-up-call-undated.md")
  })
})
