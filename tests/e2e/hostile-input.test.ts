// Hostile and odd captions, through the line-by-line Meet fixture into the real side panel: markup
// and script show as literal text and never run, an oversized caption is capped while the panel
// stays responsive, invisible characters are dropped, emoji and right-to-left text arrive intact,
// an empty caption makes no line, a name that is HTML stays text, a block whose speaker flips
// every 50 ms is one line, and a normal line still shows up after all of that. The Markdown export
// escapes the markup. And the meeting page itself cannot reach the background.
import { readFileSync } from "node:fs"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { MAX_TEXT_LENGTH } from "../../src/messaging/validate"
import { recordFigure } from "../helpers/figures"
import { launchExtension, type ExtensionBrowser } from "../helpers/extension"
import { say, startFixture } from "../helpers/fixture-page"
import { captureState, shownUtterances, waitFor, type ShownUtterance } from "../helpers/panel"

const SAY = { "https://meet.google.com/": "meet-2026-say" }
const MEETING_URL = "https://meet.google.com/say-abcd-xyz"
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const MARKUP = "Look <img src=x onerror=alert(1)> and <script>alert(2)</script> here."
const SELLER_MARKUP =
  "So <b>we were founded in 2009</b> and we are the leading provider <img src=x onerror=alert(3)> of fleet software."

/** Waits for the final row whose text contains `marker`. */
async function finalRow(panel: Page, marker: string): Promise<ShownUtterance | undefined> {
  const rows = await waitFor(
    () => shownUtterances(panel),
    (list) => list.some((row) => row.final && row.text.includes(marker)),
  )
  return rows.find((row) => row.final && row.text.includes(marker))
}

/** Elements inside the panel's utterance rows that caption text could have smuggled in. */
async function injectedElements(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="utterance"] :is(img, script, b, iframe, object, svg, a)', (nodes) =>
    nodes.map((node) => node.outerHTML),
  )
}

/** Like say(), with the fixture's per-word delay (the shared helper does not expose it). */
function sayQuickly(page: Page, speaker: string, text: string, wordMs: number): Promise<void> {
  return page.evaluate(
    ([who, words, ms]) =>
      (
        window as unknown as { __fixture: { say(s: string, t: string, o: object): Promise<void> } }
      ).__fixture.say(who, words, { wordMs: ms }),
    [speaker, text, wordMs] as const,
  )
}

function flip(page: Page, first: string, second: string, text: string, flips: number): Promise<string> {
  return page.evaluate(
    ([a, b, words, count]) =>
      (
        window as unknown as {
          __fixture: { flip(a: string, b: string, t: string, o: object): Promise<string> }
        }
      ).__fixture.flip(a, b, words, { ms: 50, flips: count }),
    [first, second, text, flips] as const,
  )
}

describe("hostile and odd captions", () => {
  let browser: ExtensionBrowser
  let meeting: Page
  let panel: Page
  const incidents: string[] = []

  /** Any dialog (alert from injected markup) or uncaught error in a page fails the test run. */
  function watch(page: Page, name: string): void {
    page.on("dialog", (dialog) => {
      incidents.push(`${name} dialog: ${dialog.message()}`)
      void dialog.dismiss()
    })
    page.on("pageerror", (error) => incidents.push(`${name} error: ${error.message}`))
  }

  beforeAll(async () => {
    browser = await launchExtension({ fixtures: SAY })
    await browser.setSettings({ autoEnableCaptions: false, nudgeFrequency: "frequent" })
    meeting = await browser.openMeeting(MEETING_URL)
    panel = await browser.openSidePanel()
    watch(meeting, "meeting")
    watch(panel, "panel")
    await startFixture(meeting)
    await waitFor(
      () => captureState(panel),
      (state) => state === "capturing",
    )
  })
  afterAll(async () => browser?.close())

  it("shows markup and script from a client as literal text, and runs none of it", async () => {
    await say(meeting, "Dana Lee", MARKUP)
    const row = await finalRow(panel, "onerror")
    expect(row?.text).toBe(MARKUP)
    expect(await injectedElements(panel)).toEqual([])
    expect(incidents).toEqual([])
  })

  it("shows the seller's markup as text in the row, its labels and the nudge", async () => {
    await say(meeting, "You", SELLER_MARKUP)
    const row = await finalRow(panel, "leading provider")
    expect(row).toMatchObject({ self: true, verdict: "down", text: SELLER_MARKUP })
    // Labels quote the evidence, and the nudge shows up with it: all of it text.
    expect(
      await panel.locator('[data-testid="utterance"][data-self="true"] .row-label').count(),
    ).toBeGreaterThan(0)
    const nudges = await waitFor(
      () => panel.getByTestId("nudge").count(),
      (count) => count > 0,
    )
    expect(nudges).toBeGreaterThan(0)
    expect(await injectedElements(panel)).toEqual([])
    expect(await panel.$$eval('[data-testid="nudge"] :is(img, script, b)', (nodes) => nodes.length)).toBe(0)
    expect(incidents).toEqual([])
  })

  it("keeps a speaker name that is HTML as text", async () => {
    await say(meeting, "<b>Eve</b>", "Hello from the security team.")
    const row = await finalRow(panel, "security team")
    expect(row).toMatchObject({ speaker: "<b>Eve</b>", self: false, verdict: "neutral" })
    const shownName = await panel
      .locator('[data-testid="utterance"][data-speaker="<b>Eve</b>"] .row-speaker')
      .textContent()
    expect(shownName).toBe("<b>Eve</b>")
    expect(await injectedElements(panel)).toEqual([])
  })

  it("caps a 20,000-character caption and stays responsive while it is captioned", async () => {
    const words = Array.from({ length: 2_400 }, (_, i) => `word${i}x`)
    const text = `Longcaption ${words.join(" ")}.`
    expect(text.length).toBeGreaterThan(20_000)
    const saying = sayQuickly(meeting, "Dana Lee", text, 1)
    // The panel answers while the caption floods in: its slowest round trip stays short.
    const roundTrips: number[] = []
    let done = false
    void saying.then(() => (done = true))
    while (!done) {
      const started = Date.now()
      await panel.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)))
      roundTrips.push(Date.now() - started)
      await pause(100)
    }
    await saying
    const row = await finalRow(panel, "Longcaption")
    expect(row?.text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH)
    expect(row?.text.length).toBeGreaterThan(MAX_TEXT_LENGTH - 20)
    expect(row?.text.startsWith("Longcaption word0x word1x")).toBe(true)
    expect(Math.max(...roundTrips)).toBeLessThan(1_000)
    recordFigure(
      "hostile.long-caption",
      `20,000-character caption: capped to ${MAX_TEXT_LENGTH} characters; side panel round trips while it floods in`,
      `slowest ${Math.max(...roundTrips)} ms of ${roundTrips.length}`,
    )
  })

  it("drops zero-width and control characters", async () => {
    await say(
      meeting,
      "Dana Lee",
      "Zero\u200bwidth and join\u2060ers with a bell\u0007, a nul\u0000 and a \u202eflip inside.",
    )
    const row = await finalRow(panel, "inside")
    expect(row?.text).toBe("Zerowidth and joiners with a bell, a nul and a flip inside.")
  })

  it("keeps emoji exactly", async () => {
    const text = "Sounds great 👍🏽 see you Thursday 🎉 from Berlin 🇩🇪 with the 👨‍👩‍👧 ok."
    await say(meeting, "Dana Lee", text)
    expect((await finalRow(panel, "Thursday"))?.text).toBe(text)
  })

  it("keeps Arabic and Hebrew text and names exactly", async () => {
    const arabic = "نحن نحتاج إلى خطة أفضل للتسليم."
    const hebrew = "אנחנו צריכים תוכנית טובה יותר."
    await say(meeting, "ليلى حداد", arabic)
    await say(meeting, "דנה לוי", hebrew)
    expect(await finalRow(panel, "خطة")).toMatchObject({ speaker: "ليلى حداد", self: false, text: arabic })
    expect(await finalRow(panel, "תוכנית")).toMatchObject({ speaker: "דנה לוי", self: false, text: hebrew })
  })

  it("makes no line of an empty or blank caption", async () => {
    const before = (await shownUtterances(panel)).length
    await say(meeting, "Dana Lee", "", { keepLive: true })
    await say(meeting, "Dana Lee", "   ", { keepLive: true })
    await pause(4_000)
    expect((await shownUtterances(panel)).length).toBe(before)
  })

  it("makes one line of a block whose speaker flips every 50 ms, owned by the last name shown", async () => {
    const text = "we were founded in 2009 and we are the leading provider of route planning"
    const last = await flip(meeting, "You", "Dana Lee", text, 41)
    expect(last).toBe("Dana Lee")
    const row = await finalRow(panel, "route planning")
    const rows = (await shownUtterances(panel)).filter((candidate) =>
      candidate.text.includes("route planning"),
    )
    expect(rows).toHaveLength(1)
    // The client's words are never judged, even after they were briefly shown as the seller's.
    expect(row).toMatchObject({ speaker: "Dana Lee", self: false, verdict: "neutral" })
  })

  it("still captures a normal line afterwards, and nothing crashed or alerted", async () => {
    await say(meeting, "You", "Who else on your team feels it first when a delivery slips?")
    expect(await finalRow(panel, "delivery slips")).toMatchObject({ speaker: "You", self: true })
    expect(incidents).toEqual([])
  })

  it("escapes the markup in the popup and its Markdown export", async () => {
    await meeting.evaluate(() => (window as unknown as { __fixture: { leave(): void } }).__fixture.leave())
    await waitFor(
      () => captureState(panel),
      (state) => state === "ended",
    )
    const popup = await browser.openPopup()
    watch(popup, "popup")
    await popup.getByTestId("summary").waitFor()
    expect(await popup.$$eval("body :is(img, script:not([src]), iframe)", (nodes) => nodes.length)).toBe(0)
    const [download] = await Promise.all([
      popup.waitForEvent("download"),
      popup.getByTestId("export-markdown").click(),
    ])
    const markdown = readFileSync((await download.path()) ?? "", "utf8")
    expect(markdown).toContain("&lt;img src=x onerror=alert(1)&gt;")
    expect(markdown).toContain("&lt;script&gt;alert(2)&lt;/script&gt;")
    expect(markdown).toContain("**&lt;b&gt;Eve&lt;/b&gt;**")
    expect(markdown).not.toMatch(/<(?:img|script|b)\b/i)
    expect(incidents).toEqual([])
  })
})

describe("a meeting page talking to the extension", () => {
  let browser: ExtensionBrowser
  afterAll(async () => browser?.close())

  it("has no runtime to message us, and posted fake capture messages change nothing", async () => {
    browser = await launchExtension({ fixtures: SAY })
    await browser.setSettings({ autoEnableCaptions: false })
    const meeting = await browser.openMeeting(MEETING_URL)
    const panel = await browser.openSidePanel()
    await startFixture(meeting)
    await say(meeting, "Dana Lee", "Thanks for joining today.")
    await waitFor(
      () => shownUtterances(panel),
      (rows) => rows.some((row) => row.final),
    )

    // From the page's main world: no chrome.runtime (no externally_connectable), or it refuses.
    const reach = await meeting.evaluate(async (extensionId) => {
      const runtime = (window as unknown as { chrome?: { runtime?: Record<string, unknown> } }).chrome
        ?.runtime
      if (typeof runtime?.sendMessage !== "function") return "no runtime messaging"
      try {
        await (runtime.sendMessage as (id: string, message: object) => Promise<unknown>)(extensionId, {
          kind: "delete-all",
        })
        return "delivered"
      } catch {
        return "refused"
      }
    }, browser.extensionId)
    expect(["no runtime messaging", "refused"]).toContain(reach)

    const options = await browser.openOptions()
    const everything = () => options.evaluate(() => chrome.storage.local.get(null))
    const stored = await everything()
    const callId =
      Object.keys(stored)
        .find((key) => key.endsWith("/meta"))
        ?.split("/")[1] ?? ""
    expect(callId).not.toBe("")

    // The page knows the call id scheme? Assume the worst: it posts well-formed messages with the real id.
    await meeting.evaluate((id) => {
      const update = {
        callId: id,
        id: `${id}:999`,
        speaker: "You",
        self: true,
        start: 1,
        end: 2,
        revision: 99,
        final: true,
      }
      const fakes = [
        {
          kind: "utterances",
          seq: 1,
          callId: id,
          updates: [{ ...update, text: "FORGED let me walk you through our deck" }],
        },
        { kind: "call-ended", seq: 2, callId: id, reason: "left", at: Date.now() },
        { kind: "delete-all" },
        {
          name: "one-up-capture",
          message: { kind: "call-ended", seq: 3, callId: id, reason: "left", at: 0 },
        },
      ]
      for (let round = 0; round < 250; round += 1) {
        for (const fake of fakes) {
          window.postMessage(fake, "*")
          window.postMessage(JSON.stringify(fake), "*")
          document.dispatchEvent(new CustomEvent("one-up-capture", { detail: fake }))
        }
      }
    }, callId)
    await pause(2_000)
    expect(await everything()).toEqual(stored)
    expect((await shownUtterances(panel)).some((row) => row.text.includes("FORGED"))).toBe(false)
    expect(await captureState(panel)).toBe("capturing")
  })
})
