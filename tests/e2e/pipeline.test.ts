// The foundation's proof: a Meet page's caption text is read by the content script, reaches the
// background, and shows in the side panel.
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchExtension, type ExtensionBrowser } from "../helpers/extension"
import { fixtureDone, startFixture } from "../helpers/fixture-page"
import { shownUtterances, waitFor } from "../helpers/panel"

describe("caption pipeline", () => {
  let browser: ExtensionBrowser
  beforeAll(async () => {
    browser = await launchExtension({ fixtures: { "https://meet.google.com/": "meet-2026" } })
  })
  afterAll(async () => browser?.close())

  it("shows the meeting's captions in the side panel as they are spoken", async () => {
    const meeting = await browser.openMeeting("https://meet.google.com/abc-defg-hij?speed=4")
    const panel = await browser.openSidePanel()
    await startFixture(meeting)
    const live = await waitFor(
      () => shownUtterances(panel),
      (rows) => rows.length > 0,
    )
    expect(live.length).toBeGreaterThan(0)
    await fixtureDone(meeting)
    const rows = await waitFor(
      () => shownUtterances(panel),
      (list) => list.some((row) => row.speaker === "You"),
    )
    expect(rows.some((row) => row.speaker === "You" && row.self)).toBe(true)
    expect(rows.some((row) => row.speaker === "Dana Lee" && !row.self)).toBe(true)
  })

  it("marks the meeting tab's toolbar button while the coach follows its call", async () => {
    const index = (await browser.readStorage(["calls/index"]))["calls/index"] as Array<{ callId: string }>
    const metaKey = `call/${index[0]?.callId}/meta`
    const meta = (await browser.readStorage([metaKey]))[metaKey] as { tabId: number }
    const options = await browser.openOptions()
    const badge = await options.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), meta.tabId)
    expect(badge).toBe("ON")
  })
})
