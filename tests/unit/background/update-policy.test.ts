import { describe, expect, it } from "vitest"
import { createUpdateDeferral } from "../../../src/background/update-policy"

function setup(active: boolean) {
  const state = { active, reloads: 0 }
  const deferral = createUpdateDeferral({
    hasActiveCall: () => state.active,
    reload: () => {
      state.reloads += 1
    },
  })
  return { state, deferral }
}

describe("update deferral", () => {
  it("applies an update at once when no call is active", () => {
    const { state, deferral } = setup(false)
    deferral.onUpdateAvailable()
    expect(state.reloads).toBe(1)
    expect(deferral.pending).toBe(false)
  })

  it("waits for the call to end, then applies the update once", () => {
    const { state, deferral } = setup(true)
    deferral.onUpdateAvailable()
    expect(state.reloads).toBe(0)
    expect(deferral.pending).toBe(true)
    deferral.onCallsChanged() // another call starts or a status changes: still active
    expect(state.reloads).toBe(0)
    state.active = false
    deferral.onCallsChanged()
    expect(state.reloads).toBe(1)
    deferral.onCallsChanged()
    deferral.onUpdateAvailable()
    expect(state.reloads).toBe(1)
  })

  it("waits while any of several calls is still active", () => {
    const calls = new Set(["a", "b"])
    let reloads = 0
    const deferral = createUpdateDeferral({
      hasActiveCall: () => calls.size > 0,
      reload: () => (reloads += 1),
    })
    deferral.onUpdateAvailable()
    calls.delete("a")
    deferral.onCallsChanged()
    expect(reloads).toBe(0)
    calls.delete("b")
    deferral.onCallsChanged()
    expect(reloads).toBe(1)
  })

  it("never reloads when no update is waiting", () => {
    const { state, deferral } = setup(false)
    deferral.onCallsChanged()
    deferral.onCallsChanged()
    expect(state.reloads).toBe(0)
    expect(deferral.pending).toBe(false)
  })

  it("treats an unknown call state as active: the update waits rather than cut a call", () => {
    let broken = true
    let reloads = 0
    const deferral = createUpdateDeferral({
      hasActiveCall: () => {
        if (broken) throw new Error("storage unavailable")
        return false
      },
      reload: () => (reloads += 1),
    })
    deferral.onUpdateAvailable()
    expect(reloads).toBe(0)
    broken = false
    deferral.onCallsChanged()
    expect(reloads).toBe(1)
  })
})
