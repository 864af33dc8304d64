// The live side panel over scripted calls: nudges for the seller's One-Down moments (never for
// the client's words), mute, metrics, and a panel that keeps everything when reopened.
import { afterEach, describe, expect, it } from "vitest"
import { launchExtension, type ExtensionBrowser } from "../helpers/extension"
import { say } from "../helpers/fixture-page"
import { metricValue, shownNudges, shownUtterances, waitFor } from "../helpers/panel"

const SAY = { "https://meet.google.com/": "meet-2026-say" }
const URL = "https://meet.google.com/say-abcd-xyz"
const COMPANY_STORY =
  "so we were founded in 2009 and we are the leading provider of fleet software with offices in three countries"

async function openCall(browser: ExtensionBrowser) {
  const meeting = await browser.openMeeting(URL)
  const panel = await browser.openSidePanel()
  await meeting.evaluate(() => (window as unknown as { __fixture: { start(): void } }).__fixture.start())
  return { meeting, panel }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe("side panel", () => {
  let browser: ExtensionBrowser
  afterEach(async () => browser?.close())

  it("nudges on the seller's company story, but never on the same words from the client", async () => {
    browser = await launchExtension({ fixtures: SAY })
    await browser.setSettings({ autoEnableCaptions: false, nudgeFrequency: "frequent" })
    const { meeting, panel } = await openCall(browser)

    await say(meeting, "Dana Lee", COMPANY_STORY)
    await waitFor(
      () => shownUtterances(panel),
      (rows) => rows.some((row) => row.final),
    )
    await pause(1_500)
    expect(await shownNudges(panel)).toEqual([])
    const client = (await shownUtterances(panel))[0]
    expect(client).toMatchObject({ speaker: "Dana Lee", self: false, verdict: "neutral" })

    await say(meeting, "You", COMPANY_STORY)
    const nudges = await waitFor(
      () => shownNudges(panel),
      (list) => list.some((nudge) => nudge.principle === "teach-models"),
    )
    expect(nudges).toContainEqual(expect.objectContaining({ principle: "teach-models", polarity: "down" }))
    const seller = await waitFor(
      () => shownUtterances(panel),
      (rows) => rows.some((row) => row.self && row.final),
    )
    expect(seller.find((row) => row.self)?.verdict).toBe("down")
  })

  it("flags a company-story monologue while it is still being spoken", async () => {
    browser = await launchExtension({ fixtures: SAY })
    await browser.setSettings({ autoEnableCaptions: false, nudgeFrequency: "frequent" })
    const { meeting, panel } = await openCall(browser)
    await say(meeting, "You", COMPANY_STORY, { keepLive: true })
    const nudges = await waitFor(
      () => shownNudges(panel),
      (list) => list.length > 0,
    )
    expect(nudges[0]?.principle).toBe("teach-models")
    const rows = await shownUtterances(panel)
    expect(rows.at(-1)?.final).toBe(false)
  })

  it("stops nudging once muted for the call", async () => {
    browser = await launchExtension({ fixtures: SAY })
    await browser.setSettings({ autoEnableCaptions: false, nudgeFrequency: "frequent" })
    const { meeting, panel } = await openCall(browser)
    await say(meeting, "You", "is now still a good time for you")
    await panel.getByTestId("mute-call").click()
    await say(meeting, "You", COMPANY_STORY)
    await say(meeting, "You", "let me walk you through our deck real quick it is about forty slides")
    await waitFor(
      () => shownUtterances(panel),
      (rows) => rows.filter((row) => row.final).length >= 3,
    )
    await pause(1_500)
    expect(await shownNudges(panel)).toEqual([])
  })

  it("shows metrics that match the scripted call, and keeps everything when reopened", async () => {
    browser = await launchExtension({ fixtures: SAY })
    await browser.setSettings({ autoEnableCaptions: false })
    const { meeting, panel } = await openCall(browser)
    await say(meeting, "You", "who else on your team feels it first when a delivery slips")
    await say(
      meeting,
      "Dana Lee",
      "customer service usually hears it from the customer and then calls dispatch",
    )
    await say(meeting, "You", "what have you already tried to fix it")
    await say(meeting, "Dana Lee", "we tried a shared inbox but nobody owned it")
    await say(meeting, "You", "that makes sense")
    const rows = await waitFor(
      () => shownUtterances(panel),
      (list) => list.filter((row) => row.final).length >= 5,
    )
    expect(rows).toHaveLength(5)
    expect(
      await waitFor(
        () => metricValue(panel, "metric-questions"),
        (value) => value === "2",
      ),
    ).toBe("2")
    const ratio = Number(await metricValue(panel, "metric-talk-ratio"))
    expect(ratio).toBeGreaterThan(0.3)
    expect(ratio).toBeLessThan(0.7)

    const before = { rows: await shownUtterances(panel), score: await metricValue(panel, "metric-score") }
    await panel.close()
    const reopened = await browser.openSidePanel()
    const after = await waitFor(
      () => shownUtterances(reopened),
      (list) => list.length === before.rows.length,
    )
    expect(after).toEqual(before.rows)
    expect(await metricValue(reopened, "metric-questions")).toBe("2")
    expect(await metricValue(reopened, "metric-score")).toBe(before.score)
  })

  it("says coaching is English-only when the seller speaks another language, and keeps capturing", async () => {
    browser = await launchExtension({ fixtures: SAY })
    await browser.setSettings({ autoEnableCaptions: false, nudgeFrequency: "frequent" })
    const { meeting, panel } = await openCall(browser)
    await say(
      meeting,
      "You",
      "bueno entonces nuestra empresa fue fundada en 2009 y somos los líderes del mercado",
    )
    await say(meeting, "You", "nosotros tenemos la mejor solución para su empresa y para todos sus equipos")
    await panel.getByTestId("language-notice").waitFor()
    const rows = await waitFor(
      () => shownUtterances(panel),
      (list) => list.filter((row) => row.final).length >= 2,
    )
    expect(rows.map((row) => row.verdict)).toEqual(["neutral", "neutral"])
    expect(await shownNudges(panel)).toEqual([])
  })
})
