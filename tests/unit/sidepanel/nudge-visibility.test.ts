import { describe, expect, it } from "vitest"
import { effectiveMuted, nudgeAnnouncement, visibleNudge } from "../../../src/ui/sidepanel/nudge-visibility"
import { coach, nudge, T0 } from "./fixtures"

describe("visibleNudge", () => {
  const shown = nudge({ createdAt: T0 + 10_000, expiresAt: T0 + 25_000 })

  it("shows the current nudge until it expires", () => {
    expect(visibleNudge(coach(shown), T0 + 10_000)?.id).toBe("nudge-1")
    expect(visibleNudge(coach(shown), T0 + 24_999)?.id).toBe("nudge-1")
    expect(visibleNudge(coach(shown), T0 + 25_000)).toBeNull()
  })

  it("shows nothing without a coach state, while muted, or once dismissed here", () => {
    expect(visibleNudge(null, T0 + 11_000)).toBeNull()
    expect(visibleNudge(coach(shown, { muted: true }), T0 + 11_000)).toBeNull()
    expect(visibleNudge(coach(shown), T0 + 11_000, new Set(["nudge-1"]))).toBeNull()
    expect(visibleNudge(coach(shown), T0 + 11_000, new Set(), true)).toBeNull()
    expect(visibleNudge(coach(shown, { muted: true }), T0 + 11_000, new Set(), false)?.id).toBe("nudge-1")
  })
})

describe("nudgeAnnouncement", () => {
  it("reads title, evidence and suggestion, and nothing without a nudge", () => {
    const text = nudgeAnnouncement(nudge())
    expect(text).toContain("Help them discover")
    expect(text).toContain("what keeps you up at night")
    expect(text).toContain("Ask what changed")
    expect(nudgeAnnouncement(null)).toBe("")
  })
})

describe("effectiveMuted", () => {
  it("follows the click until the background writes a new coach state", () => {
    const before = coach(null)
    const pending = { callId: "call-1", muted: true, coach: before }
    expect(effectiveMuted("call-1", before, pending)).toBe(true)
    expect(effectiveMuted("call-1", coach(null, { muted: false }), pending)).toBe(false)
    expect(effectiveMuted("call-2", before, pending)).toBe(false)
    expect(effectiveMuted("call-1", coach(null, { muted: true }), null)).toBe(true)
  })
})
