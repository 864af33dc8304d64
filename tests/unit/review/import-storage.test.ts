// Saving an imported call: the background validates the page's Call JSON, turns it into the
// records every stored call has, and writes them in one storage write with the history row, so
// export, delete and retention work unchanged; a failed write leaves nothing behind.
import { describe, expect, it } from "vitest"
import { deleteCalls, handleUiRequest, type UiRequestContext } from "../../../src/background/ui-requests"
import { scoreTranscript } from "../../../src/core/call-json"
import type { CallJson, CallSummary, Classification } from "../../../src/core/types"
import { parseUiMessage } from "../../../src/messaging/validate"
import { expiredCalls } from "../../../src/session/call-index"
import type { CallIndexEntry, CallMeta, LiveUtterance } from "../../../src/session/call-types"
import { importedCallRecords } from "../../../src/session/imported-call"
import { SessionManager } from "../../../src/session/session-manager"
import { createMemoryStore, type KeyValueStore } from "../../../src/state/kv-store"
import { STORAGE_KEYS, UTTERANCES_PER_CHUNK } from "../../../src/state/storage-keys"
import { buildCallJson } from "../../../src/ui/popup/call-export"

const NOW = Date.UTC(2026, 5, 1, 12, 0)

function transcriptCall(lines: number, timed = true): CallJson {
  const utterances = Array.from({ length: lines }, (_, index) => ({
    id: `u${index + 1}`,
    speaker: index % 2 === 0 ? "Sam Carter" : "Dana Reyes",
    self: index % 2 === 0,
    text:
      index % 2 === 0
        ? "So we were founded in 2009 and we are the leading provider."
        : "What does that mean for us?",
    start: timed ? index * 5 : null,
    end: timed ? index * 5 + 4 : null,
  }))
  return scoreTranscript(utterances, { platform: "file", startedAt: null, endedAt: null, title: "Acme call" })
}

/** A store that counts writes and can be made to refuse them, like storage.local over quota. */
function countingStore() {
  const inner = createMemoryStore()
  const state = { writes: 0, refuse: false }
  const store: KeyValueStore = {
    get: (keys) => inner.get(keys),
    remove: (keys) => inner.remove(keys),
    async set(items) {
      if (state.refuse) throw new Error("QUOTA_BYTES quota exceeded")
      state.writes += 1
      await inner.set(items)
    },
  }
  return { store, data: inner.data, state }
}

const neutral = (): Classification => ({
  verdict: "neutral",
  labels: [],
  question: false,
  questionCount: 0,
  questionKind: null,
})

function managerOver(store: KeyValueStore) {
  return new SessionManager({
    store,
    classify: neutral,
    summarize: () => ({}) as CallSummary,
    now: () => NOW,
  })
}

describe("importedCallRecords", () => {
  it("makes an ended file call dated from its import, with the transcript's length", () => {
    const call = transcriptCall(6)
    const { meta, utterances } = importedCallRecords(call, { callId: "file-1", now: NOW })
    expect(meta).toMatchObject({
      callId: "file-1",
      platform: "file",
      title: "Acme call",
      startedAt: NOW,
      endedAt: NOW + (call.summary.durationSec ?? 0) * 1000,
      status: { state: "ended", platform: "file" },
      summary: call.summary,
      tabId: null,
      coach: null,
    })
    expect(call.summary.durationSec).toBe(29)
    expect(utterances).toHaveLength(6)
    expect(utterances.every((u) => u.callId === "file-1" && u.final)).toBe(true)
  })

  it("keeps the date of a call that says when it happened, and even a platform other than file becomes file", () => {
    const call = {
      ...transcriptCall(2),
      platform: "zoom" as const,
      startedAt: "2026-03-14T15:30:00.000Z",
      endedAt: "2026-03-14T16:00:00.000Z",
    }
    const { meta } = importedCallRecords(call, { callId: "file-2", now: NOW })
    expect(meta.platform).toBe("file")
    expect(meta.startedAt).toBe(Date.parse("2026-03-14T15:30:00.000Z"))
    expect(meta.endedAt).toBe(Date.parse("2026-03-14T16:00:00.000Z"))
  })

  it("round-trips through the popup's export to the same Call JSON, timings unknown included", () => {
    for (const timed of [true, false]) {
      const call = transcriptCall(5, timed)
      const { meta, utterances } = importedCallRecords(call, { callId: "file-3", now: NOW })
      const exported = buildCallJson(meta, utterances)
      expect(exported.utterances).toEqual(call.utterances)
      expect(exported.summary).toEqual(call.summary)
      expect(exported.platform).toBe("file")
    }
  })
})

describe("SessionManager.storeCompleteCall", () => {
  it("writes meta, every chunk and the history row in one write, and keeps nothing in memory", async () => {
    const { store, data, state } = countingStore()
    const manager = managerOver(store)
    const lines = UTTERANCES_PER_CHUNK * 2 + 7
    const { meta, utterances } = importedCallRecords(transcriptCall(lines), { callId: "file-1", now: NOW })
    await manager.storeCompleteCall(meta, utterances)
    expect(state.writes).toBe(1)
    const stored = data.get(STORAGE_KEYS.callMeta("file-1")) as CallMeta
    expect(stored).toMatchObject({ utteranceCount: lines, chunkCount: 3, platform: "file" })
    const chunks = [0, 1, 2].map(
      (index) => data.get(STORAGE_KEYS.callChunk("file-1", index)) as LiveUtterance[],
    )
    expect(chunks.flat()).toEqual(utterances)
    expect(data.get(STORAGE_KEYS.callIndex)).toEqual([
      {
        callId: "file-1",
        platform: "file",
        title: "Acme call",
        startedAt: NOW,
        endedAt: meta.endedAt,
        durationSec: Math.round(((meta.endedAt ?? 0) - NOW) / 1000),
        score: meta.summary.score,
        utteranceCount: lines,
      },
    ])
    // The side panel follows live calls only: an import does not become the active call.
    expect(data.has(STORAGE_KEYS.active)).toBe(false)
    expect(manager.getSession("file-1")).toBeUndefined()
  })

  it("rejects when the write fails, stores nothing and never writes it later", async () => {
    const { store, data, state } = countingStore()
    const manager = managerOver(store)
    const { meta, utterances } = importedCallRecords(transcriptCall(4), { callId: "file-1", now: NOW })
    state.refuse = true
    await expect(manager.storeCompleteCall(meta, utterances)).rejects.toThrow("QUOTA_BYTES")
    state.refuse = false
    // A later write (another call) must not bring the refused import back half-noticed.
    await manager
      .handle(
        { kind: "call-started", seq: 1, callId: "live", platform: "meet", title: null, startedAt: NOW },
        { tabId: 1, windowId: 1 },
      )
      .then((r) => r.persisted)
    expect([...data.keys()].filter((key) => key.includes("file-1"))).toEqual([])
    expect((data.get(STORAGE_KEYS.callIndex) as CallIndexEntry[]).map((row) => row.callId)).toEqual(["live"])
  })
})

describe("import-call request", () => {
  function context(store: KeyValueStore): UiRequestContext {
    const refuse = async () => false
    return {
      manager: managerOver(store),
      store,
      coach: { dismiss: refuse, notHelpful: refuse, mute: refuse, forgetFeedback: async () => undefined },
    }
  }

  it("accepts only a valid Call JSON", () => {
    const call = transcriptCall(3)
    expect(parseUiMessage({ kind: "import-call", call })).toEqual({ kind: "import-call", call })
    expect(parseUiMessage({ kind: "import-call" })).toBeNull()
    expect(parseUiMessage({ kind: "import-call", call: { ...call, format: "other" } })).toBeNull()
    const judgedClient = { ...call, utterances: call.utterances.map((u) => ({ ...u, self: false })) }
    expect(parseUiMessage({ kind: "import-call", call: judgedClient })).toBeNull()
  })

  it("recomputes the summary from the lines instead of trusting the page's", () => {
    const call = transcriptCall(3)
    const forged = {
      ...call,
      summary: { ...call.summary, score: 100, verdicts: { up: 99, down: 0, neutral: 0 }, extra: "x" },
    }
    const parsed = parseUiMessage({ kind: "import-call", call: forged })
    expect(parsed).toEqual({ kind: "import-call", call })
    // Even a summary that is not a summary at all does not stop good lines from importing.
    expect(parseUiMessage({ kind: "import-call", call: { ...call, summary: "nonsense" } })).toEqual({
      kind: "import-call",
      call,
    })
  })

  it("stores the call, which delete and retention then treat like any call", async () => {
    const { store, data } = countingStore()
    const ctx = context(store)
    const before = Date.now()
    const response = await handleUiRequest({ kind: "import-call", call: transcriptCall(3) }, ctx)
    expect(response).toEqual({ ok: true, callId: expect.stringMatching(/^file-/) })
    const callId = (response as { callId: string }).callId
    const index = data.get(STORAGE_KEYS.callIndex) as CallIndexEntry[]
    const endedAt = index[0]?.endedAt ?? Number.NaN
    expect(endedAt).toBeGreaterThanOrEqual(before)
    expect(expiredCalls(index, 90, endedAt + 89 * 86_400_000)).toEqual([])
    expect(expiredCalls(index, 90, endedAt + 91 * 86_400_000)).toEqual([callId])

    await deleteCalls(ctx, [callId])
    expect([...data.keys()].filter((key) => key.startsWith("call/"))).toEqual([])
    expect(data.get(STORAGE_KEYS.callIndex)).toEqual([])
  })

  it("answers ok: false with the reason when storage refuses", async () => {
    const { store, state } = countingStore()
    state.refuse = true
    const response = await handleUiRequest({ kind: "import-call", call: transcriptCall(3) }, context(store))
    expect(response).toEqual({ ok: false, error: "QUOTA_BYTES quota exceeded" })
  })
})
