import { describe, expect, it } from "vitest"
import type { CallJson } from "../../../src/core/types"
import { summarizeCall } from "../../../src/metrics/summary"
import { renderMarkdown } from "../../../src/report/markdown"
import { client, label, seller, words } from "../metrics/build"

function call(utterances: CallJson["utterances"], title?: string): CallJson {
  return {
    format: "one-up-coach/call@1",
    platform: "meet",
    startedAt: "2026-11-20T15:00:00.000Z",
    endedAt: null,
    ...(title === undefined ? {} : { title }),
    utterances,
    summary: summarizeCall(utterances),
  }
}

const script = [
  client(0, 20, "Our forecast missed three quarters in a row.", { speaker: "Dana Reyes" }),
  seller(20, 80, "We were founded in 2009 and we're the leading provider.", {
    speaker: "Sam",
    labels: [label("teach-models", "down", "company-story", "we were founded in 2009")],
  }),
  client(80, 100, words(30), { speaker: "Dana Reyes" }),
  seller(100, 125, "If nothing changes, what does a missed quarter cost you?", {
    speaker: "Sam",
    questions: 1,
    labels: [label("compel-change", "up", "cost-of-inaction", "If nothing changes")],
  }),
  client(125, 150, words(20), { speaker: "Dana Reyes" }),
  seller(150, 160, words(12), { speaker: "Sam" }),
]

describe("renderMarkdown", () => {
  const report = renderMarkdown(call(script, "Acme discovery"), {
    rewriteFor: (rule) =>
      rule === "company-story" ? "Teach the three ways companies solve this." : undefined,
  })

  it("has every section, in order", () => {
    const headings = report.split("\n").filter((line) => line.startsWith("#"))
    expect(headings).toEqual([
      "# One-Up call report: Acme discovery",
      "## Summary",
      "## Principles",
      "## Top One-Down moments",
      "## Top One-Up moments",
      "## Focus for the next call",
      "## Transcript",
    ])
  })

  it("shows the summary figures", () => {
    const s = summarizeCall(script)
    expect(report).toContain(`| One-Up score | ${s.score} / 100 |`)
    expect(report).toContain("| Your share of talk | 59% (by time; best calls ≈ 43%) |")
    expect(report).toContain("| Longest monologue | 1 min |")
  })

  it("has a row per principle with its tallies", () => {
    expect(report).toContain("| Teach models, not logos (`teach-models`) | 0 | 1 |")
    expect(report).toContain("| Compel change (`compel-change`) | 1 | 0 |")
    expect(report.match(/^\| .* \(`[a-z-]+`\) \| \d+ \| \d+ \|$/gm)).toHaveLength(10)
  })

  it("gives each One-Down moment the seller's words, its rule and a rewrite", () => {
    expect(report).toContain("1. [0:20] You said: “We were founded in 2009 and we're the leading provider.”")
    expect(report).toContain("   - `teach-models` · rule company-story, evidence “we were founded in 2009”")
    expect(report).toContain("   - One-Up instead: Teach the three ways companies solve this.")
  })

  it("lists three focus points and the labelled transcript", () => {
    expect(report.match(/^[123]\. \*\*/gm)).toHaveLength(3)
    expect(report).toContain(
      "- [1:40] **Sam (you)** ▲ One-Up: If nothing changes, what does a missed quarter cost you?",
    )
    expect(report).toContain("  - ▲ `compel-change` · cost-of-inaction: “If nothing changes”")
    expect(report).toContain("- [0:00] **Dana Reyes**: Our forecast missed three quarters in a row.")
  })

  it("escapes caption text, speaker names, evidence, rules and the title", () => {
    const hostile = [
      client(0, 5, "<img src=x onerror=alert(1)> [link](http://evil) **loud**", {
        speaker: "<b>Mallory</b> | x",
      }),
      seller(5, 10, "# not a heading\n- not a list `code`", {
        speaker: "Sam_*",
        labels: [label("counsel", "down", "rule`with`ticks", "<script>")],
      }),
    ]
    const md = renderMarkdown(call(hostile, "</title><script>x</script>"))
    expect(md).not.toMatch(/<(img|b|script|\/title)/)
    expect(md).toContain("&lt;img src=x onerror=alert(1)&gt; \\[link\\](http://evil) \\*\\*loud\\*\\*")
    expect(md).toContain("**&lt;b&gt;Mallory&lt;/b&gt; \\| x**")
    expect(md).toContain("**Sam\\_\\* (you)** ▼ One-Down: \\# not a heading - not a list \\`code\\`")
    expect(md).toContain("rule\\`with\\`ticks: “&lt;script&gt;”")
    // Nothing from the captions starts a line of its own.
    expect(md.split("\n").some((line) => line.startsWith("# not"))).toBe(false)
  })

  it("says when there is nothing to score", () => {
    const md = renderMarkdown(call([seller(0, 2, "Hi.")]))
    expect(md).toContain("| One-Up score | not scored: not enough conversation to score |")
    expect(md).toContain("None: no One-Down moment in your lines.")
  })

  it("can leave the transcript out", () => {
    expect(renderMarkdown(call(script), { includeTranscript: false })).not.toContain("## Transcript")
  })
})
