// Every dated caption-DOM fixture, replayed in real Chromium through the built extension: the
// side panel's transcript ends with exactly the scripted utterances (speaker, self flag, final
// text, no duplicates), and the status goes captions-off → capturing → ended (and never to
// not-found or ended in between: a leave control that vanishes for a moment keeps the call).
import type { Page } from "playwright-core"
import { afterEach, describe, expect, it } from "vitest"
import { launchExtension, type ExtensionBrowser } from "../helpers/extension"
import { expectedUtterances, fixtureDone, leaveFixture, startFixture } from "../helpers/fixture-page"
import { captureState, settledUtterances, shownUtterances, waitFor } from "../helpers/panel"

const FIXTURES = [
  { folder: "meet-2026", prefix: "https://meet.google.com/", url: "https://meet.google.com/abc-defg-hij" },
  { folder: "meet-de-2026", prefix: "https://meet.google.com/", url: "https://meet.google.com/dez-abcd-xyz" },
  {
    folder: "meet-2024-spans",
    prefix: "https://meet.google.com/",
    url: "https://meet.google.com/spn-abcd-xyz",
  },
  {
    folder: "meet-pre-nov-2024",
    prefix: "https://meet.google.com/",
    url: "https://meet.google.com/old-abcd-xyz",
  },
  { folder: "zoom-2026", prefix: "https://app.zoom.us/", url: "https://app.zoom.us/wc/123/join" },
  { folder: "zoom-2024-box", prefix: "https://app.zoom.us/", url: "https://app.zoom.us/wc/123/join" },
  { folder: "teams-2026", prefix: "https://teams.microsoft.com/", url: "https://teams.microsoft.com/v2/" },
  // The 2026 shapes (tests/fixtures/README.md, Sources).
  {
    folder: "meet-2026-live",
    prefix: "https://meet.google.com/",
    url: "https://meet.google.com/liv-abcd-xyz",
  },
  {
    folder: "zoom-2026-overlay",
    prefix: "https://acme.zoom.us/",
    url: "https://acme.zoom.us/wc/4455/join",
  },
  { folder: "teams-2026-toggle", prefix: "https://teams.live.com/", url: "https://teams.live.com/v2/" },
]

const normalise = (rows: Array<{ speaker: string; self: boolean; text: string }>) =>
  rows.map(({ speaker, self, text }) => ({ speaker, self, text }))

describe.each(FIXTURES)("capture from $folder", ({ folder, prefix, url }) => {
  let browser: ExtensionBrowser
  afterEach(async () => browser?.close())

  it("transcribes the scripted call exactly and follows the call's lifecycle", async () => {
    browser = await launchExtension({ fixtures: { [prefix]: folder } })
    // The test presses captions itself; auto-enable has its own test.
    await browser.setSettings({ autoEnableCaptions: false, myNames: ["Sam Rivera"] })
    const meeting = await browser.openMeeting(`${url}?speed=5`)
    const panel = await browser.openSidePanel()
    expect(
      await waitFor(
        () => captureState(panel),
        (state) => state === "captions-off",
      ),
    ).toBe("captions-off")

    await startFixture(meeting)
    expect(
      await waitFor(
        () => captureState(panel),
        (state) => state === "capturing",
      ),
    ).toBe("capturing")
    const seen = watchStates(panel)
    await fixtureDone(meeting)
    const expected = await expectedUtterances(meeting)
    const rows = await settledUtterances(panel, expected.length)
    expect(normalise(rows)).toEqual(expected)

    const during = seen.stop()
    // Captions turned off and on mid-call may show captions-off for a moment; never these.
    expect(during.filter((state) => state === "not-found" || state === "ended")).toEqual([])

    await leaveFixture(meeting)
    expect(
      await waitFor(
        () => captureState(panel),
        (state) => state === "ended",
      ),
    ).toBe("ended")
  })
})

async function captionsOn(meeting: Page): Promise<boolean> {
  return meeting.evaluate(
    () => (window as unknown as { __fixture: { captionsOn: boolean } }).__fixture.captionsOn,
  )
}

/** Samples the panel's capture state until stopped; returns every state seen. */
function watchStates(panel: Page): { stop(): string[] } {
  const states: string[] = []
  let running = true
  const loop = (async () => {
    while (running) {
      const state = await captureState(panel).catch(() => null)
      if (state) states.push(state)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  })()
  return {
    stop() {
      running = false
      void loop
      return states
    },
  }
}

describe("a meeting page whose caption structure is unknown", () => {
  let browser: ExtensionBrowser
  afterEach(async () => browser?.close())

  it("says not-found instead of failing silently", async () => {
    browser = await launchExtension({ fixtures: { "https://meet.google.com/": "unknown-structure" } })
    await browser.setSettings({ autoEnableCaptions: false })
    const meeting = await browser.openMeeting("https://meet.google.com/unk-nown-xyz?speed=2")
    const panel = await browser.openSidePanel()
    await startFixture(meeting)
    expect(
      await waitFor(
        () => captureState(panel),
        (state) => state === "not-found",
        15_000,
      ),
    ).toBe("not-found")
    expect(await shownUtterances(panel)).toEqual([])
  })
})

describe("auto-enable captions", () => {
  let browser: ExtensionBrowser
  afterEach(async () => browser?.close())

  it.each([
    {
      page: "Meet",
      prefix: "https://meet.google.com/",
      folder: "meet-2026",
      url: "https://meet.google.com/abc-defg-hij",
    },
    // Zoom keeps its subtitle wrapper in the page with captions off: only the toggle says "off".
    {
      page: "Zoom at zoom.us/wc",
      prefix: "https://zoom.us/",
      folder: "zoom-2026-overlay",
      url: "https://zoom.us/wc/4455/join",
    },
  ])(
    "presses the page's own captions toggle once when the call starts, on $page",
    async ({ prefix, folder, url }) => {
      browser = await launchExtension({ fixtures: { [prefix]: folder } })
      await browser.setSettings({ autoEnableCaptions: true })
      const meeting = await browser.openMeeting(`${url}?speed=5`)
      const panel = await browser.openSidePanel()
      // Nobody presses the button here: the extension does, and the replay starts from that click.
      expect(
        await waitFor(
          () => captureState(panel),
          (state) => state === "capturing",
        ),
      ).toBe("capturing")
      const rows = await waitFor(
        () => shownUtterances(panel),
        (list) => list.length > 0,
      )
      expect(rows.length).toBeGreaterThan(0)
      expect(await captionsOn(meeting)).toBe(true)
    },
  )

  it("leaves captions off when the setting is off", async () => {
    browser = await launchExtension({ fixtures: { "https://meet.google.com/": "meet-2026" } })
    await browser.setSettings({ autoEnableCaptions: false })
    const meeting = await browser.openMeeting("https://meet.google.com/abc-defg-hij?speed=5")
    const panel = await browser.openSidePanel()
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    expect(await captureState(panel)).toBe("captions-off")
    expect(await captionsOn(meeting)).toBe(false)
  })
})
