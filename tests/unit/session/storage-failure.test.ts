// Storage full (Chrome rejects storage.local.set with "QUOTA_BYTES quota exceeded"): nothing is
// acked, the error is kept for the UI, and everything is written with the next successful flush,
// so the content script's resend after the failure loses nothing.
import type { Runtime } from "webextension-polyfill"
import { describe, expect, it, vi } from "vitest"
import { acceptCapturePort } from "../../../src/background/capture-port"
import type { UtteranceUpdate } from "../../../src/capture/types"
import { CaptureTransport, type PortLike } from "../../../src/content/transport"
import type { CallSummary, Classification } from "../../../src/core/types"
import { CAPTURE_PORT, type ContentToBackground } from "../../../src/messaging/contract"
import type { ActivePointer, CallIndexEntry, CallMeta, LiveUtterance } from "../../../src/session/call-types"
import { SessionManager } from "../../../src/session/session-manager"
import { createMemoryStore, type KeyValueStore } from "../../../src/state/kv-store"
import { STORAGE_KEYS, UTTERANCES_PER_CHUNK } from "../../../src/state/storage-keys"

// The background's browser-facing helpers (toolbar badge…) are not under test here.
vi.mock("webextension-polyfill", () => ({ default: {} }))

const QUOTA_MESSAGE = "QUOTA_BYTES quota exceeded"

/** The memory store, whose set() rejects like Chrome's storage.local once over quota. */
function quotaStore() {
  const inner = createMemoryStore()
  const state = { full: false, failedWrites: 0 }
  const store: KeyValueStore = {
    get: (keys) => inner.get(keys),
    remove: (keys) => inner.remove(keys),
    async set(items) {
      if (state.full) {
        state.failedWrites += 1
        throw new Error(QUOTA_MESSAGE)
      }
      await inner.set(items)
    },
  }
  return { store, data: inner.data, state }
}

const classify = (text: string): Classification => ({
  verdict: "neutral",
  labels: [],
  question: text.endsWith("?"),
  questionCount: text.endsWith("?") ? 1 : 0,
  questionKind: null,
})
const summarize = (utterances: readonly LiveUtterance[]) =>
  ({ score: null, utterances: utterances.length }) as unknown as CallSummary

function manager(store: KeyValueStore, onWriteHealth?: (error: string | null) => void) {
  return new SessionManager({
    store,
    classify,
    summarize,
    now: () => Date.now(),
    flushIntervalMs: 5,
    onWriteHealth,
  })
}

const origin = { tabId: 7, windowId: 3 }
const started: ContentToBackground = {
  kind: "call-started",
  seq: 1,
  callId: "c1",
  platform: "meet",
  title: "Quota call",
  startedAt: 1_000,
}

function update(id: string, text: string, revision: number, final = false): UtteranceUpdate {
  return { callId: "c1", id, speaker: "You", self: true, text, start: 1, end: 2, revision, final }
}

function storedUtterances(data: Map<string, unknown>): LiveUtterance[] {
  const meta = data.get(STORAGE_KEYS.callMeta("c1")) as CallMeta | undefined
  return Array.from(
    { length: meta?.chunkCount ?? 0 },
    (_, chunk) => (data.get(STORAGE_KEYS.callChunk("c1", chunk)) as LiveUtterance[] | undefined) ?? [],
  ).flat()
}

const settle = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms))

describe("storage quota exceeded (session manager)", () => {
  it("tells the user once when saving starts failing, and once when it works again", async () => {
    const { store, state } = quotaStore()
    const health: Array<string | null> = []
    const sessions = manager(store, (error) => health.push(error))
    state.full = true
    await expect((await sessions.handle(started, origin)).persisted).rejects.toThrow(QUOTA_MESSAGE)
    const next: ContentToBackground = {
      kind: "utterances",
      seq: 2,
      callId: "c1",
      updates: [update("u1", "a line", 1)],
    }
    await expect((await sessions.handle(next, origin)).persisted).rejects.toThrow(QUOTA_MESSAGE)
    expect(health).toEqual([QUOTA_MESSAGE])
    state.full = false
    const last: ContentToBackground = {
      kind: "utterances",
      seq: 3,
      callId: "c1",
      updates: [update("u1", "a line again", 2)],
    }
    await (
      await sessions.handle(last, origin)
    ).persisted
    expect(health).toEqual([QUOTA_MESSAGE, null])
  })

  it("acks nothing while writes fail, keeps the error, and writes everything once storage has room", async () => {
    const { store, data, state } = quotaStore()
    const sessions = manager(store)
    state.full = true

    const first = await sessions.handle(started, origin)
    await expect(first.persisted).rejects.toThrow(QUOTA_MESSAGE)
    const second = await sessions.handle(
      { kind: "utterances", seq: 2, callId: "c1", updates: [update("u1", "first line", 1, true)] },
      origin,
    )
    await expect(second.persisted).rejects.toThrow(QUOTA_MESSAGE)
    expect(sessions.lastWriteError).toBe(QUOTA_MESSAGE)
    expect(state.failedWrites).toBeGreaterThanOrEqual(2)
    expect(data.size).toBe(0)

    // Room again: the next flush writes the call as a whole, not just the latest change.
    state.full = false
    const third = await sessions.handle(
      { kind: "utterances", seq: 3, callId: "c1", updates: [update("u2", "second line", 1)] },
      origin,
    )
    await expect(third.persisted).resolves.toBeUndefined()
    expect(sessions.lastWriteError).toBeNull()
    expect((data.get(STORAGE_KEYS.callMeta("c1")) as CallMeta).title).toBe("Quota call")
    expect(storedUtterances(data).map((utterance) => utterance.text)).toEqual(["first line", "second line"])
    expect((data.get(STORAGE_KEYS.callIndex) as CallIndexEntry[]).map((entry) => entry.callId)).toEqual([
      "c1",
    ])
    expect((data.get(STORAGE_KEYS.active) as ActivePointer).lastCallId).toBe("c1")
  })

  it("rewrites every chunk of a long call after a failure in the middle of it, even with no new message", async () => {
    const { store, data, state } = quotaStore()
    const sessions = manager(store)
    await (
      await sessions.handle(started, origin)
    ).persisted
    const early = Array.from({ length: UTTERANCES_PER_CHUNK - 2 }, (_, index) =>
      update(`e${index}`, `early ${index}`, 1),
    )
    await (
      await sessions.handle({ kind: "utterances", seq: 2, callId: "c1", updates: early }, origin)
    ).persisted
    const storedBefore = storedUtterances(data).length

    state.full = true
    // Crosses into the second chunk and revises a line of the first one.
    const late = [
      update("e0", "early 0, revised", 2),
      ...Array.from({ length: 5 }, (_, index) => update(`l${index}`, `late ${index}`, 1)),
    ]
    const failed = await sessions.handle({ kind: "utterances", seq: 3, callId: "c1", updates: late }, origin)
    await expect(failed.persisted).rejects.toThrow(QUOTA_MESSAGE)
    expect(storedUtterances(data)).toHaveLength(storedBefore) // what was written before stays intact
    expect(sessions.lastWriteError).toBe(QUOTA_MESSAGE)

    state.full = false
    await sessions.persist(false)
    const stored = storedUtterances(data)
    expect(stored).toHaveLength(UTTERANCES_PER_CHUNK + 3)
    expect(stored[0]?.text).toBe("early 0, revised")
    expect(stored.at(-1)?.text).toBe("late 4")
    expect((data.get(STORAGE_KEYS.callMeta("c1")) as CallMeta).utteranceCount).toBe(UTTERANCES_PER_CHUNK + 3)
    expect(sessions.lastWriteError).toBeNull()
  })
})

/**
 * A connected pair of port ends: the content script's (PortLike) and the background's
 * (runtime.Port). Messages are cloned and delivered asynchronously, like the real ports; a
 * disconnect is seen by the other end only.
 */
function portPair(extensionId: string) {
  const toBackground: Array<(message: unknown) => void> = []
  const toContent: Array<(message: unknown) => void> = []
  const backgroundDisconnected: Array<() => void> = []
  const contentDisconnected: Array<() => void> = []
  let open = true
  const deliver = (listeners: Array<(message: unknown) => void>, message: unknown) => {
    const copy = structuredClone(message)
    queueMicrotask(() => listeners.forEach((listener) => listener(copy)))
  }
  const close = (listeners: Array<() => void>) => {
    if (!open) return
    open = false
    queueMicrotask(() => listeners.forEach((listener) => listener()))
  }
  const content: PortLike = {
    postMessage(message) {
      if (!open) throw new Error("Attempting to use a disconnected port object")
      deliver(toBackground, message)
    },
    disconnect: () => close(backgroundDisconnected),
    onMessage: { addListener: (listener) => toContent.push(listener) },
    onDisconnect: { addListener: (listener) => contentDisconnected.push(listener) },
  }
  const acks: number[] = []
  const background = {
    name: CAPTURE_PORT,
    sender: { id: extensionId, tab: { id: origin.tabId, windowId: origin.windowId } },
    postMessage(message: { upTo: number }) {
      if (!open) return
      acks.push(message.upTo)
      deliver(toContent, message)
    },
    disconnect: () => close(contentDisconnected),
    onMessage: { addListener: (listener: (message: unknown) => void) => toBackground.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => backgroundDisconnected.push(listener) },
  }
  return { content, background: background as unknown as Runtime.Port, acks }
}

describe("storage quota exceeded (content script ↔ background)", () => {
  it("keeps unacked messages in the content script and resends them until they are stored", async () => {
    const { store, data, state } = quotaStore()
    const sessions = manager(store)
    const pairs: Array<ReturnType<typeof portPair>> = []
    const timers: Array<() => void> = []
    const transport = new CaptureTransport({
      connect: () => {
        const pair = portPair("our-id")
        pairs.push(pair)
        acceptCapturePort(pair.background, sessions, "our-id")
        return pair.content
      },
      isContextValid: () => true,
      setTimer: (callback) => timers.push(callback),
    })
    const runTimers = async () => {
      timers.splice(0).forEach((callback) => callback())
      await settle()
    }

    state.full = true
    transport.send({
      kind: "call-started",
      callId: "c1",
      platform: "meet",
      title: "Quota call",
      startedAt: 1_000,
    })
    transport.send({ kind: "utterances", callId: "c1", updates: [update("u1", "we are", 1)] })
    transport.send({
      kind: "utterances",
      callId: "c1",
      updates: [update("u1", "we are out of room", 2, true)],
    })
    transport.send({ kind: "utterances", callId: "c1", updates: [update("u2", "still talking", 1)] })
    await settle()

    // Not one ack; the background dropped the port so the content script will resend.
    expect(pairs.flatMap((pair) => pair.acks)).toEqual([])
    expect(transport.pending).toBe(4)
    expect(sessions.lastWriteError).toBe(QUOTA_MESSAGE)
    expect(data.size).toBe(0)
    expect(timers.length).toBe(1)

    // Still full on the first retry: still nothing acked, nothing forgotten.
    await runTimers()
    expect(pairs.length).toBe(2)
    expect(pairs.flatMap((pair) => pair.acks)).toEqual([])
    expect(transport.pending).toBeGreaterThan(0)

    state.full = false
    await runTimers()
    expect(transport.pending).toBe(0)
    expect(pairs.at(-1)?.acks.at(-1)).toBe(4)
    expect(sessions.lastWriteError).toBeNull()
    const stored = storedUtterances(data)
    expect(stored.map(({ id, text, final }) => ({ id, text, final }))).toEqual([
      { id: "u1", text: "we are out of room", final: true },
      { id: "u2", text: "still talking", final: false },
    ])
    // A write failure is not the page going away: the call is still open.
    expect((data.get(STORAGE_KEYS.callMeta("c1")) as CallMeta).endedAt).toBeNull()
  })
})
