// "This is me" in real Chromium: on a Teams 2026 page that shows names only and with no name on
// the options page, nobody is known as the seller, so the side panel says so instead of coaching.
// Pressing "This is me" (data-testid="utterance-this-is-me") on the seller's line makes their
// lines data-self="true", recomputes the talk ratio, and is remembered for the next Teams call.
import { afterEach, describe, expect, it } from "vitest"
import { launchExtension, type ExtensionBrowser } from "../helpers/extension"
import { expectedUtterances, fixtureDone, leaveFixture, startFixture } from "../helpers/fixture-page"
import { captureState, metricValue, settledUtterances, shownUtterances, waitFor } from "../helpers/panel"

const MEETING = "https://teams.live.com/v2/?speed=5"

describe("the seller named in the side panel", () => {
  let browser: ExtensionBrowser
  afterEach(async () => browser?.close())

  it("is asked for, then fixes self and talk ratio for the call and is remembered for the next one", async () => {
    browser = await launchExtension({ fixtures: { "https://teams.live.com/": "teams-2026-toggle" } })
    await browser.setSettings({ autoEnableCaptions: false, myNames: [] })
    const meeting = await browser.openMeeting(MEETING)
    const panel = await browser.openSidePanel()
    await waitFor(
      () => captureState(panel),
      (state) => state === "captions-off",
    )
    await startFixture(meeting)

    // Sam, Dana and Sam again have spoken: nobody is the seller yet.
    const early = await waitFor(
      () => shownUtterances(panel),
      (rows) => rows.filter((row) => row.speaker === "Sam Rivera").length >= 2,
    )
    expect(early.every((row) => !row.self)).toBe(true)
    expect(await panel.getByTestId("seller-unknown").count()).toBe(1)
    expect(await panel.getByTestId("nudge").count()).toBe(0)
    expect(Number(await metricValue(panel, "metric-talk-ratio"))).toBe(0)

    await panel
      .locator('[data-testid="utterance"][data-speaker="Sam Rivera"] [data-testid="utterance-this-is-me"]')
      .first()
      .click()
    const corrected = await waitFor(
      () => shownUtterances(panel),
      (rows) => rows.some((row) => row.self),
    )
    expect(corrected.filter((row) => row.self).map((row) => row.speaker)).toEqual(
      corrected.filter((row) => row.speaker === "Sam Rivera").map((row) => row.speaker),
    )
    const ratio = await waitFor(
      async () => Number(await metricValue(panel, "metric-talk-ratio")),
      (value) => value > 0,
    )
    expect(ratio).toBeGreaterThan(0)
    expect(ratio).toBeLessThan(1)
    expect(await panel.getByTestId("seller-unknown").count()).toBe(0)

    // For the rest of the call, Sam's new lines are seller lines too: the whole call is exact.
    await fixtureDone(meeting)
    const expected = await expectedUtterances(meeting)
    const rows = await settledUtterances(panel, expected.length)
    expect(rows.map(({ speaker, self, text }) => ({ speaker, self, text }))).toEqual(expected)
    await leaveFixture(meeting)
    await waitFor(
      () => captureState(panel),
      (state) => state === "ended",
    )

    // The next Teams call knows Sam from the start.
    await meeting.goto(MEETING)
    await waitFor(
      () => captureState(panel),
      (state) => state === "captions-off",
    )
    // The panel follows the new call: nothing said in it yet.
    expect(await shownUtterances(panel)).toEqual([])
    await startFixture(meeting)
    const next = await waitFor(
      () => shownUtterances(panel),
      (list) => list.length >= 2,
    )
    expect(next.map((row) => [row.speaker, row.self]).slice(0, 2)).toEqual([
      ["Sam Rivera", true],
      ["Dana Lee", false],
    ])
    expect(await panel.getByTestId("seller-unknown").count()).toBe(0)
  })
})
