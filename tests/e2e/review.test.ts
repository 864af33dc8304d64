// The review page in real Chromium: a WebVTT imported through `review-file` is judged in the page
// exactly as `npm run score` judges it, stored as an imported call the popup lists; bad files get
// one sentence and change nothing; rehearsal lines are judged as they are typed; a correction of
// the coach is stored and exported (contracts.md §5).
import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { CallJson } from "../../src/core/types"
import type { CallIndexEntry } from "../../src/session/call-types"
import { STORAGE_KEYS } from "../../src/state/storage-keys"
import { launchExtension, type ExtensionBrowser } from "../helpers/extension"
import { ROOT } from "../helpers/paths"
import { storedCall } from "../helpers/stored-call"

const TRANSCRIPTS = join(ROOT, "tests/fixtures/transcripts")
const TEAMS_VTT = join(TRANSCRIPTS, "discovery-call.teams.vtt")
const ZOOM_VTT = join(TRANSCRIPTS, "discovery-call.zoom.vtt")
const BINARY = join(TRANSCRIPTS, "screenshot.png")
const SELLER = "Sam Carter"

function scoreWithCli(file: string, me: string): CallJson {
  const output = execFileSync("npx", ["tsx", "src/cli/score.ts", file, "--me", me, "--format", "json"], {
    cwd: ROOT,
    encoding: "utf8",
  })
  return JSON.parse(output) as CallJson
}

describe("review page", () => {
  let browser: ExtensionBrowser
  let review: Page
  const downloads = mkdtempSync(join(tmpdir(), "one-up-review-"))

  const historyIndex = async () =>
    ((await browser.readStorage([STORAGE_KEYS.callIndex]))[STORAGE_KEYS.callIndex] as
      CallIndexEntry[] | undefined) ?? []

  beforeAll(async () => {
    browser = await launchExtension()
    review = await browser.context.newPage()
    await review.goto(`chrome-extension://${browser.extensionId}/tabs/review.html`)
  })
  afterAll(async () => browser?.close())

  it("judges an imported WebVTT like the scoring command, after asking who the seller is", async () => {
    await review.getByTestId("review-file").setInputFiles(TEAMS_VTT)
    const options = review.getByTestId("review-speaker-option")
    await options.first().waitFor()
    const speakers = await options.evaluateAll((buttons) =>
      buttons.map((b) => b.getAttribute("data-speaker")),
    )
    expect([...speakers].sort()).toEqual(["Dana Reyes", SELLER])
    await review.locator(`[data-testid="review-speaker-option"][data-speaker="${SELLER}"]`).click()

    const summary = review.getByTestId("summary")
    await summary.waitFor()
    const cli = scoreWithCli(TEAMS_VTT, SELLER)
    expect(cli.summary.score).not.toBeNull()
    expect(await summary.getByTestId("metric-score").getAttribute("data-value")).toBe(
      String(cli.summary.score),
    )
    expect(Number(await summary.getByTestId("metric-talk-ratio").getAttribute("data-value"))).toBe(
      cli.summary.talkRatio.self,
    )
    expect(await summary.getByTestId("metric-questions").getAttribute("data-value")).toBe(
      String(cli.summary.questions.self),
    )

    // What the background stored is the command's call, line by line.
    const { meta, utterances } = await storedCall(browser)
    expect(meta.platform).toBe("file")
    expect(meta.endedAt).not.toBeNull()
    expect(meta.summary).toEqual(cli.summary)
    expect(utterances.map((u) => [u.id, u.self, u.verdict, u.labels.map((l) => l.rule)])).toEqual(
      cli.utterances.map((u) => [u.id, u.self, u.verdict, u.labels.map((l) => l.rule)]),
    )
  })

  it("lists the imported call in the popup's history with data-platform=file", async () => {
    const popup = await browser.openPopup()
    const item = popup.getByTestId("history-item")
    await item.first().waitFor()
    expect(await item.count()).toBe(1)
    expect(await item.first().getAttribute("data-platform")).toBe("file")
    expect(await popup.getByTestId("open-review").getAttribute("href")).toBe("/tabs/review.html")
    await popup.close()
  })

  it("refuses a binary file in one sentence, stores nothing for it, and still imports the rest of the batch", async () => {
    const before = await historyIndex()
    await review.getByTestId("review-file").setInputFiles([BINARY, ZOOM_VTT])
    const error = review.locator('[data-testid="review-error"][data-file="screenshot.png"]')
    await error.waitFor()
    expect(await error.textContent()).toMatch(/^Could not review “screenshot\.png”: .*binary.*\.$/)
    // The Zoom file names the same seller: remembered from the first file, so no question.
    await review.locator('[data-testid="review-job"][data-state="done"]').nth(1).waitFor()
    expect(await review.getByTestId("review-speaker-option").count()).toBe(0)
    const after = await historyIndex()
    expect(after.length).toBe(before.length + 1)
    expect(
      after.filter((row) => !before.some((old) => old.callId === row.callId)).map((row) => row.title),
    ).toEqual(["discovery-call.zoom"])
  })

  it("leaves history alone when the only file is binary", async () => {
    const before = await historyIndex()
    await review.getByTestId("review-file").setInputFiles(BINARY)
    await review.locator('[data-testid="review-error"][data-file="screenshot.png"]').nth(1).waitFor()
    expect(await historyIndex()).toEqual(before)
  })

  it("judges a rehearsed One-Down line as it is typed, with the One-Up move", async () => {
    await review
      .getByTestId("rehearse-input")
      .fill(
        "So a quick bit about us: we were founded in 2009 and we are the leading provider of fleet software.",
      )
    const line = review.getByTestId("rehearse-line").first()
    await line.waitFor()
    expect(await line.getAttribute("data-verdict")).toBe("down")
    const nudge = line.getByTestId("nudge").first()
    expect(await nudge.getAttribute("data-polarity")).toBe("down")
    expect(await nudge.getAttribute("data-principle")).toBe("teach-models")
    expect(await nudge.textContent()).toContain("One-Up move:")
  })

  it("stores a correction of the coach and exports it as a corpus line", async () => {
    const moment = review.getByTestId("moment-down").first()
    const text = await moment.locator(".moment-quote").textContent()
    await moment.getByTestId("correct-open").click()
    await moment.getByTestId("correct-verdict").selectOption("up")
    await moment.getByTestId("correct-principle").selectOption("counsel")
    await moment.getByTestId("correct-why").fill("I was giving advice here")
    await moment.getByTestId("correct-save").click()
    await moment.getByTestId("correct-saved").waitFor()

    const options = await browser.openOptions()
    const item = options.getByTestId("correction-item")
    await item.first().waitFor()
    expect(await item.count()).toBe(1)
    const [download] = await Promise.all([
      options.waitForEvent("download"),
      options.getByTestId("corrections-export").click(),
    ])
    const file = join(downloads, download.suggestedFilename())
    await download.saveAs(file)
    const lines = readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines).toHaveLength(1)
    expect(Object.keys(lines[0] ?? {})).toEqual([
      "id",
      "self",
      "speaker",
      "text",
      "gold",
      "principle",
      "style",
      "why",
    ])
    expect(lines[0]).toMatchObject({
      self: true,
      speaker: "You",
      gold: "up",
      principle: "counsel",
      why: "I was giving advice here",
    })
    expect(`“${String(lines[0]?.text)}”`).toBe(text)

    await item.getByTestId("correction-delete").click()
    await item.getByTestId("correction-delete-confirm").click()
    await options.getByTestId("corrections-empty").waitFor()
    await options.close()
  })

  it("sent nothing out of the browser while reviewing, rehearsing and correcting", () => {
    expect(browser.outsideRequests).toEqual([])
  })
})
