import { describe, expect, it } from "vitest"
import { MAX_TEXT_LENGTH, parseContentMessage, parseUiMessage } from "../../../src/messaging/validate"

const goodUpdate = {
  callId: "c1",
  id: "u1",
  speaker: "You",
  self: true,
  text: "hello",
  start: 1,
  end: 2,
  revision: 1,
  final: false,
}

describe("parseContentMessage", () => {
  it("accepts each well-formed message kind", () => {
    expect(
      parseContentMessage({
        kind: "call-started",
        seq: 1,
        callId: "c1",
        platform: "zoom",
        title: "T",
        startedAt: 5,
      }),
    ).toMatchObject({ kind: "call-started", platform: "zoom" })
    expect(
      parseContentMessage({ kind: "utterances", seq: 2, callId: "c1", updates: [goodUpdate] }),
    ).toMatchObject({
      updates: [goodUpdate],
    })
    expect(
      parseContentMessage({
        kind: "status",
        seq: 3,
        callId: "c1",
        status: { state: "not-found", platform: "meet" },
      }),
    ).toMatchObject({ status: { state: "not-found" } })
    expect(
      parseContentMessage({ kind: "call-ended", seq: 4, callId: "c1", reason: "left", at: 9 }),
    ).toMatchObject({
      reason: "left",
    })
  })

  it.each([
    ["not an object", "hello"],
    ["unknown kind", { kind: "evil", seq: 1, callId: "c1" }],
    ["missing seq", { kind: "call-ended", callId: "c1", reason: "left", at: 1 }],
    ["bad platform", { kind: "call-started", seq: 1, callId: "c1", platform: "skype", startedAt: 1 }],
    ["bad state", { kind: "status", seq: 1, callId: "c1", status: { state: "hacked", platform: "meet" } }],
    [
      "update of another call",
      { kind: "utterances", seq: 1, callId: "c1", updates: [{ ...goodUpdate, callId: "c2" }] },
    ],
    [
      "update with a number as text",
      { kind: "utterances", seq: 1, callId: "c1", updates: [{ ...goodUpdate, text: 5 }] },
    ],
    [
      "NaN time",
      { kind: "utterances", seq: 1, callId: "c1", updates: [{ ...goodUpdate, start: Number.NaN }] },
    ],
    ["huge call id", { kind: "call-ended", seq: 1, callId: "x".repeat(500), reason: "left", at: 1 }],
  ])("rejects %s", (_name, value) => {
    expect(parseContentMessage(value)).toBeNull()
  })

  it("strips control and zero-width characters and caps text length", () => {
    const text = `a\u0000b\u200bc${"x".repeat(MAX_TEXT_LENGTH * 2)}`
    const parsed = parseContentMessage({
      kind: "utterances",
      seq: 1,
      callId: "c1",
      updates: [{ ...goodUpdate, text }],
    })
    const first = parsed?.kind === "utterances" ? parsed.updates[0] : undefined
    expect(first?.text.startsWith("abc")).toBe(true)
    expect(first?.text.length).toBe(MAX_TEXT_LENGTH)
  })
})

describe("text cleaning", () => {
  const parseText = (text: string) => {
    const parsed = parseContentMessage({
      kind: "utterances",
      seq: 1,
      callId: "c1",
      updates: [{ ...goodUpdate, text }],
    })
    return parsed?.kind === "utterances" ? parsed.updates[0]?.text : undefined
  }

  it("removes bidi overrides and C1 controls but keeps joiners inside emoji and scripts", () => {
    expect(parseText("\u202eeoJ\u0085 said hi")).toBe("eoJ said hi")
    expect(parseText("family 👨\u200d👩\u200d👧 and می\u200cخواهم")).toBe(
      "family 👨\u200d👩\u200d👧 and می\u200cخواهم",
    )
  })

  it("never cuts an emoji in half at the length cap", () => {
    const text = `${"x".repeat(MAX_TEXT_LENGTH - 1)}😀 and more`
    const cleaned = parseText(text) ?? ""
    expect(cleaned).toBe("x".repeat(MAX_TEXT_LENGTH - 1))
  })

  it("keeps end at or after start even when the page sends a negative start", () => {
    const parsed = parseContentMessage({
      kind: "utterances",
      seq: 1,
      callId: "c1",
      updates: [{ ...goodUpdate, start: -5, end: -2 }],
    })
    expect(parsed?.kind === "utterances" ? parsed.updates[0] : undefined).toMatchObject({ start: 0, end: 0 })
  })

  it("rejects sparse update arrays", () => {
    const sparse: unknown[] = [goodUpdate]
    sparse[2] = goodUpdate // index 1 is a hole
    expect(parseContentMessage({ kind: "utterances", seq: 1, callId: "c1", updates: sparse })).toBeNull()
  })
})

describe("parseUiMessage", () => {
  it("accepts known requests and rejects malformed ones", () => {
    expect(parseUiMessage({ kind: "mute-call", callId: "c1", muted: true })).toEqual({
      kind: "mute-call",
      callId: "c1",
      muted: true,
    })
    expect(parseUiMessage({ kind: "delete-all" })).toEqual({ kind: "delete-all" })
    expect(parseUiMessage({ kind: "mute-call", callId: "c1" })).toBeNull()
    expect(parseUiMessage({ kind: "format-disk" })).toBeNull()
  })
})
