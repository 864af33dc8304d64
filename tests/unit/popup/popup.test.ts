// @vitest-environment happy-dom
import { createElement } from "react"
import { afterEach, describe, expect, it, vi } from "vitest"
import type { CallMeta } from "../../../src/session/call-types"
import { STORAGE_KEYS } from "../../../src/state/storage-keys"
import type { StorageChange } from "../../../src/ui/state/call-follower"
import { Popup } from "../../../src/ui/popup/Popup"
import type { PopupEnv } from "../../../src/ui/popup/popup-env"
import { indexEntry, sampleMeta, sampleUtterances, STARTED_AT } from "./fixtures"
import { click, render, settle, type Rendered } from "./render"

function fakeStorage(data: Record<string, unknown>) {
  const listeners = new Set<(changes: Record<string, StorageChange>) => void>()
  return {
    get: async (keys: string[]) =>
      Object.fromEntries(keys.filter((key) => key in data).map((key) => [key, data[key]])),
    onChanged(listener: (changes: Record<string, StorageChange>) => void) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
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

const MINUTE = 60_000

/** Three stored calls: an older ended one, the last ended one, and one in progress. */
function storedCalls() {
  const older = sampleMeta(sampleUtterances("older"), {
    callId: "older",
    title: "Older call",
    startedAt: STARTED_AT,
  })
  const last = sampleMeta(sampleUtterances("last").slice(0, 6), {
    callId: "last",
    title: "Last call",
    startedAt: STARTED_AT + 60 * MINUTE,
  })
  const live: CallMeta = sampleMeta(sampleUtterances("live").slice(0, 5), {
    callId: "live",
    title: "Live call",
    startedAt: STARTED_AT + 120 * MINUTE,
    endedAt: null,
    endReason: null,
    status: { state: "capturing", platform: "meet" },
  })
  const data: Record<string, unknown> = {
    [STORAGE_KEYS.callIndex]: [live, last, older].map(indexEntry),
    [STORAGE_KEYS.active]: { lastCallId: "live", byWindow: { "1": "live" } },
  }
  for (const meta of [older, last, live]) {
    data[STORAGE_KEYS.callMeta(meta.callId)] = meta
    data[STORAGE_KEYS.callChunk(meta.callId, 0)] = sampleUtterances(meta.callId).slice(0, meta.utteranceCount)
  }
  return { data, older, last, live }
}

function fakeEnv(data: Record<string, unknown>) {
  const storage = fakeStorage(data)
  const actions = {
    deleteCall: vi.fn(async () => true),
    deleteAll: vi.fn(async () => true),
    openLiveCoach: vi.fn(async () => true),
  }
  const env: PopupEnv = {
    storage,
    actions,
    exporter: { download: vi.fn(), copy: vi.fn(async () => true) },
    rewriteFor: () => undefined,
  }
  return { env, storage, actions }
}

let rendered: Rendered | null = null
afterEach(() => {
  rendered?.unmount()
  rendered = null
})

async function renderPopup(data: Record<string, unknown>) {
  const fake = fakeEnv(data)
  rendered = await render(createElement(Popup, { env: fake.env }))
  return { ...rendered, ...fake }
}

describe("Popup", () => {
  it("shows the last ended call's summary, the live call's score and every stored call", async () => {
    const { data, last, live } = storedCalls()
    const { one, byTestId } = await renderPopup(data)
    const summary = one("summary")
    expect(summary.dataset.callId).toBe("last")
    expect(one("metric-score", summary).dataset.value).toBe(String(last.summary.score ?? ""))
    expect(one("metric-questions", summary).dataset.value).toBe(String(last.summary.questions.self))
    expect(one("live-score").dataset.value).toBe(String(live.summary.score ?? ""))
    expect(byTestId("history-item").map((item) => item.dataset.callId)).toEqual(["live", "last", "older"])
    expect(byTestId("history-item")[1]?.querySelector("[aria-current='true']")).not.toBeNull()
  })

  it("opens the live coach from the banner", async () => {
    const { data } = storedCalls()
    const { one, actions } = await renderPopup(data)
    await click(one("open-live-coach"))
    expect(actions.openLiveCoach).toHaveBeenCalledOnce()
  })

  it("has no live banner once the call has ended, and then shows that call", async () => {
    const { data, live } = storedCalls()
    const { one, byTestId, storage } = await renderPopup(data)
    const ended = {
      ...live,
      endedAt: live.startedAt + 5 * MINUTE,
      status: { state: "ended", platform: "meet" },
    }
    storage.write({
      [STORAGE_KEYS.callMeta("live")]: ended,
      [STORAGE_KEYS.callIndex]: [
        ended,
        data[STORAGE_KEYS.callMeta("last")],
        data[STORAGE_KEYS.callMeta("older")],
      ].map((meta) => indexEntry(meta as CallMeta)),
    })
    await settle()
    expect(byTestId("live-call")).toHaveLength(0)
    expect(one("summary").dataset.callId).toBe("live")
  })

  it("opens a call from the history, and goes back to the last call", async () => {
    const { data } = storedCalls()
    const { one, byTestId, container } = await renderPopup(data)
    const olderItem = byTestId("history-item").find((item) => item.dataset.callId === "older")
    await click(olderItem?.querySelector(".history-open") as Element)
    expect(one("summary").dataset.callId).toBe("older")
    expect(one("summary").textContent).toContain("Older call")
    const back = Array.from(container.querySelectorAll("button")).find((b) => b.textContent?.includes("Back"))
    await click(back as Element)
    expect(one("summary").dataset.callId).toBe("last")
  })

  it("deletes one call only after confirming", async () => {
    const { data } = storedCalls()
    const { byTestId, one, actions } = await renderPopup(data)
    const lastItem = byTestId("history-item").find((item) => item.dataset.callId === "last") as HTMLElement
    await click(one("delete-call", lastItem))
    expect(actions.deleteCall).not.toHaveBeenCalled()
    await click(one("delete-call-confirm", lastItem))
    expect(actions.deleteCall).toHaveBeenCalledWith("last")
  })

  it("deletes all calls only after confirming", async () => {
    const { data } = storedCalls()
    const { one, actions } = await renderPopup(data)
    await click(one("delete-all"))
    expect(actions.deleteAll).not.toHaveBeenCalled()
    await click(one("delete-all-confirm"))
    expect(actions.deleteAll).toHaveBeenCalledOnce()
  })

  it("shows an empty state when no call is stored", async () => {
    const { byTestId, one } = await renderPopup({})
    expect(byTestId("summary")).toHaveLength(0)
    expect(byTestId("history-item")).toHaveLength(0)
    expect(byTestId("live-call")).toHaveLength(0)
    expect(one("history-empty").textContent).toContain("No calls yet")
  })
})
