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

describe("update deferral with a write before the reload", () => {
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

  it("reloads only once the ended call is written", async () => {
    const order: string[] = []
    let finishWrite: () => void = () => undefined
    const deferral = createUpdateDeferral({
      hasActiveCall: () => false,
      beforeReload: () =>
        new Promise<void>((resolve) => {
          order.push("write")
          finishWrite = resolve
        }),
      reload: () => order.push("reload"),
    })
    deferral.onUpdateAvailable()
    deferral.onCallsChanged() // asked again while writing: still one write, one reload
    expect(order).toEqual(["write"])
    finishWrite()
    await flush()
    expect(order).toEqual(["write", "reload"])
    expect(deferral.pending).toBe(false)
  })

  it("keeps the update waiting when the write fails, and tries again later", async () => {
    let fail = true
    let reloads = 0
    const deferral = createUpdateDeferral({
      hasActiveCall: () => false,
      beforeReload: () =>
        fail ? Promise.reject(new Error("QUOTA_BYTES quota exceeded")) : Promise.resolve(),
      reload: () => (reloads += 1),
    })
    deferral.onUpdateAvailable()
    await flush()
    expect(reloads).toBe(0)
    expect(deferral.pending).toBe(true)
    fail = false
    deferral.onCallsChanged()
    await flush()
    expect(reloads).toBe(1)
  })

  it("does not reload when a call started while the last one was being written", async () => {
    let active = false
    let reloads = 0
    let finishWrite: () => void = () => undefined
    const deferral = createUpdateDeferral({
      hasActiveCall: () => active,
      beforeReload: () => new Promise<void>((resolve) => (finishWrite = resolve)),
      reload: () => (reloads += 1),
    })
    deferral.onUpdateAvailable()
    active = true
    finishWrite()
    await flush()
    expect(reloads).toBe(0)
    expect(deferral.pending).toBe(true)
    active = false
    deferral.onCallsChanged()
    finishWrite()
    await flush()
    expect(reloads).toBe(1)
  })
})
