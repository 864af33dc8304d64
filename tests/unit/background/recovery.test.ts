// Recovery at every service-worker start (src/background/recovery.ts): a new browser session ends
// every call left open before it; a mere worker restart ends only calls whose tab is gone (or that
// went silent for hours), and never a call heard from since the worker started.
import { describe, expect, it, vi } from "vitest"
import { recoverAtWorkerStart, type RecoveryEnvironment } from "../../../src/background/recovery"
import type { CallSummary, Classification } from "../../../src/core/types"
import type { CallMeta, LiveUtterance } from "../../../src/session/call-types"
import { SessionManager } from "../../../src/session/session-manager"
import { createMemoryStore } from "../../../src/state/kv-store"
import { STORAGE_KEYS } from "../../../src/state/storage-keys"

vi.mock("webextension-polyfill", () => ({ default: {} }))

const HOUR = 60 * 60 * 1000
const classify = (): Classification => ({
  verdict: "neutral",
  labels: [],
  question: false,
  questionCount: 0,
  questionKind: null,
})
const summarize = (utterances: readonly LiveUtterance[]) =>
  ({ score: null, utterances: utterances.length }) as unknown as CallSummary

function worker(store: ReturnType<typeof createMemoryStore>, clock: { now: number }) {
  return new SessionManager({ store, classify, summarize, now: () => clock.now, flushIntervalMs: 1 })
}

/** Starts a call from a tab and says one line in it, at the clock's time. */
async function callInTab(manager: SessionManager, callId: string, tabId: number, at: number) {
  const origin = { tabId, windowId: 1 }
  await (
    await manager.handle(
      { kind: "call-started", seq: 1, callId, platform: "meet", title: callId, startedAt: at },
      origin,
    )
  ).persisted
  await (
    await manager.handle(
      {
        kind: "utterances",
        seq: 2,
        callId,
        updates: [
          {
            callId,
            id: `${callId}:1`,
            speaker: "You",
            self: true,
            text: "hello",
            start: 0,
            end: 1,
            revision: 1,
            final: false,
          },
        ],
      },
      origin,
    )
  ).persisted
}

function environment(options: { seen: boolean; openTabs: number[]; now: () => number }) {
  const state = { seen: options.seen, marked: 0 }
  const env: RecoveryEnvironment = {
    seenThisSession: async () => state.seen,
    markSeenThisSession: async () => {
      state.seen = true
      state.marked += 1
    },
    tabExists: async (tabId) => options.openTabs.includes(tabId),
    now: options.now,
  }
  return { env, state }
}

const metaOf = (store: ReturnType<typeof createMemoryStore>, callId: string) =>
  store.data.get(STORAGE_KEYS.callMeta(callId)) as CallMeta

describe("recovery at service-worker start", () => {
  it("in a new browser session, ends every call left open, as last heard", async () => {
    const store = createMemoryStore()
    const clock = { now: 1_000_000 }
    await callInTab(worker(store, clock), "a", 5, clock.now)
    clock.now += 90_000
    const restarted = worker(store, clock)
    // Tab ids start again after a browser restart: tab 5 may well exist, and proves nothing.
    const { env, state } = environment({ seen: false, openTabs: [5], now: () => clock.now })
    expect(await recoverAtWorkerStart(restarted, env)).toEqual({ newSession: true, recovered: 1 })
    const meta = metaOf(store, "a")
    expect(meta.endReason).toBe("recovered")
    expect(meta.endedAt).toBe(1_000_000)
    expect(meta.status.state).toBe("ended")
    expect(state.marked).toBe(1)
    // Idempotent: the next start (or the onStartup handler) finds nothing more to do.
    expect(await recoverAtWorkerStart(restarted, env)).toEqual({ newSession: false, recovered: 0 })
  })

  it("never ends a call heard from since the worker started (a meeting tab restored with the browser)", async () => {
    const store = createMemoryStore()
    const clock = { now: 1_000_000 }
    await callInTab(worker(store, clock), "old", 5, clock.now)
    clock.now += HOUR
    const restarted = worker(store, clock)
    const startAt = clock.now
    const { env } = environment({ seen: false, openTabs: [], now: () => startAt })
    clock.now += 10
    await callInTab(restarted, "restored", 2, clock.now) // arrives before the check runs
    expect((await recoverAtWorkerStart(restarted, env)).recovered).toBe(1)
    expect(metaOf(store, "old").endReason).toBe("recovered")
    expect(metaOf(store, "restored").endedAt).toBeNull()
  })

  it("after a mere worker restart, ends only calls whose tab is gone or silent for hours", async () => {
    const store = createMemoryStore()
    const clock = { now: 1_000_000 }
    const first = worker(store, clock)
    await callInTab(first, "stale", 3, clock.now)
    clock.now += 5 * HOUR
    await callInTab(first, "closed", 4, clock.now)
    await callInTab(first, "live", 5, clock.now)
    clock.now += 60_000
    const { env } = environment({ seen: true, openTabs: [3, 5], now: () => clock.now })
    const restarted = worker(store, clock)
    expect(await recoverAtWorkerStart(restarted, env)).toEqual({ newSession: false, recovered: 2 })
    expect(metaOf(store, "closed").endReason).toBe("recovered")
    expect(metaOf(store, "stale").endReason).toBe("recovered")
    expect(metaOf(store, "live").endedAt).toBeNull()
    // The call still open is now in memory: the update deferral sees it as active.
    expect(restarted.activeSessions().map((session) => session.meta.callId)).toEqual(["live"])
  })

  it("treats an unreadable session marker as a worker restart: only calls with no tab end", async () => {
    const store = createMemoryStore()
    const clock = { now: 1_000_000 }
    await callInTab(worker(store, clock), "live", 5, clock.now)
    clock.now += 60_000
    const env: RecoveryEnvironment = {
      seenThisSession: () => Promise.reject(new Error("storage.session unavailable")),
      markSeenThisSession: () => Promise.reject(new Error("storage.session unavailable")),
      tabExists: async () => true,
      now: () => clock.now,
    }
    expect(await recoverAtWorkerStart(worker(store, clock), env)).toEqual({ newSession: false, recovered: 0 })
    expect(metaOf(store, "live").endedAt).toBeNull()
  })
})
