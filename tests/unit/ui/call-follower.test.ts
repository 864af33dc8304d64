import { describe, expect, it } from "vitest"
import type { CallMeta, LiveUtterance } from "../../../src/session/call-types"
import { STORAGE_KEYS } from "../../../src/state/storage-keys"
import {
  followCall,
  pickCallId,
  type CallView,
  type StorageChange,
} from "../../../src/ui/state/call-follower"

function fakeStorage(data: Record<string, unknown>) {
  const listeners: Array<(changes: Record<string, StorageChange>) => void> = []
  return {
    data,
    get: async (keys: string[]) =>
      Object.fromEntries(keys.filter((key) => key in data).map((key) => [key, data[key]])),
    onChanged(listener: (changes: Record<string, StorageChange>) => void) {
      listeners.push(listener)
      return () => listeners.splice(listeners.indexOf(listener), 1)
    },
    write(items: Record<string, unknown>) {
      Object.assign(data, items)
      const changes = Object.fromEntries(
        Object.entries(items).map(([key, value]) => [key, { newValue: value }]),
      )
      listeners.forEach((listener) => listener(changes))
    },
  }
}

const meta = (callId: string, chunkCount: number) =>
  ({ callId, chunkCount, status: { state: "capturing" } }) as CallMeta
const utterance = (id: string, text: string) => ({ id, text }) as LiveUtterance
const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe("pickCallId", () => {
  it("prefers the window's call, else the most recent one", () => {
    const pointer = { lastCallId: "b", byWindow: { "1": "a" } }
    expect(pickCallId(pointer, 1)).toBe("a")
    expect(pickCallId(pointer, 2)).toBe("b")
    expect(pickCallId(pointer, null)).toBe("b")
    expect(pickCallId(undefined, 1)).toBeNull()
  })
})

describe("followCall", () => {
  it("hydrates from storage, then follows chunk and meta changes", async () => {
    const storage = fakeStorage({
      [STORAGE_KEYS.active]: { lastCallId: "c1", byWindow: {} },
      [STORAGE_KEYS.callMeta("c1")]: meta("c1", 1),
      [STORAGE_KEYS.callChunk("c1", 0)]: [utterance("u1", "hello")],
    })
    const views: CallView[] = []
    const stop = followCall({ storage, windowId: null, onView: (view) => views.push(view) })
    await flush()
    expect(views.at(-1)?.utterances.map((u) => u.text)).toEqual(["hello"])

    storage.write({
      [STORAGE_KEYS.callChunk("c1", 1)]: [utterance("u2", "second chunk")],
      [STORAGE_KEYS.callMeta("c1")]: meta("c1", 2),
    })
    expect(views.at(-1)?.utterances.map((u) => u.text)).toEqual(["hello", "second chunk"])

    // Another call's keys do not leak into this view.
    storage.write({ [STORAGE_KEYS.callChunk("other", 0)]: [utterance("x", "other call")] })
    expect(views.at(-1)?.utterances).toHaveLength(2)
    stop()
    storage.write({ [STORAGE_KEYS.callChunk("c1", 0)]: [utterance("u1", "after stop")] })
    expect(views.at(-1)?.utterances[0]?.text).toBe("hello")
  })

  it("keeps the same utterances array on a meta-only change (the transcript does not re-render)", async () => {
    const storage = fakeStorage({
      [STORAGE_KEYS.active]: { lastCallId: "c1", byWindow: {} },
      [STORAGE_KEYS.callMeta("c1")]: meta("c1", 1),
      [STORAGE_KEYS.callChunk("c1", 0)]: [utterance("u1", "hello")],
    })
    const views: CallView[] = []
    followCall({ storage, windowId: null, onView: (view) => views.push(view) })
    await flush()
    const before = views.at(-1)
    storage.write({ [STORAGE_KEYS.callMeta("c1")]: { ...meta("c1", 1), updatedAt: 5 } })
    const after = views.at(-1)
    expect(after).not.toBe(before)
    expect(after?.meta).toMatchObject({ updatedAt: 5 })
    expect(after?.utterances).toBe(before?.utterances)
  })

  it("switches to a new call when the active pointer moves", async () => {
    const storage = fakeStorage({ [STORAGE_KEYS.active]: { lastCallId: "c1", byWindow: {} } })
    const views: CallView[] = []
    followCall({ storage, windowId: 4, onView: (view) => views.push(view) })
    await flush()
    expect(views.at(-1)).toMatchObject({ callId: "c1", meta: null, loaded: true })
    storage.data[STORAGE_KEYS.callMeta("c2")] = meta("c2", 0)
    storage.write({ [STORAGE_KEYS.active]: { lastCallId: "c2", byWindow: { "4": "c2" } } })
    await flush()
    expect(views.at(-1)?.callId).toBe("c2")
    expect(views.at(-1)?.meta?.callId).toBe("c2")
  })

  it("shows an empty view when the followed call is deleted", async () => {
    const storage = fakeStorage({
      [STORAGE_KEYS.active]: { lastCallId: "c1", byWindow: {} },
      [STORAGE_KEYS.callMeta("c1")]: meta("c1", 1),
      [STORAGE_KEYS.callChunk("c1", 0)]: [utterance("u1", "hello")],
    })
    const views: CallView[] = []
    followCall({ storage, windowId: null, onView: (view) => views.push(view) })
    await flush()
    storage.write({ [STORAGE_KEYS.callMeta("c1")]: undefined })
    expect(views.at(-1)).toMatchObject({ meta: null, utterances: [] })
  })
})
