import { describe, expect, it } from "vitest"
import type { CaptureState } from "../../../src/capture/types"
import { reportHref, statusHelp } from "../../../src/ui/sidepanel/status-help"

describe("statusHelp", () => {
  it("is idle with the join hint when there is no call", () => {
    for (const help of [statusHelp(null), statusHelp({ state: "idle", platform: "meet" })]) {
      expect(help.state).toBe("idle")
      expect(help.lines).toContain("Join a Google Meet, Zoom or Teams call in this window")
    }
  })

  it("says how to turn captions on, for the call's platform only", () => {
    const meet = statusHelp({ state: "captions-off", platform: "meet" })
    expect(meet.tone).toBe("warn")
    expect(meet.steps).toHaveLength(1)
    expect(meet.steps[0]?.how).toMatch(/CC button.*press c/)
    expect(statusHelp({ state: "captions-off", platform: "zoom" }).steps[0]?.how).toMatch(/Show Captions/)
    expect(statusHelp({ state: "captions-off", platform: "teams" }).steps[0]?.how).toMatch(
      /More > Language and speech > Show live captions/,
    )
  })

  it("lists every platform's steps when the platform is not a meeting site", () => {
    expect(statusHelp({ state: "captions-off", platform: "file" }).steps.map((s) => s.platform)).toEqual([
      "Google Meet",
      "Zoom",
      "Microsoft Teams",
    ])
  })

  it("names the platform and promises privacy while capturing", () => {
    const help = statusHelp({ state: "capturing", platform: "teams" })
    expect(help.tone).toBe("ok")
    expect(help.title).toContain("Microsoft Teams")
    expect(help.lines).toContain("Captions are being read; nothing leaves this browser")
  })

  it("explains a page change and offers a mailto report with the detail, no web request", () => {
    const help = statusHelp({ state: "not-found", platform: "zoom", detail: "no subtitle container" })
    expect(help.lines).toContain("The meeting page changed and its captions can't be read.")
    expect(help.report?.href.startsWith("mailto:")).toBe(true)
    expect(decodeURIComponent(help.report?.href ?? "")).toContain("no subtitle container")
    expect(decodeURIComponent(reportHref({ state: "not-found", platform: "zoom" }))).toContain("Zoom")
  })

  it("points to the summary once the call ended", () => {
    const help = statusHelp({ state: "ended", platform: "meet" })
    expect(help.title).toBe("Call ended")
    expect(help.lines).toContain("Open the summary from the toolbar button")
  })

  it("only offers steps and a report where they apply", () => {
    const states: CaptureState[] = ["idle", "captions-off", "capturing", "not-found", "ended"]
    const withSteps = states.filter((state) => statusHelp({ state, platform: "meet" }).steps.length > 0)
    const withReport = states.filter((state) => statusHelp({ state, platform: "meet" }).report !== null)
    expect(withSteps).toEqual(["captions-off"])
    expect(withReport).toEqual(["not-found"])
  })
})
