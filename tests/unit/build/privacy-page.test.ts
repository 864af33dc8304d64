import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { markdownToHtml, PRIVACY_SOURCE, privacyPageHtml } from "../../../src/tools/privacy-page"

describe("markdownToHtml", () => {
  it("renders headings, paragraphs joined across lines, lists with continued items, tables, code and bold", () => {
    const html = markdownToHtml(
      [
        "# Title",
        "",
        "First line",
        "second line with `code` and **bold**.",
        "",
        "## Section",
        "- one item",
        "  continued",
        "- **two**",
        "",
        "| What | Key |",
        "|---|---|",
        "| Calls | `call/<id>/meta` |",
      ].join("\n"),
    )
    expect(html).toBe(
      [
        "<h1>Title</h1>",
        "<p>First line second line with <code>code</code> and <strong>bold</strong>.</p>",
        "<h2>Section</h2>",
        "<ul><li>one item continued</li><li><strong>two</strong></li></ul>",
        "<table><thead><tr><th>What</th><th>Key</th></tr></thead><tbody><tr><td>Calls</td><td><code>call/&lt;id&gt;/meta</code></td></tr></tbody></table>",
      ].join("\n"),
    )
  })

  it("escapes markup, so the statement's text can never become a script or a tag", () => {
    const html = markdownToHtml('Hello <script>alert("x")</script> & <img src=x onerror=y>')
    expect(html).toBe("<p>Hello &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=y&gt;</p>")
  })

  it("keeps ** literal inside code", () => {
    expect(markdownToHtml("`a **b** c`")).toBe("<p><code>a **b** c</code></p>")
  })
})

describe("the shipped privacy page", () => {
  const page = privacyPageHtml(readFileSync(join(import.meta.dirname, "../../..", PRIVACY_SOURCE), "utf8"))

  it("is a complete page titled after the statement, with no script and nothing remote", () => {
    expect(page).toMatch(/^<!doctype html>/)
    expect(page).toContain("<title>One-Up Coach privacy statement</title>")
    expect(page).not.toMatch(/<script|https?:\/\/|src=/i)
  })
})
