import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { escapeMarkdown, toSafeLine } from "../../../src/report/escape"

/** What a CommonMark renderer does to escaped text: backslash escapes and the three entities. */
function renderAsText(markdown: string): string {
  return markdown
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
}

describe("escapeMarkdown", () => {
  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"],
    ["[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))"],
    ["**bold** _it_ `code` ~~s~~", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~"],
    ["a | b", "a \\| b"],
    ["# heading", "\\# heading"],
    ["- item", "\\- item"],
    ["1. first", "1\\. first"],
    ["&amp; stays text", "&amp;amp; stays text"],
    ["line one\n\n## two", "line one \\#\\# two"],
    ["don't over-escape: 50% off, ok?", "don't over-escape: 50% off, ok?"],
    ["\u001b[31mred\u001b[0m", "[31mred [0m".replace(/\[/g, "\\[")],
  ])("%j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected)
  })

  it("renders back to exactly the text, on one line, for any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite", maxLength: 200 }), (text) => {
        const escaped = escapeMarkdown(text)
        expect(escaped).not.toMatch(/[\n<>]/)
        expect(renderAsText(escaped)).toBe(toSafeLine(text))
      }),
    )
  })

  it("leaves no markup character unescaped", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (text) => {
        // Every *, _, `, [, ], |, ~, # is preceded by a backslash that is itself not escaped.
        const unescaped = escapeMarkdown(text).replace(/\\[\\`*_[\]|~#\-+=.)]/g, "")
        expect(unescaped).not.toMatch(/[\\`*_[\]|~#]/)
      }),
    )
  })
})

describe("toSafeLine", () => {
  it("drops terminal control sequences and bidi overrides", () => {
    expect(toSafeLine("ok\u001b]0;pwned\u0007 \u202eevil\u202c\r\nnext")).toBe("ok ]0;pwned evil next")
  })
})
