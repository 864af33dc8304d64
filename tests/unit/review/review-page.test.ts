// @vitest-environment happy-dom
// The review page's React components over a fake extension: picking files asks who the seller
// is and shows the stored review with the popup's test ids; rehearsal lines carry the contract's
// attributes; corrections can be made under moments and are listed, exported and deleted.
import { act, createElement } from "react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { createCorrectionsStore, CORRECTIONS_KEY, type Correction } from "../../../src/state/corrections"
import { Corrections } from "../../../src/ui/options/Corrections"
import { History } from "../../../src/ui/popup/History"
import { SummaryView, type SummaryViewProps } from "../../../src/ui/popup/SummaryView"
import { REHEARSE_DEBOUNCE_MS } from "../../../src/ui/review/Rehearse"
import { REVIEW_KEYS } from "../../../src/ui/review/review-storage"
import { ReviewPage } from "../../../src/ui/review/ReviewPage"
import { FileJobs } from "../../../src/ui/review/FileJobs"
import { waitingJob, type FileJob } from "../../../src/ui/review/review-queue"
import { indexEntry, sampleMeta, sampleUtterances } from "../popup/fixtures"
import { click, render, settle, type Rendered } from "../popup/render"
import { fakeReviewEnv, sharedStorage } from "./fake-env"

// happy-dom changes import.meta.url; the tests run from the repository root.
const fixtures = join(process.cwd(), "tests/fixtures/transcripts/")

let rendered: Rendered | null = null
afterEach(() => {
  rendered?.unmount()
  rendered = null
})

async function pickFiles(input: HTMLElement, files: File[]) {
  Object.defineProperty(input, "files", { value: files, configurable: true })
  await act(async () => {
    input.dispatchEvent(new Event("change", { bubbles: true }))
  })
}

/** Types into a React-controlled field (React reads the value through the native setter). */
async function typeInto(field: HTMLElement, value: string) {
  const proto =
    field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, "value")?.set?.call(field, value)
    field.dispatchEvent(new Event("input", { bubbles: true }))
  })
}

async function choose(select: HTMLElement, value: string) {
  await act(async () => {
    ;(select as HTMLSelectElement).value = value
    select.dispatchEvent(new Event("change", { bubbles: true }))
  })
}

const nudgesIn = (line: HTMLElement | undefined) =>
  Array.from(line?.querySelectorAll<HTMLElement>('[data-testid="nudge"]') ?? [])

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 300 && !check(); i++)
    await act(async () => new Promise((resolve) => setTimeout(resolve, 10)))
  if (!check()) throw new Error(`timed out waiting for ${what}`)
}

describe("ReviewPage", () => {
  it("asks for the seller, then shows the stored review with the popup's metrics", async () => {
    const { env, data, importCall } = fakeReviewEnv()
    rendered = await render(createElement(ReviewPage, { env }))
    const { one, byTestId } = rendered
    const file = new File([readFileSync(`${fixtures}discovery-call.teams.vtt`)], "discovery-call.teams.vtt")
    await pickFiles(one("review-file"), [file])
    await until(() => byTestId("review-speaker-option").length > 0, "the seller question")
    const options = byTestId("review-speaker-option")
    expect(options.map((option) => option.dataset.speaker)).toEqual(["Sam Carter", "Dana Reyes"])
    expect(options[0]?.textContent).toMatch(/\d+% of the talk/)

    await click(options[0] as HTMLElement)
    await until(() => byTestId("summary").length === 1, "the summary")
    expect(importCall).toHaveBeenCalledOnce()
    const call = importCall.mock.calls[0]?.[0]
    const summary = one("summary")
    expect(one("metric-score", summary).dataset.value).toBe(String(call?.summary.score ?? ""))
    expect(one("metric-questions", summary).dataset.value).toBe(String(call?.summary.questions.self))
    expect(one("metric-talk-ratio", summary).dataset.value).toBe(String(call?.summary.talkRatio.self))
    expect(data[REVIEW_KEYS.sellerNames]).toEqual(["Sam Carter"])
    expect(byTestId("review-speaker-option")).toHaveLength(0)
    expect(byTestId("review-job")[0]?.dataset.state).toBe("done")
  })

  it("names a refused file in its error and keeps the page's other work", async () => {
    const { env, importCall } = fakeReviewEnv()
    rendered = await render(createElement(ReviewPage, { env }))
    const { one, byTestId } = rendered
    await pickFiles(one("review-file"), [
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])], "photo.png"),
    ])
    await until(() => byTestId("review-error").length === 1, "the error")
    const error = one("review-error")
    expect(error.dataset.file).toBe("photo.png")
    expect(error.textContent).toBe(
      "Could not review “photo.png”: file looks binary (it contains NUL bytes), not a transcript.",
    )
    expect(importCall).not.toHaveBeenCalled()
  })

  it("judges rehearsed lines after a pause in typing, with nudges for each label", async () => {
    const { env } = fakeReviewEnv()
    rendered = await render(createElement(ReviewPage, { env }))
    const { one, byTestId } = rendered
    await typeInto(
      one("rehearse-input"),
      "we were founded in 2009 and we are the leading provider of fleet software\nsure, tuesday works",
    )
    expect(byTestId("rehearse-line")).toHaveLength(0)
    await act(async () => new Promise((resolve) => setTimeout(resolve, REHEARSE_DEBOUNCE_MS + 50)))
    const lines = byTestId("rehearse-line")
    expect(lines.map((line) => line.dataset.verdict)).toEqual(["down", "neutral"])
    const nudges = nudgesIn(lines[0])
    expect(nudges.length).toBeGreaterThan(0)
    expect(nudges.every((nudge) => nudge.dataset.polarity === "down")).toBe(true)
    expect(nudges.map((nudge) => nudge.dataset.principle)).toContain("teach-models")
    expect(nudges[0]?.textContent).toContain("One-Up move:")
    expect(lines[0]?.querySelectorAll("mark").length).toBeGreaterThan(0)
    expect(nudgesIn(lines[1])).toHaveLength(0)
  })

  it("checks a drill answer and counts the principle's progress in storage", async () => {
    const { env, data } = fakeReviewEnv()
    rendered = await render(createElement(ReviewPage, { env }))
    const { one } = rendered
    await choose(one("drill-select"), "counsel-what-would-you-do")
    expect(one("drill-prompt").textContent).toContain("Which option would you pick in our place?")
    await typeInto(
      one("rehearse-input"),
      "My recommendation is to pilot with two teams first, because the rollout risk is lower.",
    )
    await click(one("drill-submit"))
    expect(one("drill-result").dataset.verdict).toBe("up")
    expect(data[REVIEW_KEYS.drillProgress]).toMatchObject({
      "counsel-what-would-you-do": { attempts: 1, lastVerdict: "up" },
    })
    await until(
      () =>
        document
          .querySelector('[data-testid="drill-progress"][data-principle="counsel"]')
          ?.getAttribute("data-passed") === "1",
      "the progress to update",
    )
  })
})

describe("FileJobs", () => {
  const job = (overrides: Partial<FileJob>): FileJob => ({
    ...waitingJob("file-1", "call.vtt"),
    ...overrides,
  })

  it("shows a progress bar while a file is judged, and a notes list when lines were left out", async () => {
    rendered = await render(
      createElement(FileJobs, {
        jobs: [
          job({
            state: "judging",
            done: 750,
            total: 3000,
            notes: ["2 parts of the file could not be read and were left out."],
          }),
        ],
        shownCallId: null,
        onChoose: vi.fn(),
        onSkip: vi.fn(),
        onShow: vi.fn(),
      }),
    )
    const progress = rendered.one("review-progress") as HTMLProgressElement
    expect([progress.getAttribute("value"), progress.getAttribute("max")]).toEqual(["750", "3000"])
    expect(rendered.container.textContent).toContain("2 parts of the file could not be read")
  })

  it("offers each speaker once and a way to leave the file out", async () => {
    const onChoose = vi.fn()
    const onSkip = vi.fn()
    const speakers = [
      { speaker: "Dana", words: 30, share: 0.6 },
      { speaker: "Sam", words: 20, share: 0.4 },
    ]
    rendered = await render(
      createElement(FileJobs, {
        jobs: [job({ state: "choosing", speakers })],
        shownCallId: null,
        onChoose,
        onSkip,
        onShow: vi.fn(),
      }),
    )
    const options = rendered.byTestId("review-speaker-option")
    expect(options.map((option) => [option.dataset.speaker, option.textContent])).toEqual([
      ["Dana", "Dana 60% of the talk"],
      ["Sam", "Sam 40% of the talk"],
    ])
    await click(options[1] as HTMLElement)
    expect(onChoose).toHaveBeenCalledWith("file-1", "Sam")
    const skip = Array.from(rendered.container.querySelectorAll("button")).find((b) =>
      b.textContent?.includes("leave this file out"),
    )
    await click(skip as HTMLElement)
    expect(onSkip).toHaveBeenCalledWith("file-1")
  })
})

describe("corrections in the summary", () => {
  async function renderSummary(onCorrect: SummaryViewProps["onCorrect"]) {
    const utterances = sampleUtterances()
    rendered = await render(
      createElement(SummaryView, {
        meta: sampleMeta(utterances),
        utterances,
        exporter: { download: vi.fn(), copy: vi.fn(async () => true) },
        rewriteFor: () => undefined,
        kicker: "Your last call",
        onCorrect,
      }),
    )
    return rendered
  }

  it("stores what the seller says a moment should be", async () => {
    const onCorrect = vi.fn(async () => true)
    const { byTestId, one } = await renderSummary(onCorrect)
    const moment = byTestId("moment-down")[0] as HTMLElement
    await click(one("correct-open", moment))
    await choose(one("correct-verdict", moment), "up")
    await choose(one("correct-principle", moment), "counsel")
    await typeInto(one("correct-why", moment), "this was advice")
    await click(one("correct-save", moment))
    expect(onCorrect).toHaveBeenCalledWith({
      callId: "call-1",
      utteranceId: expect.stringMatching(/^u\d+$/),
      self: true,
      text: expect.any(String),
      coach: { verdict: "down", principle: moment.dataset.principle, rule: expect.any(String) },
      gold: "up",
      principle: "counsel",
      why: "this was advice",
    })
    expect(byTestId("correct-saved")).toHaveLength(1)
  })

  it("offers no correction where the page cannot store one", async () => {
    rendered = await renderSummary(undefined)
    expect(rendered.byTestId("moment-down").length).toBeGreaterThan(0)
    expect(rendered.byTestId("correct-open")).toHaveLength(0)
  })
})

describe("popup history", () => {
  it("marks each call with its platform", async () => {
    const live = sampleMeta(sampleUtterances(), { callId: "live" })
    const imported = sampleMeta(sampleUtterances(), { callId: "imported", platform: "file" })
    rendered = await render(
      createElement(History, {
        entries: [indexEntry(imported), indexEntry(live)],
        shownId: null,
        onSelect: vi.fn(),
        onDelete: vi.fn(),
        onDeleteAll: vi.fn(),
      }),
    )
    expect(
      rendered.byTestId("history-item").map((item) => [item.dataset.callId, item.dataset.platform]),
    ).toEqual([
      ["imported", "file"],
      ["live", "meet"],
    ])
  })
})

describe("options: corrections", () => {
  it("lists corrections, exports them as JSON Lines and deletes one", async () => {
    const { storage, store } = sharedStorage()
    let clock = 1_000
    const corrections = createCorrectionsStore(
      store,
      () => (clock += 1),
      () => String(clock),
    )
    const base = {
      callId: "c",
      self: true,
      coach: { verdict: "down" as const, principle: "counsel" as const, rule: "counsel-feature-pitch" },
      why: "",
    }
    await corrections.add({
      ...base,
      utteranceId: "u1",
      text: "we can do whatever you need",
      gold: "neutral",
      principle: null,
    })
    await corrections.add({
      ...base,
      utteranceId: "u2",
      text: "I would pilot first",
      gold: "up",
      principle: "counsel",
    })
    const download = vi.fn()
    rendered = await render(
      createElement(Corrections, { storage, corrections, download, now: () => Date.UTC(2026, 4, 2) }),
    )
    const { byTestId, one } = rendered
    expect(byTestId("correction-item").map((item) => item.dataset.gold)).toEqual(["up", "neutral"])

    await click(one("corrections-export"))
    expect(download).toHaveBeenCalledOnce()
    const [fileName, text] = download.mock.calls[0] as [string, string]
    expect(fileName).toBe("one-up-corrections-2026-05-02.jsonl")
    expect(
      text
        .trimEnd()
        .split("\n")
        .map((line) => (JSON.parse(line) as Correction).text),
    ).toEqual(["we can do whatever you need", "I would pilot first"])

    await click(one("correction-delete", byTestId("correction-item")[0]))
    await click(one("correction-delete-confirm"))
    await settle()
    expect(byTestId("correction-item").map((item) => item.dataset.gold)).toEqual(["neutral"])
    expect(((await store.get([CORRECTIONS_KEY]))[CORRECTIONS_KEY] as Correction[]).length).toBe(1)
  })
})
