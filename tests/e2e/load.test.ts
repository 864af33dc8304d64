// Load: a generated three-hour call (2,000+ utterances) replayed in about 70 s of real time, with
// the side panel open. Every utterance must be stored and shown, the service worker's heap must
// stay bounded, and the panel must turn each storage change into a committed DOM update within a
// frame. The figures go to the README's "Reliability and privacy" section (tests/helpers/figures.ts).
import type { CDPSession, Page } from "playwright-core"
import { afterEach, describe, expect, it } from "vitest"
import type { CallIndexEntry, CallMeta, LiveUtterance } from "../../src/session/call-types"
import { STORAGE_KEYS } from "../../src/state/storage-keys"
import { launchExtension, type ExtensionBrowser } from "../helpers/extension"
import { recordFigure } from "../helpers/figures"
import { fixtureDone, startFixture, type ExpectedUtterance } from "../helpers/fixture-page"
import { waitFor } from "../helpers/panel"

const LONG = { "https://meet.google.com/": "meet-2026-long" }
const CALL_MINUTES = 180
const REPLAY_SECONDS = 70
const MEETING_URL = `https://meet.google.com/lng-abcd-xyz?minutes=${CALL_MINUTES}&replay=${REPLAY_SECONDS}`
const MB = 1024 * 1024

interface ReplayStats {
  utterances: number
  mutations: number
  callSeconds: number
  realSeconds: number
  mutationsPerSecond: number
  maxLagMs: number
}

/** Runtime.getHeapUsage of the extension's service worker, through a CDP target session. */
class WorkerHeap {
  private nextId = 1
  private readonly replies = new Map<number, (result: unknown) => void>()

  private constructor(
    private readonly session: CDPSession,
    private readonly sessionId: string,
  ) {
    session.on("Target.receivedMessageFromTarget", (event) => {
      if (event.sessionId !== this.sessionId) return
      const message = JSON.parse(event.message) as { id?: number; result?: unknown }
      if (message.id !== undefined) this.replies.get(message.id)?.(message.result)
    })
  }

  static async attach(browser: ExtensionBrowser, page: Page): Promise<WorkerHeap> {
    const session = await browser.context.newCDPSession(page)
    const { targetInfos } = await session.send("Target.getTargets")
    const worker = targetInfos.find(
      (target) => target.type === "service_worker" && target.url.includes(browser.extensionId),
    )
    if (!worker) throw new Error("the extension's service worker is not running")
    const { sessionId } = await session.send("Target.attachToTarget", {
      targetId: worker.targetId,
      flatten: false,
    })
    return new WorkerHeap(session, sessionId)
  }

  private async call(method: string): Promise<unknown> {
    const id = this.nextId++
    const reply = new Promise<unknown>((resolve) => this.replies.set(id, resolve))
    await this.session.send("Target.sendMessageToTarget", {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method }),
    })
    return reply
  }

  async usedBytes(): Promise<number> {
    const { usedSize } = (await this.call("Runtime.getHeapUsage")) as { usedSize: number }
    return usedSize
  }

  async usedAfterGcBytes(): Promise<number> {
    await this.call("HeapProfiler.collectGarbage")
    return this.usedBytes()
  }
}

/**
 * Opens the side panel with a probe installed before its scripts run: the probe's storage
 * listener is the first to see each change of a transcript chunk, and a MutationObserver on the
 * transcript records when React committed the resulting DOM update.
 */
async function openMeasuredPanel(browser: ExtensionBrowser): Promise<Page> {
  const panel = await browser.context.newPage()
  await panel.addInitScript(() => {
    const probe = { samples: [] as number[], pendingSince: null as number | null, unmatched: 0 }
    Object.assign(window, { __panelCost: probe })
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area !== "local" || !Object.keys(changes).some((key) => /^call\/.+\/u\/\d+$/.test(key))) return
      if (probe.pendingSince !== null) probe.unmatched += 1
      probe.pendingSince = performance.now()
    })
    new MutationObserver((records) => {
      if (probe.pendingSince === null) return
      const inTranscript = records.some((record) => {
        const node = record.target
        const element = node instanceof Element ? node : node.parentElement
        return Boolean(element?.closest(".transcript"))
      })
      if (!inTranscript) return
      probe.samples.push(performance.now() - probe.pendingSince)
      probe.pendingSince = null
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
  })
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`)
  return panel
}

async function panelSamples(panel: Page): Promise<number[]> {
  return panel.evaluate(
    () => (window as unknown as { __panelCost: { samples: number[] } }).__panelCost.samples,
  )
}

/**
 * The same kind of update as a background flush (the last chunk with its last line revised, and
 * the meta), written `count` times while nothing else runs, so only the panel's work is timed.
 */
async function measureIsolatedUpdates(panel: Page, callId: string, count: number): Promise<number[]> {
  return panel.evaluate(
    async ([id, times]) => {
      const probe = (window as unknown as { __panelCost: { samples: number[]; pendingSince: number | null } })
        .__panelCost
      probe.samples = []
      probe.pendingSince = null
      const metaKey = `call/${id}/meta`
      const meta = (await chrome.storage.local.get(metaKey))[metaKey] as {
        chunkCount: number
        updatedAt: number
      }
      const chunkKey = `call/${id}/u/${meta.chunkCount - 1}`
      const chunk = (await chrome.storage.local.get(chunkKey))[chunkKey] as Array<{
        text: string
        revision: number
      }>
      const last = chunk[chunk.length - 1]
      if (!last) return []
      const original = last.text
      for (let round = 1; round <= times; round += 1) {
        last.text = round % 2 === 0 ? original : `${original} (edited)`
        last.revision += 1
        meta.updatedAt += 1
        await chrome.storage.local.set({ [chunkKey]: chunk, [metaKey]: meta })
        await new Promise((resolve) => setTimeout(resolve, 120))
      }
      return probe.samples
    },
    [callId, count] as const,
  )
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
}

async function storedCall(browser: ExtensionBrowser) {
  const index = (await browser.readStorage([STORAGE_KEYS.callIndex]))[
    STORAGE_KEYS.callIndex
  ] as CallIndexEntry[]
  const callId = index[0]?.callId ?? ""
  const metaKey = STORAGE_KEYS.callMeta(callId)
  const meta = (await browser.readStorage([metaKey]))[metaKey] as CallMeta
  const chunkKeys = Array.from({ length: meta.chunkCount }, (_, chunk) =>
    STORAGE_KEYS.callChunk(callId, chunk),
  )
  const chunks = await browser.readStorage(chunkKeys)
  const utterances = chunkKeys.flatMap((key) => (chunks[key] as LiveUtterance[] | undefined) ?? [])
  // Chrome counts a key's quota as the key plus its value as JSON.
  const bytes = [metaKey, ...chunkKeys].reduce(
    (sum, key) =>
      sum + Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(key === metaKey ? meta : chunks[key])),
    0,
  )
  return { callId, meta, utterances, bytes }
}

async function utteranceCount(browser: ExtensionBrowser): Promise<number> {
  const index = (await browser.readStorage([STORAGE_KEYS.callIndex]))[STORAGE_KEYS.callIndex] as
    CallIndexEntry[] | undefined
  return index?.[0]?.utteranceCount ?? 0
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`

describe("load", () => {
  let browser: ExtensionBrowser
  afterEach(async () => browser?.close())

  it("keeps every utterance of a 3-hour call, with bounded memory and the whole transcript in the panel", async () => {
    browser = await launchExtension({ fixtures: LONG })
    await browser.setSettings({ autoEnableCaptions: false })
    const meeting = await browser.openMeeting(MEETING_URL)
    const panel = await openMeasuredPanel(browser)
    const expected = await meeting.evaluate(
      () => (window as unknown as { __fixture: { expected: ExpectedUtterance[] } }).__fixture.expected,
    )
    expect(expected.length).toBeGreaterThanOrEqual(2_000)

    const replay = startFixture(meeting) // resolves when the replay is done
    const heap = await WorkerHeap.attach(browser, panel)
    let peakHeap = 0
    const sampling = setInterval(() => {
      heap.usedBytes().then(
        (used) => (peakHeap = Math.max(peakHeap, used)),
        () => undefined,
      )
    }, 5_000)
    try {
      await replay
      await fixtureDone(meeting)
    } finally {
      clearInterval(sampling)
    }
    const replayEndedAt = Date.now()
    const stats = await meeting.evaluate(() =>
      (window as unknown as { __fixture: { stats(): ReplayStats } }).__fixture.stats(),
    )
    expect(stats.mutationsPerSecond).toBeGreaterThanOrEqual(10)

    // The pipeline catches up: every utterance is in storage.
    const caughtUp = await waitFor(
      () => utteranceCount(browser),
      (count) => count >= expected.length,
      40_000,
    )
    const drainMs = Date.now() - replayEndedAt
    expect(caughtUp).toBe(expected.length)
    const endHeap = await heap.usedBytes()
    peakHeap = Math.max(peakHeap, endHeap)

    // Leave: the call ends and its last utterance is final.
    await meeting.evaluate(() => (window as unknown as { __fixture: { leave(): void } }).__fixture.leave())
    const ended = await waitFor(
      () => storedCall(browser),
      (call) => call.meta.endedAt !== null,
      15_000,
    )
    expect(ended.meta.status.state).toBe("ended")
    const { utterances, bytes } = await storedCall(browser)
    expect(utterances).toHaveLength(expected.length)
    expect(utterances.map(({ speaker, self, text }) => ({ speaker, self, text }))).toEqual(expected)
    expect(utterances.every((utterance) => utterance.final)).toBe(true)
    expect(utterances.slice(-3).map((utterance) => utterance.text)).toEqual(
      expected.slice(-3).map((u) => u.text),
    )

    // The side panel shows all of them (virtualised) and ends on the last one.
    const label = await panel.getByRole("list", { name: /^Transcript, / }).getAttribute("aria-label")
    expect(label).toBe(`Transcript, ${expected.length} lines`)
    const lastShown = await panel.getByTestId("utterance-text").last().textContent()
    expect(lastShown).toBe(expected.at(-1)?.text)

    // Background memory at the end of the call, and what it retains once garbage is collected
    // (the peak sampled during the call includes garbage V8 had not collected yet: reported only).
    const afterGc = await heap.usedAfterGcBytes()
    expect(endHeap).toBeLessThan(64 * MB)
    expect(afterGc).toBeLessThan(64 * MB)

    // The panel's own cost per storage change: listener → React commit of the transcript, during
    // the replay (sharing two cores with the page, the worker and the browser) and on its own.
    const underLoad = await panelSamples(panel)
    expect(underLoad.length).toBeGreaterThan(50)
    await panel.bringToFront()
    const isolated = await measureIsolatedUpdates(panel, ended.callId, 40)
    expect(isolated.length).toBeGreaterThanOrEqual(35)
    const load = { median: quantile(underLoad, 0.5), p95: quantile(underLoad, 0.95) }
    const alone = { median: quantile(isolated, 0.5), p95: quantile(isolated, 0.95) }

    const hours = CALL_MINUTES / 60
    // The panel's timings are reported (README, reliability table), not asserted: on a shared
    // two-core runner they measure the machine as much as the code. Their goals (p95 within one
    // frame alone, within 50 ms under load) are benchmark goals; see `npm run bench:e2e`.
    expect(bytes / hours).toBeLessThan(4 * MB)
    recordFigure(
      "load.call",
      `3-hour call replayed in ${Math.round(stats.realSeconds)} s (${Math.round(stats.mutationsPerSecond)} caption changes/s)`,
      `${utterances.length} of ${expected.length} utterances stored, all final, in order`,
    )
    recordFigure(
      "load.drain",
      "Background caught up after the replay's last caption",
      `${(drainMs / 1000).toFixed(1)} s`,
    )
    recordFigure(
      "load.heap",
      "Service worker JS heap at the end of the call / retained after GC / peak during the call",
      `${mb(endHeap)} / ${mb(afterGc)} / ${mb(peakHeap)} (bound 64 MB)`,
    )
    recordFigure(
      "load.panel",
      `Side panel with ${expected.length} lines, storage change → transcript committed: ` +
        `alone / during the replay (${underLoad.length} updates)`,
      `p95 ${alone.p95.toFixed(1)} ms (median ${alone.median.toFixed(1)}) / ` +
        `p95 ${load.p95.toFixed(1)} ms (median ${load.median.toFixed(1)})`,
    )
    recordFigure("load.size", "Stored size per hour of call", `${(bytes / hours / 1024).toFixed(0)} KB/hour`)
    console.log(
      `load: ${utterances.length} utterances, ${stats.mutations} mutations in ${stats.realSeconds.toFixed(1)} s ` +
        `(${stats.mutationsPerSecond.toFixed(0)}/s, max lag ${stats.maxLagMs.toFixed(0)} ms), drain ${drainMs} ms, ` +
        `heap at end ${mb(endHeap)} after GC ${mb(afterGc)} peak ${mb(peakHeap)}, panel under load median ${load.median.toFixed(2)} ms ` +
        `p95 ${load.p95.toFixed(2)} ms over ${underLoad.length}, alone median ${alone.median.toFixed(2)} ms ` +
        `p95 ${alone.p95.toFixed(2)} ms, ${(bytes / 1024).toFixed(0)} KB stored`,
    )
  }, 170_000)
})
