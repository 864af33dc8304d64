// Faults during a call: the service worker stopped ten times while captions stream in (a real MV3
// shutdown through the DevTools protocol), and the browser closed abruptly mid-call then started
// again on the same profile. (Extension updates and a full storage quota are unit-tested:
// tests/unit/background/update-policy.test.ts, tests/unit/session/storage-failure.test.ts.)
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import type { CallIndexEntry, LiveUtterance } from "../../src/session/call-types"
import { STORAGE_KEYS } from "../../src/state/storage-keys"
import { launchExtension, type ExtensionBrowser } from "../helpers/extension"
import { storedCall } from "../helpers/stored-call"
import { recordFigure } from "../helpers/figures"
import { fixtureDone, leaveFixture, say, startFixture, type ExpectedUtterance } from "../helpers/fixture-page"
import { captureState, waitFor } from "../helpers/panel"

const LONG = { "https://meet.google.com/": "meet-2026-long" }
const SAY = { "https://meet.google.com/": "meet-2026-say" }
const STOPS = 10

async function storedCount(browser: ExtensionBrowser): Promise<number> {
  const index = (await browser.readStorage([STORAGE_KEYS.callIndex]))[STORAGE_KEYS.callIndex] as
    CallIndexEntry[] | undefined
  return index?.[0]?.utteranceCount ?? 0
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const shape = (list: readonly LiveUtterance[]) =>
  list.map(({ speaker, self, text }) => ({ speaker, self, text }))

describe("faults", () => {
  let browser: ExtensionBrowser | undefined
  let profile: string | undefined
  afterEach(async () => {
    await browser?.close()
    browser = undefined
    if (profile) rmSync(profile, { recursive: true, force: true })
    profile = undefined
  })

  it(`keeps the whole transcript when the service worker is stopped ${STOPS} times during one call`, async () => {
    browser = await launchExtension({ fixtures: LONG })
    const current = browser
    await current.setSettings({ autoEnableCaptions: false })
    // A 30-minute call (386 utterances) replayed in 45 s.
    const meeting = await current.openMeeting(
      "https://meet.google.com/flt-abcd-xyz?minutes=30&replay=45&seed=7",
    )
    const panel = await current.openSidePanel()
    const expected = await meeting.evaluate(
      () => (window as unknown as { __fixture: { expected: ExpectedUtterance[] } }).__fixture.expected,
    )
    const replay = startFixture(meeting) // resolves when the replay is done

    let resumed = 0
    for (let stop = 0; stop < STOPS; stop += 1) {
      await pause(2_500)
      const before = await storedCount(current)
      await current.stopServiceWorker()
      // The content script reconnects (waking the worker), resends what was not acked, and the
      // transcript grows again.
      const after = await waitFor(
        () => storedCount(current),
        (count) => count > before,
        10_000,
      )
      if (after > before) resumed += 1
    }
    expect(resumed).toBe(STOPS)
    await replay
    await fixtureDone(meeting)

    expect(
      await waitFor(
        () => storedCount(current),
        (count) => count >= expected.length,
        30_000,
      ),
    ).toBe(expected.length)
    await leaveFixture(meeting)
    expect(
      await waitFor(
        () => captureState(panel),
        (state) => state === "ended",
      ),
    ).toBe("ended")
    const { meta, utterances } = await storedCall(current)
    expect(meta.endReason).toBe("left")
    expect(shape(utterances)).toEqual(expected)
    expect(utterances.every((utterance) => utterance.final)).toBe(true)
    // The panel followed the call through every restart.
    expect(await panel.getByRole("list", { name: /^Transcript, / }).getAttribute("aria-label")).toBe(
      `Transcript, ${expected.length} lines`,
    )
    recordFigure(
      "faults.worker-stops",
      `Service worker stopped ${STOPS} times during one call (${expected.length} utterances replayed in 45 s)`,
      `${utterances.length} of ${expected.length} utterances stored, in order, none duplicated`,
    )
  }, 150_000)

  it("recovers a call cut off by the browser closing, once the browser starts again", async () => {
    profile = mkdtempSync(join(tmpdir(), "one-up-restart-"))
    browser = await launchExtension({ fixtures: SAY, userDataDir: profile })
    await browser.setSettings({ autoEnableCaptions: false })
    const meeting = await browser.openMeeting("https://meet.google.com/say-abcd-xyz")
    await startFixture(meeting)
    await say(meeting, "You", "thanks for joining what made you look at dispatch tools this quarter")
    await say(meeting, "Dana Lee", "our planners spend the first two hours of every shift fixing routes")
    await say(meeting, "You", "what happens to the drivers while the routes are being fixed")
    await say(meeting, "Dana Lee", "they wait in the yard and we pay them to wait", { keepLive: true })
    const first = browser
    const before = await waitFor(
      () => storedCall(first),
      (call) => call.utterances.length >= 4 && call.utterances[3]?.text.includes("pay them to wait") === true,
    )
    expect(before.meta.endedAt).toBeNull()
    const lastHeard = before.meta.updatedAt

    // The browser goes away without the page leaving the call (a crash, a quit, a power cut).
    await browser.close()
    browser = undefined
    browser = await launchExtension({ fixtures: SAY, userDataDir: profile })
    const second = browser
    const { meta, utterances } = await waitFor(
      () => storedCall(second),
      (call) => call.meta.endedAt !== null,
      15_000,
    )
    expect(meta.endedAt, "the call was ended after the restart").not.toBeNull()
    expect(meta.endReason).toBe("recovered")
    expect(meta.status.state).toBe("ended")
    expect(meta.endedAt).toBeGreaterThanOrEqual(lastHeard)
    expect(utterances.slice(0, 3).map((utterance) => utterance.text)).toEqual([
      "Thanks for joining what made you look at dispatch tools this quarter.",
      "Our planners spend the first two hours of every shift fixing routes.",
      "What happens to the drivers while the routes are being fixed.",
    ])
    expect(utterances[3]?.text).toContain("pay them to wait")
    expect(utterances.every((utterance) => utterance.final)).toBe(true)
    expect(meta.summary.words.self).toBeGreaterThan(0)
    expect(meta.summary.words.client).toBeGreaterThan(0)
    expect(meta.summary.questions.self).toBeGreaterThanOrEqual(1)
    const index = (await second.readStorage([STORAGE_KEYS.callIndex]))[
      STORAGE_KEYS.callIndex
    ] as CallIndexEntry[]
    expect(index[0]?.endedAt).toBe(meta.endedAt)

    // The popup reviews it like any ended call.
    const popup = await second.openPopup()
    await popup.getByTestId("summary").waitFor({ timeout: 10_000 })
    expect(await popup.getByTestId("summary").count()).toBe(1)
    recordFigure(
      "faults.browser-restart",
      "Browser closed mid-call, then started again on the same profile",
      `call ended as "${meta.endReason}" with its summary; ${utterances.length} of 4 utterances kept`,
    )
  }, 120_000)
})
