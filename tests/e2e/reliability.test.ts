// Nothing lost: a service worker stopped mid-call (a real MV3 shutdown through the DevTools
// protocol), and a meeting tab closed in the middle of an utterance.
import { afterEach, describe, expect, it } from "vitest"
import { launchExtension, type ExtensionBrowser } from "../helpers/extension"
import { storedCall } from "../helpers/stored-call"
import { expectedUtterances, fixtureDone, leaveFixture, startFixture } from "../helpers/fixture-page"
import { captureState, settledUtterances, shownUtterances, waitFor } from "../helpers/panel"

const MEET = { "https://meet.google.com/": "meet-2026" }
const MEETING_URL = "https://meet.google.com/abc-defg-hij"

describe("reliability", () => {
  let browser: ExtensionBrowser
  afterEach(async () => browser?.close())

  it("keeps the whole transcript when the service worker is stopped twice mid-call", async () => {
    browser = await launchExtension({ fixtures: MEET })
    await browser.setSettings({ autoEnableCaptions: false })
    const meeting = await browser.openMeeting(`${MEETING_URL}?speed=3`)
    const panel = await browser.openSidePanel()
    const replay = startFixture(meeting)
    await waitFor(
      () => shownUtterances(panel),
      (rows) => rows.length >= 2,
    )
    await browser.stopServiceWorker()
    await waitFor(
      () => shownUtterances(panel),
      (rows) => rows.length >= 5,
    )
    await browser.stopServiceWorker()
    await replay
    await fixtureDone(meeting)
    const expected = await expectedUtterances(meeting)
    const rows = await settledUtterances(panel, expected.length)
    expect(rows.map(({ speaker, self, text }) => ({ speaker, self, text }))).toEqual(expected)
    await leaveFixture(meeting)
    expect(
      await waitFor(
        () => captureState(panel),
        (state) => state === "ended",
      ),
    ).toBe("ended")
  })

  it("stores the utterance being spoken when the meeting tab is closed mid-sentence", async () => {
    browser = await launchExtension({ fixtures: MEET })
    await browser.setSettings({ autoEnableCaptions: false })
    const meeting = await browser.openMeeting(`${MEETING_URL}?speed=1`)
    const panel = await browser.openSidePanel()
    void startFixture(meeting).catch(() => undefined) // the page goes away before the replay ends
    const rows = await waitFor(
      () => shownUtterances(panel),
      (list) =>
        list.length >= 2 && list.at(-1)?.final === false && (list.at(-1)?.text.split(" ").length ?? 0) >= 3,
    )
    const live = rows.at(-1)
    expect(live?.final).toBe(false)
    await meeting.close()

    const ended = await waitFor(
      () => captureState(panel),
      (state) => state === "ended",
    )
    expect(ended).toBe("ended")
    const { meta, utterances } = await storedCall(browser)
    expect(["tab-closed", "navigated"]).toContain(meta.endReason)
    const last = utterances.find((utterance) => utterance.text.startsWith(live?.text ?? "?"))
    expect(last, "the utterance that was live when the tab closed").toBeDefined()
    expect(last?.final).toBe(true)
    expect(utterances.every((utterance) => utterance.final)).toBe(true)
  })
})
