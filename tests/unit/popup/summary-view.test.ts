// @vitest-environment happy-dom
import { createElement } from "react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { validateCallJson } from "../../../src/core/call-json-validate"
import { coachingFocus } from "../../../src/metrics/focus"
import { PRINCIPLE_MOVES } from "../../../src/metrics/principle-moves"
import { summarizeCall } from "../../../src/metrics/summary"
import type { CallExporter } from "../../../src/ui/popup/popup-env"
import { SummaryView, type SummaryViewProps } from "../../../src/ui/popup/SummaryView"
import { liveUtterance, sampleMeta, sampleUtterances } from "./fixtures"
import { click, render, type Rendered } from "./render"

function fakeExporter(copyResult = true) {
  const downloads: { fileName: string; text: string; mimeType: string }[] = []
  const copies: string[] = []
  const exporter: CallExporter = {
    download: (fileName, text, mimeType) => void downloads.push({ fileName, text, mimeType }),
    copy: async (text) => {
      copies.push(text)
      return copyResult
    },
  }
  return { exporter, downloads, copies }
}

let rendered: Rendered | null = null
afterEach(() => {
  rendered?.unmount()
  rendered = null
})

async function renderSummary(overrides: Partial<SummaryViewProps> = {}) {
  const utterances = sampleUtterances()
  const fake = fakeExporter()
  const props: SummaryViewProps = {
    meta: sampleMeta(utterances),
    utterances,
    exporter: fake.exporter,
    rewriteFor: () => undefined,
    kicker: "Your last call",
    ...overrides,
  }
  rendered = await render(createElement(SummaryView, props))
  return { ...rendered, ...fake, props }
}

describe("SummaryView", () => {
  it("exposes the contract's data-testids with the summary's values", async () => {
    const { one, props } = await renderSummary()
    const summary = one("summary")
    const { score, talkRatio, questions } = props.meta.summary
    expect(score).toBeTypeOf("number")
    expect(one("metric-score", summary).dataset.value).toBe(String(score))
    expect(Number(one("metric-score", summary).dataset.value)).toBeGreaterThanOrEqual(0)
    expect(Number(one("metric-score", summary).dataset.value)).toBeLessThanOrEqual(100)
    expect(one("metric-talk-ratio", summary).dataset.value).toBe(String(talkRatio.self))
    expect(one("metric-questions", summary).dataset.value).toBe("3")
    expect(questions.self).toBe(3)
    expect(one("export-json", summary).tagName).toBe("BUTTON")
    expect(one("export-markdown", summary).tagName).toBe("BUTTON")
    expect(summary.textContent).toContain("Acme intake review")
    expect(one("metric-score").textContent).toContain("Mixed")
  })

  it("shows the top One-Down moments with the seller's words and a rewrite, and the One-Up moments", async () => {
    const { byTestId } = await renderSummary({
      rewriteFor: (rule) =>
        rule === "discovery-down-rule" ? "Ask about their last ten lost deals." : undefined,
    })
    const down = byTestId("moment-down")
    expect(down.map((li) => li.dataset.principle).sort()).toEqual([
      "discovery",
      "teach-models",
      "use-of-time",
    ])
    const story = down.find((li) => li.dataset.principle === "teach-models")
    expect(story?.textContent).toContain("We were founded in 2009 by two engineers")
    expect(story?.querySelector("mark")?.textContent).toBe("We were founded in 2009")
    // Without a rule suggestion the principle's move is the rewrite; with one, the rule's.
    expect(story?.textContent).toContain(PRINCIPLE_MOVES["teach-models"])
    expect(down.find((li) => li.dataset.principle === "discovery")?.textContent).toContain(
      "Ask about their last ten lost deals.",
    )
    const up = byTestId("moment-up")
    expect(up.map((li) => li.dataset.principle).sort()).toEqual(["compel-change", "counsel", "expertise"])
  })

  it("lists the three coaching focus points for the next call", async () => {
    const { byTestId, props } = await renderSummary()
    const points = byTestId("focus-point")
    const expected = coachingFocus(props.meta.summary, sampleUtterances())
    expect(points).toHaveLength(3)
    expect(points.map((p) => p.querySelector(".focus-title")?.textContent)).toEqual(
      expected.map((f) => f.title),
    )
  })

  it("shows every principle with its up and down counts, marking the unused ones", async () => {
    const { byTestId } = await renderSummary()
    const rows = byTestId("principle-row")
    expect(rows).toHaveLength(10)
    const expertise = rows.find((r) => r.dataset.principle === "expertise")
    expect([expertise?.dataset.up, expertise?.dataset.down]).toEqual(["1", "0"])
    const unused = rows.filter((r) => r.classList.contains("unused")).map((r) => r.dataset.principle)
    expect(unused).toContain("ask-what-they-know")
    expect(unused).not.toContain("counsel")
  })

  it("draws an accessible timeline with one mark per judged seller line", async () => {
    const { one } = await renderSummary()
    const svg = one("timeline")
    expect(svg.getAttribute("role")).toBe("img")
    expect(svg.getAttribute("aria-label")).toMatch(/3 One-Up and 3 One-Down/)
    expect(svg.querySelectorAll("polygon[data-polarity='down']")).toHaveLength(3)
    expect(svg.querySelectorAll("polygon[data-polarity='up']")).toHaveLength(3)
  })

  it("downloads a valid Call JSON and the Markdown report, and copies a summary", async () => {
    const { one, downloads, copies, container } = await renderSummary()
    await click(one("export-json"))
    expect(downloads).toHaveLength(1)
    expect(downloads[0]?.fileName).toMatch(/^one-up-call-\d{4}-\d{2}-\d{2}-\d{4}\.json$/)
    expect(downloads[0]?.mimeType).toBe("application/json")
    const parsed = validateCallJson(JSON.parse(downloads[0]?.text ?? ""))
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(parsed.call.utterances).toHaveLength(10)

    await click(one("export-markdown"))
    expect(downloads[1]?.fileName).toMatch(/\.md$/)
    expect(downloads[1]?.text).toContain("# One-Up call report: Acme intake review")

    await click(one("copy-summary"))
    expect(copies[0]).toMatch(/^One-Up call review: Acme intake review/)
    expect(copies[0]).toContain("Seller questions: 3")
    expect(container.querySelector(".copy-status")?.textContent).toBe("Copied")
  })

  it("says honestly when there was not enough conversation to score", async () => {
    const utterances = [
      liveUtterance("a", true, "Hi there.", 0, 2),
      liveUtterance("b", false, "Hello.", 2, 3),
    ]
    const meta = sampleMeta(utterances)
    expect(meta.summary).toEqual(summarizeCall(utterances))
    expect(meta.summary.score).toBeNull()
    const { one, byTestId } = await renderSummary({ meta, utterances })
    expect(one("metric-score").dataset.value).toBe("")
    expect(one("metric-score").textContent).toContain("Not enough conversation to score")
    expect(byTestId("moment-down")).toHaveLength(0)
    expect(one("summary").textContent).toContain("No One-Down moment in your lines.")
  })

  it("shows that copying failed instead of claiming success", async () => {
    const fake = fakeExporter(false)
    const spy = vi.spyOn(fake.exporter, "copy")
    const { one, container } = await renderSummary({ exporter: fake.exporter })
    await click(one("copy-summary"))
    expect(spy).toHaveBeenCalledOnce()
    expect(container.querySelector(".copy-status")?.textContent).toBe("Could not copy")
  })
})
