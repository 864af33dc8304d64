/**
 * The controller against every fixture page, in happy-dom: the page replays its scripted call
 * and what capture reports must be exactly the fixture's expected utterances, with the status
 * and call lifecycle a user would see.
 */
import { afterEach, describe, expect, it } from "vitest"
import { runCapture, type CaptureRun } from "./capture-run"

interface FixtureCase {
  folder: string
  url: string
  era: string
  /** The options page's name, for pages that show no "You" and no self name. */
  myNames?: string[]
  leaveGraceMs?: number
}

const FIXTURES: FixtureCase[] = [
  { folder: "meet-2026", url: "https://meet.google.com/abc-defg-hij", era: "meet-structure" },
  { folder: "meet-de-2026", url: "https://meet.google.com/dez-abcd-xyz", era: "meet-structure" },
  { folder: "meet-2024-spans", url: "https://meet.google.com/spn-abcd-xyz", era: "meet-structure" },
  { folder: "meet-pre-nov-2024", url: "https://meet.google.com/old-abcd-xyz", era: "meet-structure" },
  { folder: "zoom-2026", url: "https://app.zoom.us/wc/123/join", era: "zoom-2026" },
  { folder: "zoom-2024-box", url: "https://app.zoom.us/wc/123/join", era: "zoom-2024-box" },
  { folder: "teams-2026", url: "https://teams.microsoft.com/v2/", era: "teams-2026" },
  { folder: "meet-2026-live", url: "https://meet.google.com/liv-abcd-xyz", era: "meet-structure" },
  { folder: "zoom-2026-overlay", url: "https://acme.zoom.us/wc/4455/join", era: "zoom-2026" },
  // Its toolbar re-renders mid-call with Leave gone for 1.5 s: the call must survive that.
  {
    folder: "teams-2026-toggle",
    url: "https://teams.live.com/v2/",
    era: "teams-2026",
    myNames: ["Sam Rivera"],
    leaveGraceMs: 2500,
  },
]

let run: CaptureRun | null = null
afterEach(async () => {
  await run?.close()
  run = null
})

/** Clicks on the page's own captions button (Zoom: inside the meeting frame). */
function countCaptionClicks(current: CaptureRun): () => number {
  let clicks = 0
  const frame = current.page.document.querySelector("iframe")
  const doc = frame?.contentDocument ?? current.page.document
  doc.querySelector('[data-fixture="captions-button"]')?.addEventListener("click", () => clicks++)
  return () => clicks
}

describe.each(FIXTURES)("capture on $folder", ({ folder, url, era, myNames, leaveGraceMs }) => {
  it("reports exactly the expected utterances, final, then ends the call when the user leaves", async () => {
    run = await runCapture(folder, url, { myNames, leaveGraceMs })
    const current = run
    // Teams' captions toggle sits in a menu, so there is no button to press: the user turns them on.
    if (folder.startsWith("teams")) await current.page.fixture.start()
    await current.page.fixture.done
    current.page.fixture.leave()
    await current.waitFor(() => current.calls.some((call) => call.startsWith("ended")))

    expect(current.utterances()).toEqual(current.page.fixture.expected)
    expect(current.latest().every((update) => update.final)).toBe(true)
    expect(current.calls).toEqual([expect.stringMatching(/^started /), "ended left"])
    const states = current.statuses.map((status) => status.state)
    expect(states[0]).toBe("captions-off")
    expect(states).toContain("capturing")
    expect(states.at(-1)).toBe("ended")
    expect(current.statuses.find((status) => status.state === "capturing")?.detail).toBe(era)
    expect(current.errors).toEqual([])
  }, 30_000)
})

describe("capture lifecycle", () => {
  it("presses the page's captions button once, and not again after captions were turned off and on", async () => {
    run = await runCapture("meet-2026", "https://meet.google.com/abc-defg-hij")
    const clicks = countCaptionClicks(run)
    await run.page.fixture.done
    expect(clicks()).toBe(1)
    // The user turns captions off: capture says so and does not fight back.
    run.page.document.querySelector<HTMLElement>('[data-fixture="captions-button"]')?.click()
    await run.waitFor(() => run?.statuses.at(-1)?.state === "captions-off")
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(clicks()).toBe(2)
    expect(run.page.fixture.captionsOn).toBe(false)
  }, 30_000)

  it("never presses the button when captions were already on (another extension got there first)", async () => {
    let clicks = () => 0
    run = await runCapture("meet-2026", "https://meet.google.com/abc-defg-hij", {}, (page) => {
      void page.fixture.start()
      clicks = countCaptionClicks({ page } as CaptureRun)
    })
    await run.page.fixture.done
    expect(clicks()).toBe(0)
    expect(run.utterances()).toEqual(run.page.fixture.expected)
  }, 30_000)

  it("leaves captions alone when the auto-enable setting is off", async () => {
    run = await runCapture("zoom-2026", "https://app.zoom.us/wc/123/join", { autoEnableCaptions: false })
    const clicks = countCaptionClicks(run)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(clicks()).toBe(0)
    expect(run.page.fixture.captionsOn).toBe(false)
    expect(run.statuses.map((status) => status.state)).toEqual(["captions-off"])
  }, 30_000)

  it("says not-found when captions are on but the caption DOM is unknown", async () => {
    run = await runCapture("unknown-structure", "https://meet.google.com/unk-nown-xyz", {
      notFoundAfterMs: 500,
    })
    const current = run
    await current.waitFor(() => current.statuses.some((status) => status.state === "not-found"))
    expect(current.page.fixture.captionsOn).toBe(true)
    expect(current.statuses.map((status) => status.state)).toEqual(["captions-off", "not-found"])
    expect(current.updates).toEqual([])
    expect(current.page.fixture.expectedStatus).toBe("not-found")
  }, 30_000)

  it("ends the call when Zoom moves the user to a breakout room, and starts a new one after", async () => {
    run = await runCapture("zoom-2026", "https://app.zoom.us/wc/123/join")
    const current = run
    await current.page.fixture.done
    current.page.fixture.breakout?.()
    await current.waitFor(() => current.calls.length >= 3)
    expect(current.calls).toEqual([
      expect.stringMatching(/^started /),
      "ended breakout",
      expect.stringMatching(/^started /),
    ])
    expect(current.utterances()).toEqual(current.page.fixture.expected)
  }, 30_000)

  it("ends the call with tab-closed when the page is hidden for good", async () => {
    run = await runCapture("teams-2026", "https://teams.microsoft.com/v2/")
    const current = run
    await current.waitFor(() => current.controller.callId !== null)
    const event = new current.page.window.Event("pagehide") as unknown as Event
    Object.defineProperty(event, "persisted", { value: false })
    current.page.window.dispatchEvent(event as never)
    expect(current.calls).toEqual([expect.stringMatching(/^started /), "ended tab-closed"])
    expect(current.statuses.at(-1)?.state).toBe("ended")
  }, 30_000)
})
