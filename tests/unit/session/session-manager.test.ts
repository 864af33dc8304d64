import { describe, expect, it } from "vitest"
import type { UtteranceUpdate } from "../../../src/capture/types"
import type { CallSummary, Classification } from "../../../src/core/types"
import type { ContentToBackground } from "../../../src/messaging/contract"
import type { CallIndexEntry, CallMeta, LiveUtterance } from "../../../src/session/call-types"
import { SessionManager } from "../../../src/session/session-manager"
import { createMemoryStore } from "../../../src/state/kv-store"
import { STORAGE_KEYS, UTTERANCES_PER_CHUNK } from "../../../src/state/storage-keys"

const summary = (utterances: readonly LiveUtterance[]) =>
  ({ score: utterances.length, utterances: utterances.length }) as unknown as CallSummary

function classifyCounting() {
  const calls: string[] = []
  const classify = (text: string, self: boolean): Classification => {
    calls.push(text)
    const down = self && text.includes("founded")
    return {
      verdict: down ? "down" : "neutral",
      labels: down
        ? [{ principle: "teach-models", polarity: "down", rule: "company-story", evidence: "founded" }]
        : [],
      question: text.endsWith("?"),
      questionCount: text.endsWith("?") ? 1 : 0,
      questionKind: null,
    }
  }
  return { calls, classify }
}

function setup(store = createMemoryStore()) {
  let clock = 1_000_000
  const { calls, classify } = classifyCounting()
  const manager = new SessionManager({
    store,
    classify,
    summarize: summary,
    now: () => clock,
    flushIntervalMs: 5,
  })
  return { store, manager, calls, advance: (ms: number) => (clock += ms) }
}

const origin = { tabId: 7, windowId: 3 }
const started: ContentToBackground = {
  kind: "call-started",
  seq: 1,
  callId: "c1",
  platform: "meet",
  title: "Acme sync",
  startedAt: 1_000_000,
}

function update(
  id: string,
  text: string,
  revision: number,
  extra: Partial<UtteranceUpdate> = {},
): UtteranceUpdate {
  return {
    callId: "c1",
    id,
    speaker: "You",
    self: true,
    text,
    start: 1,
    end: 2,
    revision,
    final: false,
    ...extra,
  }
}

async function send(manager: SessionManager, message: ContentToBackground) {
  const { persisted } = await manager.handle(message, origin)
  await persisted
}

describe("SessionManager", () => {
  it("persists a call's meta, utterances, index and active pointer before resolving", async () => {
    const { manager, store } = setup()
    await send(manager, started)
    await send(manager, {
      kind: "utterances",
      seq: 2,
      callId: "c1",
      updates: [update("u1", "hello there", 1)],
    })
    const meta = store.data.get(STORAGE_KEYS.callMeta("c1")) as CallMeta
    expect(meta.title).toBe("Acme sync")
    expect(meta.utteranceCount).toBe(1)
    expect(meta.tabId).toBe(7)
    expect(store.data.get(STORAGE_KEYS.callChunk("c1", 0))).toMatchObject([{ id: "u1", text: "hello there" }])
    expect((store.data.get(STORAGE_KEYS.callIndex) as CallIndexEntry[])[0]?.callId).toBe("c1")
    expect(store.data.get(STORAGE_KEYS.active)).toEqual({ lastCallId: "c1", byWindow: { "3": "c1" } })
  })

  it("updates an utterance in place on a newer revision and ignores older or repeated ones", async () => {
    const { manager, store, calls } = setup()
    await send(manager, started)
    await send(manager, { kind: "utterances", seq: 2, callId: "c1", updates: [update("u1", "we were", 1)] })
    await send(manager, {
      kind: "utterances",
      seq: 3,
      callId: "c1",
      updates: [update("u1", "we were founded in 2009", 2)],
    })
    // A resend after a service-worker restart repeats revision 1: it must not roll the text back.
    await send(manager, { kind: "utterances", seq: 4, callId: "c1", updates: [update("u1", "we were", 1)] })
    const chunk = store.data.get(STORAGE_KEYS.callChunk("c1", 0)) as LiveUtterance[]
    expect(chunk).toHaveLength(1)
    expect(chunk[0]).toMatchObject({ text: "we were founded in 2009", revision: 2, verdict: "down" })
    expect(calls).toEqual(["we were", "we were founded in 2009"])
  })

  it("does not classify again when only finality changes", async () => {
    const { manager, calls } = setup()
    await send(manager, started)
    await send(manager, { kind: "utterances", seq: 2, callId: "c1", updates: [update("u1", "ok", 1)] })
    await send(manager, {
      kind: "utterances",
      seq: 3,
      callId: "c1",
      updates: [update("u1", "ok", 2, { final: true })],
    })
    expect(calls).toEqual(["ok"])
  })

  it("splits long calls into chunks and reloads them after a restart", async () => {
    const { manager, store } = setup()
    await send(manager, started)
    const updates = Array.from({ length: UTTERANCES_PER_CHUNK + 5 }, (_, index) =>
      update(`u${index}`, `line ${index}`, 1),
    )
    await send(manager, { kind: "utterances", seq: 2, callId: "c1", updates })
    expect((store.data.get(STORAGE_KEYS.callChunk("c1", 1)) as LiveUtterance[]).length).toBe(5)

    // A fresh manager over the same storage is what a restarted service worker sees.
    const restarted = setup(store)
    await send(restarted.manager, {
      kind: "utterances",
      seq: 1,
      callId: "c1",
      updates: [update("u104", "line 104 revised", 2)],
    })
    const session = restarted.manager.getSession("c1")
    expect(session?.utterances).toHaveLength(UTTERANCES_PER_CHUNK + 5)
    expect(session?.utterances.at(-1)?.text).toBe("line 104 revised")
  })

  it("ends a call: live utterances become final and the index gets the end time", async () => {
    const { manager, store, advance } = setup()
    await send(manager, started)
    await send(manager, {
      kind: "utterances",
      seq: 2,
      callId: "c1",
      updates: [update("u1", "still talk", 1)],
    })
    advance(60_000)
    await send(manager, { kind: "call-ended", seq: 3, callId: "c1", reason: "left", at: 1_060_000 })
    const meta = store.data.get(STORAGE_KEYS.callMeta("c1")) as CallMeta
    expect(meta.status.state).toBe("ended")
    expect(meta.endReason).toBe("left")
    expect((store.data.get(STORAGE_KEYS.callChunk("c1", 0)) as LiveUtterance[])[0]?.final).toBe(true)
    expect((store.data.get(STORAGE_KEYS.callIndex) as CallIndexEntry[])[0]?.durationSec).toBe(60)
  })

  it("ends only the calls a closed tab reported", async () => {
    const { manager, store } = setup()
    await send(manager, started)
    await manager.endCallsOfTab(7, "tab-closed", ["c1"])
    expect((store.data.get(STORAGE_KEYS.callMeta("c1")) as CallMeta).endReason).toBe("tab-closed")
    await manager.endCallsOfTab(7, "tab-closed", ["unknown"])
  })

  it("recovers calls left open by a crash, ending them when they were last heard", async () => {
    const { manager, store, advance } = setup()
    await send(manager, started)
    advance(5_000)
    await send(manager, {
      kind: "utterances",
      seq: 2,
      callId: "c1",
      updates: [update("u1", "mid sentence", 1)],
    })
    const restarted = setup(store)
    restarted.advance(3_600_000)
    expect(await restarted.manager.recoverUnendedCalls()).toBe(1)
    const meta = store.data.get(STORAGE_KEYS.callMeta("c1")) as CallMeta
    expect(meta.endReason).toBe("recovered")
    expect(meta.endedAt).toBe(1_005_000)
    expect(await restarted.manager.recoverUnendedCalls()).toBe(0)
  })

  it("makes no utterance of a caption with no visible text", async () => {
    const { manager, store } = setup()
    await send(manager, started)
    await send(manager, { kind: "utterances", seq: 2, callId: "c1", updates: [update("u1", "  ", 1)] })
    expect(store.data.get(STORAGE_KEYS.callChunk("c1", 0))).toBeUndefined()
    await send(manager, { kind: "utterances", seq: 3, callId: "c1", updates: [update("u1", "hello", 2)] })
    expect(store.data.get(STORAGE_KEYS.callChunk("c1", 0))).toMatchObject([{ text: "hello" }])
  })

  it("ignores messages for a call it never heard of", async () => {
    const { manager, store } = setup()
    await send(manager, { kind: "utterances", seq: 1, callId: "ghost", updates: [] })
    expect(store.data.size).toBe(0)
  })

  it("a status report after the end does not reopen the call", async () => {
    const { manager, store } = setup()
    await send(manager, started)
    await send(manager, { kind: "call-ended", seq: 2, callId: "c1", reason: "left", at: 1_000_500 })
    await send(manager, {
      kind: "status",
      seq: 3,
      callId: "c1",
      status: { state: "capturing", platform: "meet" },
    })
    expect((store.data.get(STORAGE_KEYS.callMeta("c1")) as CallMeta).status.state).toBe("ended")
  })
})
