/** Runs the capture controller against a fixture page in happy-dom and records what it reports. */
import {
  startCaptureController,
  type CaptureController,
  type CaptureWindow,
} from "../../../src/capture/controller"
import { adapterForUrl } from "../../../src/capture/platforms"
import type { CaptureStatus, UtteranceUpdate } from "../../../src/capture/types"
import { openFixture, type ExpectedUtterance, type FixturePage } from "./fixture-page"

export interface CaptureRun {
  page: FixturePage
  controller: CaptureController
  updates: UtteranceUpdate[]
  statuses: CaptureStatus[]
  /** "started <title>" / "ended <reason>", in order. */
  calls: string[]
  errors: unknown[]
  /** Latest revision of each utterance, as {speaker, self, text}. */
  utterances(): ExpectedUtterance[]
  latest(): UtteranceUpdate[]
  waitFor(condition: () => boolean, timeoutMs?: number): Promise<void>
  close(): Promise<void>
}

export const SPEED = 40

export async function runCapture(
  folder: string,
  url: string,
  settings: {
    myNames?: string[]
    autoEnableCaptions?: boolean
    notFoundAfterMs?: number
    /** How long leave controls may vanish before the call counts as left (default 300 ms). */
    leaveGraceMs?: number
  } = {},
  /** Runs on the page before capture starts (e.g. captions already turned on). */
  beforeCapture?: (page: FixturePage) => Promise<void> | void,
): Promise<CaptureRun> {
  const page = await openFixture(folder, `${url}${url.includes("?") ? "&" : "?"}speed=${SPEED}`)
  await beforeCapture?.(page)
  const adapter = adapterForUrl(url)
  if (!adapter) throw new Error(`no adapter for ${url}`)
  const updates: UtteranceUpdate[] = []
  const statuses: CaptureStatus[] = []
  const calls: string[] = []
  const errors: unknown[] = []
  const controller = startCaptureController({
    doc: page.document,
    win: page.window as unknown as CaptureWindow,
    adapter,
    settings: {
      myNames: settings.myNames ?? [],
      autoEnableCaptions: settings.autoEnableCaptions ?? true,
      notFoundAfterMs: settings.notFoundAfterMs ?? 1000,
    },
    checkEveryMs: 100,
    leaveGraceMs: settings.leaveGraceMs ?? 300,
    autoEnableDelayMs: 100,
    sink: {
      callStarted: (call) => calls.push(`started ${call.title}`),
      updates: (list) => updates.push(...list),
      status: (status) => statuses.push(status),
      callEnded: (call) => calls.push(`ended ${call.reason}`),
    },
    onError: (error) => errors.push(error),
  })
  const latest = () => {
    const byId = new Map<string, UtteranceUpdate>()
    for (const update of updates) byId.set(update.id, update)
    return [...byId.values()]
  }
  return {
    page,
    controller,
    updates,
    statuses,
    calls,
    errors,
    latest,
    utterances: () => latest().map(({ speaker, self, text }) => ({ speaker, self, text })),
    async waitFor(condition, timeoutMs = 5000) {
      const until = Date.now() + timeoutMs
      while (!condition()) {
        if (Date.now() > until) throw new Error("timed out waiting for capture")
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    },
    async close() {
      controller.dispose()
      await page.close()
    },
  }
}
