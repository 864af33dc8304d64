/**
 * The controller on the 2026 pages: caption state from the toggle (Zoom's wrapper that exists
 * either way is not "captions on"), auto-enable through the page's own toggle (Teams guests: via
 * More › Language and speech) once per call, a call that survives its leave control vanishing for
 * a moment and ends at once on the platform's end screen.
 */
import { afterEach, describe, expect, it } from "vitest"
import { runCapture, type CaptureRun } from "./capture-run"

let run: CaptureRun | null = null
afterEach(async () => {
  await run?.close()
  run = null
})

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const frameDoc = (current: CaptureRun) =>
  current.page.document.querySelector("iframe")?.contentDocument ?? current.page.document

describe("Zoom with captions off and the subtitle wrapper in the page", () => {
  it("says captions-off, not not-found, for as long as captions stay off", async () => {
    run = await runCapture("zoom-2026-overlay", "https://acme.zoom.us/wc/4455/join", {
      autoEnableCaptions: false,
      notFoundAfterMs: 300,
    })
    await pause(900)
    expect(frameDoc(run).querySelector(".lt-subtitle-wrap")).not.toBeNull()
    expect(run.statuses.map((status) => status.state)).toEqual(["captions-off"])
    expect(run.page.fixture.captionsOn).toBe(false)
  }, 30_000)

  it("presses Show Captions once (not the captions menu) and captures the call from captions-off to ended", async () => {
    run = await runCapture("zoom-2026-overlay", "https://zoom.us/wc/4455/join")
    const current = run
    const buttons = [...frameDoc(current).querySelectorAll("#captions button")]
    const presses = buttons.map(() => 0)
    buttons.forEach((button, index) =>
      button.addEventListener("click", () => (presses[index] = (presses[index] ?? 0) + 1)),
    )
    await current.page.fixture.done
    current.page.fixture.leave()
    await current.waitFor(() => current.calls.some((call) => call.startsWith("ended")))
    expect(presses).toEqual([1, 0])
    expect(current.utterances()).toEqual(current.page.fixture.expected)
    expect(current.utterances()).toHaveLength(12)
    // captions-off → capturing → ended; the fixture's own off/on mid-call may show captions-off again.
    const states = current.statuses.map((status) => status.state)
    expect(states[0]).toBe("captions-off")
    expect(states[1]).toBe("capturing")
    expect(states.at(-1)).toBe("ended")
    expect(states).not.toContain("not-found")
  }, 30_000)
})

describe("Teams guests: the toggle is only in More › Language and speech", () => {
  it("opens the menus, presses the toggle once, and captures the call", async () => {
    run = await runCapture(
      "teams-2026-toggle",
      "https://teams.microsoft.com/light-meetings/launch?variant=guest",
      {
        myNames: ["Sam Rivera"],
        leaveGraceMs: 2500,
      },
    )
    const current = run
    const pressed: string[] = []
    current.page.document.addEventListener(
      "click",
      (event) => pressed.push((event.target as Element).id),
      true,
    )
    await current.waitFor(() => current.page.fixture.captionsOn)
    await current.page.fixture.done
    current.page.fixture.leave()
    await current.waitFor(() => current.calls.some((call) => call.startsWith("ended")))
    expect(current.utterances()).toEqual(current.page.fixture.expected)
    expect(current.calls).toEqual([expect.stringMatching(/^started /), "ended left"])
    // More, Language and speech, then the toggle: once each, and nothing after that.
    expect(pressed).toEqual([
      "callingButtons-showMoreBtn",
      "LanguageSpeechMenuControl-id",
      "closed-captions-button",
    ])
  }, 30_000)
})

describe("leaving", () => {
  it("does not end the call when the leave control vanishes for a moment (a toolbar re-render)", async () => {
    run = await runCapture("teams-2026-toggle", "https://teams.live.com/v2/", {
      autoEnableCaptions: false,
      leaveGraceMs: 1000,
    })
    const current = run
    await current.waitFor(() => current.calls.length === 1)
    const leave = current.page.document.querySelector('[data-tid="hangup-main-btn"]')
    const toolbar = leave?.parentElement
    if (!leave || !toolbar) throw new Error("no leave control")
    leave.remove()
    await pause(400)
    toolbar.append(leave)
    await pause(1200)
    expect(current.calls).toEqual([expect.stringMatching(/^started /)])
    leave.remove()
    await current.waitFor(() => current.calls.length === 2)
    expect(current.calls[1]).toBe("ended left")
  }, 30_000)

  it("ends at once on the platform's own end screen, without waiting out the grace period", async () => {
    run = await runCapture("meet-2026-live", "https://meet.google.com/liv-abcd-xyz", { leaveGraceMs: 60_000 })
    const current = run
    await current.page.fixture.done
    current.page.fixture.leave()
    await current.waitFor(() => current.calls.length === 2, 2000)
    expect(current.calls[1]).toBe("ended left")
    expect(current.utterances()).toEqual(current.page.fixture.expected)
  }, 30_000)
})
