// After the call: the popup shows the ended call's summary, exports a Call JSON that the scoring
// command reads back to the same verdicts, lists the call in history, and deletes it.
import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { CallJson } from "../../src/core/types"
import type { CallIndexEntry, CallMeta } from "../../src/session/call-types"
import { STORAGE_KEYS } from "../../src/state/storage-keys"
import { launchExtension, type ExtensionBrowser } from "../helpers/extension"
import { fixtureDone, leaveFixture, startFixture } from "../helpers/fixture-page"
import { captureState, metricValue, waitFor } from "../helpers/panel"
import { ROOT } from "../helpers/paths"

describe("popup after a call", () => {
  let browser: ExtensionBrowser
  let meta: CallMeta
  const downloads = mkdtempSync(join(tmpdir(), "one-up-downloads-"))

  beforeAll(async () => {
    browser = await launchExtension({ fixtures: { "https://meet.google.com/": "meet-2026" } })
    await browser.setSettings({ autoEnableCaptions: false })
    const meeting = await browser.openMeeting("https://meet.google.com/abc-defg-hij?speed=5")
    const panel = await browser.openSidePanel()
    await startFixture(meeting)
    await fixtureDone(meeting)
    await leaveFixture(meeting)
    await waitFor(
      () => captureState(panel),
      (state) => state === "ended",
    )
    const index = (await browser.readStorage([STORAGE_KEYS.callIndex]))[
      STORAGE_KEYS.callIndex
    ] as CallIndexEntry[]
    const key = STORAGE_KEYS.callMeta(index[0]?.callId ?? "")
    meta = (await browser.readStorage([key]))[key] as CallMeta
  })
  afterAll(async () => browser?.close())

  it("shows the ended call's summary with the stored metrics", async () => {
    const popup = await browser.openPopup()
    const summary = popup.getByTestId("summary")
    await summary.waitFor()
    expect(await summary.getByTestId("metric-score").getAttribute("data-value")).toBe(
      String(meta.summary.score ?? ""),
    )
    expect(Number(await summary.getByTestId("metric-talk-ratio").getAttribute("data-value"))).toBeCloseTo(
      meta.summary.talkRatio.self,
      3,
    )
    expect(await metricValue(popup, "metric-questions")).toBe(String(meta.summary.questions.self))
    expect(meta.summary.questions.self).toBeGreaterThan(0)
    expect(await popup.getByTestId("focus-point").count()).toBe(3)
    await popup.close()
  })

  it("exports a Call JSON that the scoring command re-scores to the same verdicts", async () => {
    const popup = await browser.openPopup()
    const [download] = await Promise.all([
      popup.waitForEvent("download"),
      popup.getByTestId("export-json").click(),
    ])
    const file = join(downloads, download.suggestedFilename())
    await download.saveAs(file)
    const exported = JSON.parse(readFileSync(file, "utf8")) as CallJson
    expect(exported.format).toBe("one-up-coach/call@1")
    expect(exported.platform).toBe("meet")
    expect(exported.utterances.length).toBe(meta.utteranceCount)

    const rescored = JSON.parse(
      execFileSync("npx", ["tsx", "src/cli/score.ts", file, "--format", "json"], {
        cwd: ROOT,
        encoding: "utf8",
      }),
    ) as CallJson
    expect(rescored.utterances.map((u) => [u.id, u.verdict, u.question])).toEqual(
      exported.utterances.map((u) => [u.id, u.verdict, u.question]),
    )
    expect(rescored.summary.score).toBe(exported.summary.score)

    const [markdown] = await Promise.all([
      popup.waitForEvent("download"),
      popup.getByTestId("export-markdown").click(),
    ])
    const markdownFile = join(downloads, markdown.suggestedFilename())
    await markdown.saveAs(markdownFile)
    expect(readFileSync(markdownFile, "utf8")).toContain("Hi Dana")
    await popup.close()
  })

  it("lists the call in history and deletes it", async () => {
    const popup = await browser.openPopup()
    await popup.getByTestId("history-item").first().waitFor()
    expect(await popup.getByTestId("history-item").count()).toBe(1)
    await popup
      .getByTestId("history-item")
      .getByRole("button", { name: /Delete the call/ })
      .click()
    await popup.getByRole("button", { name: "Delete", exact: true }).click()
    await popup.getByTestId("history-empty").waitFor()
    expect(await popup.getByTestId("history-item").count()).toBe(0)
    const index = (await browser.readStorage([STORAGE_KEYS.callIndex]))[
      STORAGE_KEYS.callIndex
    ] as CallIndexEntry[]
    expect(index).toEqual([])
    const metaKey = STORAGE_KEYS.callMeta(meta.callId)
    expect(await browser.readStorage([metaKey, STORAGE_KEYS.callChunk(meta.callId, 0)])).toEqual({})
  })
})
