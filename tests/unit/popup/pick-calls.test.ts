import { describe, expect, it } from "vitest"
import type { CallIndexEntry, CallMeta } from "../../../src/session/call-types"
import {
  activeCallId,
  asCallIndex,
  isLiveCall,
  lastEndedEntry,
  shownCallId,
} from "../../../src/ui/popup/pick-calls"

const entry = (callId: string, startedAt: number, endedAt: number | null): CallIndexEntry => ({
  callId,
  platform: "meet",
  title: null,
  startedAt,
  endedAt,
  durationSec: endedAt === null ? null : (endedAt - startedAt) / 1000,
  score: 50,
  utteranceCount: 3,
})

// Newest first, as the background stores it: a live call on top.
const INDEX = [entry("live", 300, null), entry("newer", 200, 250), entry("older", 100, 150)]

describe("lastEndedEntry", () => {
  it("returns the newest call that has ended, skipping the one in progress", () => {
    expect(lastEndedEntry(INDEX)?.callId).toBe("newer")
  })

  it("does not rely on the index order", () => {
    expect(lastEndedEntry([...INDEX].reverse())?.callId).toBe("newer")
  })

  it("returns null when no call has ended", () => {
    expect(lastEndedEntry([entry("live", 300, null)])).toBeNull()
    expect(lastEndedEntry([])).toBeNull()
  })
})

describe("shownCallId", () => {
  it("shows the user's pick while it is stored, else the last ended call", () => {
    expect(shownCallId(INDEX, null)).toBe("newer")
    expect(shownCallId(INDEX, "older")).toBe("older")
    expect(shownCallId(INDEX, "live")).toBe("live")
    expect(shownCallId(INDEX, "deleted")).toBe("newer")
    expect(shownCallId([], "deleted")).toBeNull()
  })
})

describe("isLiveCall", () => {
  const meta = (endedAt: number | null, state: "capturing" | "ended") =>
    ({ endedAt, status: { state, platform: "meet" } }) as CallMeta

  it("is live only while neither the end time nor the status says it ended", () => {
    expect(isLiveCall(meta(null, "capturing"))).toBe(true)
    expect(isLiveCall(meta(123, "capturing"))).toBe(false)
    expect(isLiveCall(meta(null, "ended"))).toBe(false)
    expect(isLiveCall(null)).toBe(false)
    expect(isLiveCall(undefined)).toBe(false)
  })
})

describe("activeCallId and asCallIndex", () => {
  it("reads the most recent call from the active pointer", () => {
    expect(activeCallId({ lastCallId: "a", byWindow: { "1": "b" } })).toBe("a")
    expect(activeCallId({ lastCallId: null, byWindow: {} })).toBeNull()
    expect(activeCallId(undefined)).toBeNull()
  })

  it("treats missing or malformed storage as an empty history", () => {
    expect(asCallIndex(undefined)).toEqual([])
    expect(asCallIndex({ not: "an array" })).toEqual([])
    expect(asCallIndex(INDEX)).toBe(INDEX)
  })
})
