// parseContentMessage is the only gate between a content script's port and the call session:
// fuzzed with garbage and with almost-right messages it never throws, and anything it returns is
// well formed, a fresh object holding only the contract's fields, within the contract's limits.
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { ContentToBackground } from "../../../src/messaging/contract"
import { MAX_TEXT_LENGTH, parseContentMessage } from "../../../src/messaging/validate"

const KINDS = ["call-started", "utterances", "status", "call-ended"] as const
const PLATFORMS = ["meet", "zoom", "teams", "file"] as const
const STATES = ["idle", "captions-off", "capturing", "not-found", "ended"] as const
const REASONS = ["left", "tab-closed", "navigated", "breakout", "recovered"] as const
// Control characters (but tab and newline), zero-width spaces and bidi overrides: never in what
// comes out. (Zero-width joiners stay: emoji sequences and some scripts need them.)
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2060\u2066-\u2069\ufeff]/

const FIELDS: Record<(typeof KINDS)[number], string[]> = {
  "call-started": ["kind", "seq", "callId", "platform", "title", "startedAt"],
  utterances: ["kind", "seq", "callId", "updates"],
  status: ["kind", "seq", "callId", "status"],
  "call-ended": ["kind", "seq", "callId", "reason", "at"],
}
const UPDATE_FIELDS = ["callId", "id", "speaker", "self", "text", "start", "end", "revision", "final"]

/** Everything wrong with a parsed message, as readable strings (empty: well formed). */
function problems(message: ContentToBackground): string[] {
  const found: string[] = []
  const check = (ok: boolean, what: string) => {
    if (!ok) found.push(what)
  }
  const isId = (value: unknown) => typeof value === "string" && value.length > 0 && value.length <= 100
  const cleanString = (value: unknown, max: number) =>
    typeof value === "string" && value.length <= max && !INVISIBLE.test(value)

  check(KINDS.includes(message.kind), "kind")
  check(Number.isFinite(message.seq), "seq")
  check(isId(message.callId), "callId")
  const allowed = FIELDS[message.kind] ?? []
  check(
    Object.keys(message).every((key) => allowed.includes(key)),
    `fields ${Object.keys(message)}`,
  )
  switch (message.kind) {
    case "call-started":
      check(PLATFORMS.includes(message.platform as (typeof PLATFORMS)[number]), "platform")
      check(message.title === null || cleanString(message.title, 200), "title")
      check(Number.isFinite(message.startedAt), "startedAt")
      break
    case "utterances":
      check(Array.isArray(message.updates) && message.updates.length <= 500, "updates")
      for (const update of message.updates) {
        check(
          Object.keys(update).every((key) => UPDATE_FIELDS.includes(key)),
          "update fields",
        )
        check(update.callId === message.callId, "update callId")
        check(isId(update.id), "update id")
        check(
          cleanString(update.speaker, 200) &&
            update.speaker.trim() === update.speaker &&
            update.speaker !== "",
          "speaker",
        )
        check(cleanString(update.text, MAX_TEXT_LENGTH), "text")
        check(typeof update.self === "boolean" && typeof update.final === "boolean", "flags")
        check(Number.isFinite(update.revision), "revision")
        check(update.start >= 0 && Number.isFinite(update.end) && update.end >= update.start, "times")
      }
      break
    case "status":
      check(STATES.includes(message.status.state), "state")
      check(PLATFORMS.includes(message.status.platform as (typeof PLATFORMS)[number]), "status platform")
      check(message.status.detail === undefined || cleanString(message.status.detail, 200), "detail")
      check(
        Object.keys(message.status).every((key) => ["state", "platform", "detail"].includes(key)),
        "status fields",
      )
      break
    case "call-ended":
      check(REASONS.includes(message.reason), "reason")
      check(Number.isFinite(message.at), "at")
      break
  }
  return found
}

// ---- arbitraries: garbage, and well-formed messages with hostile content and the odd broken field ----

const garbage = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
})
const junk = fc.oneof(
  fc.anything({ maxDepth: 1 }),
  fc.constantFrom(undefined, null, Number.NaN, Infinity, "", "x".repeat(300), [], {}),
)
const number = fc.oneof(
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 6 },
  { arbitrary: fc.integer(), weight: 3 },
  { arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, -0), weight: 1 },
)
const hostileText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    "   ",
    "\u200b\u200d\ufeff",
    "<img src=x onerror=alert(1)>",
    "a\u0000b\u0007c\u001bd\u007f",
    "x".repeat(MAX_TEXT_LENGTH * 2),
    "\u202eevil",
  ),
)
const id = fc.oneof(
  { arbitrary: fc.string({ minLength: 1, maxLength: 100 }), weight: 5 },
  { arbitrary: fc.constantFrom("", "x".repeat(101)), weight: 1 },
)

/** Now and then, one field (or an unknown one) replaced by junk. */
function withFault<T extends Record<string, unknown>>(
  arbitrary: fc.Arbitrary<T>,
  fields: readonly string[],
  oneIn: number,
) {
  const fault = fc.oneof(
    { arbitrary: fc.constant(null), weight: oneIn - 1 },
    { arbitrary: fc.tuple(fc.constantFrom(...fields, "extra", "__proto__"), junk), weight: 1 },
  )
  return fc.tuple(arbitrary, fault).map(([value, broken]): Record<string, unknown> => {
    const copy: Record<string, unknown> = { ...value }
    if (!broken) return copy
    Object.defineProperty(copy, broken[0], {
      value: broken[1],
      enumerable: true,
      configurable: true,
      writable: true,
    })
    return copy
  })
}

const update = withFault(
  fc.record({
    callId: fc.constant("c1"),
    id,
    speaker: hostileText,
    self: fc.boolean(),
    text: hostileText,
    start: number,
    end: number,
    revision: number,
    final: fc.boolean(),
  }),
  UPDATE_FIELDS,
  12,
)
const base = {
  seq: number,
  callId: fc.oneof({ arbitrary: fc.constant("c1"), weight: 5 }, { arbitrary: id, weight: 1 }),
}
const almostMessage = fc.oneof(
  withFault(
    fc.record({
      kind: fc.constant("call-started"),
      ...base,
      platform: fc.constantFrom(...PLATFORMS, "skype"),
      title: fc.option(hostileText),
      startedAt: number,
    }),
    FIELDS["call-started"],
    3,
  ),
  withFault(
    fc.record({ kind: fc.constant("utterances"), ...base, updates: fc.array(update, { maxLength: 4 }) }),
    FIELDS.utterances,
    3,
  ),
  withFault(
    fc.record({
      kind: fc.constant("status"),
      ...base,
      status: withFault(
        fc.record(
          {
            state: fc.constantFrom(...STATES, "hacked"),
            platform: fc.constantFrom(...PLATFORMS),
            detail: hostileText,
          },
          { requiredKeys: ["state", "platform"] },
        ),
        ["state", "platform", "detail"],
        4,
      ),
    }),
    FIELDS.status,
    3,
  ),
  withFault(
    fc.record({
      kind: fc.constant("call-ended"),
      ...base,
      reason: fc.constantFrom(...REASONS, "hijacked"),
      at: number,
    }),
    FIELDS["call-ended"],
    3,
  ),
  fc.record({ kind: fc.constantFrom("ack", "delete-all", "__proto__"), ...base }),
)

describe("parseContentMessage, fuzzed", () => {
  it("never throws on garbage, and accepts none of it", () => {
    fc.assert(
      fc.property(garbage, (value) => {
        expect(parseContentMessage(value)).toBeNull()
      }),
      { numRuns: 2_000 },
    )
  })

  it("never throws on almost-right messages, and returns only well-formed ones", () => {
    const accepted = { messages: 0, updates: 0 }
    fc.assert(
      fc.property(almostMessage, (value) => {
        const parsed = parseContentMessage(value)
        if (parsed === null) return
        accepted.messages += 1
        if (parsed.kind === "utterances") accepted.updates += parsed.updates.length
        expect(problems(parsed)).toEqual([])
        // A fresh object: later changes to what arrived cannot reach what was accepted.
        expect(parsed).not.toBe(value)
        if (parsed.kind === "utterances") {
          const updates = (value as { updates: unknown[] }).updates
          parsed.updates.forEach((accepted, i) => expect(accepted).not.toBe(updates[i]))
        }
      }),
      { numRuns: 3_000 },
    )
    // The generator reaches the accepting paths, so the checks above really ran.
    expect(accepted.messages).toBeGreaterThan(500)
    expect(accepted.updates).toBeGreaterThan(50)
  })

  it("accepts every kind when it is well formed, and rejects it after breaking any one required field", () => {
    const valid = fc.oneof(
      fc.record({
        kind: fc.constant("call-started" as const),
        seq: fc.nat(),
        callId: fc.constant("c1"),
        platform: fc.constantFrom(...PLATFORMS),
        title: fc.option(fc.string({ maxLength: 50 })),
        startedAt: fc.nat(),
      }),
      fc.record({
        kind: fc.constant("call-ended" as const),
        seq: fc.nat(),
        callId: fc.constant("c1"),
        reason: fc.constantFrom(...REASONS),
        at: fc.nat(),
      }),
      fc.record({
        kind: fc.constant("status" as const),
        seq: fc.nat(),
        callId: fc.constant("c1"),
        status: fc.record({ state: fc.constantFrom(...STATES), platform: fc.constantFrom(...PLATFORMS) }),
      }),
    )
    fc.assert(
      fc.property(valid, fc.nat(), (message, pick) => {
        expect(parseContentMessage(message)).not.toBeNull()
        const required = FIELDS[message.kind].filter((field) => field !== "title")
        const field = required[pick % required.length] ?? "kind"
        expect(parseContentMessage({ ...message, [field]: { broken: true } })).toBeNull()
      }),
    )
  })

  it("caps any text at MAX_TEXT_LENGTH and keeps a clean text exactly", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: MAX_TEXT_LENGTH * 2 }), fc.boolean(), (text, long) => {
        const said = long ? text.padEnd(MAX_TEXT_LENGTH + 10, "y") : text
        const update = {
          callId: "c1",
          id: "u1",
          speaker: "Dana",
          self: false,
          text: said,
          start: 1,
          end: 2,
          revision: 1,
          final: true,
        }
        const parsed = parseContentMessage({ kind: "utterances", seq: 1, callId: "c1", updates: [update] })
        const kept = parsed?.kind === "utterances" ? parsed.updates[0]?.text : undefined
        expect(kept?.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH)
        if (!INVISIBLE.test(said) && said.length <= MAX_TEXT_LENGTH) expect(kept).toBe(said)
      }),
    )
  })
})
