/**
 * The privacy statement ships inside the extension, so the options page's link works offline:
 * the build turns assets/store/privacy.md into privacy.html at the package root. The statement
 * is our own text, but it is still escaped: only the Markdown subset it uses becomes markup
 * (headings, paragraphs, "-" lists, tables, `code`, **bold**). No script, no remote file.
 */
export const PRIVACY_SOURCE = "assets/store/privacy.md"
export const PRIVACY_PAGE = "privacy.html"

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ENTITIES[char] ?? char)
}

/** Inline markup of one escaped line: `code` first, so ** inside code stays literal. */
function inline(text: string): string {
  return escapeHtml(text)
    .split(/(`[^`]+`)/)
    .map((part) =>
      part.startsWith("`") && part.endsWith("`") && part.length > 1
        ? `<code>${part.slice(1, -1)}</code>`
        : part.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>"),
    )
    .join("")
}

function tableCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((cell) => cell.trim())
}

/** Converts the supported Markdown subset to HTML blocks. */
export function markdownToHtml(markdown: string): string {
  const blocks: string[] = []
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n")
  let index = 0
  while (index < lines.length) {
    const line = lines[index] ?? ""
    const heading = /^(#{1,3})\s+(.*)$/.exec(line)
    if (line.trim() === "") {
      index += 1
    } else if (heading) {
      const level = (heading[1] ?? "#").length
      blocks.push(`<h${level}>${inline(heading[2] ?? "")}</h${level}>`)
      index += 1
    } else if (/^\s*-\s+/.test(line)) {
      const items: string[] = []
      while (index < lines.length && /^\s*-\s+/.test(lines[index] ?? "")) {
        let item = (lines[index] ?? "").replace(/^\s*-\s+/, "")
        index += 1
        // Continuation lines are indented under their item.
        while (
          index < lines.length &&
          /^\s{2,}\S/.test(lines[index] ?? "") &&
          !/^\s*-\s+/.test(lines[index] ?? "")
        ) {
          item += ` ${(lines[index] ?? "").trim()}`
          index += 1
        }
        items.push(`<li>${inline(item)}</li>`)
      }
      blocks.push(`<ul>${items.join("")}</ul>`)
    } else if (line.trim().startsWith("|")) {
      const rows: string[] = []
      while (index < lines.length && (lines[index] ?? "").trim().startsWith("|"))
        rows.push(lines[index++] ?? "")
      const [head = "", , ...body] = rows
      const header = tableCells(head)
        .map((cell) => `<th>${inline(cell)}</th>`)
        .join("")
      const cells = body.map(
        (row) =>
          `<tr>${tableCells(row)
            .map((cell) => `<td>${inline(cell)}</td>`)
            .join("")}</tr>`,
      )
      blocks.push(`<table><thead><tr>${header}</tr></thead><tbody>${cells.join("")}</tbody></table>`)
    } else {
      const paragraph: string[] = []
      while (
        index < lines.length &&
        (lines[index] ?? "").trim() !== "" &&
        !/^(#{1,3}\s|\s*-\s|\s*\|)/.test(lines[index] ?? "")
      )
        paragraph.push((lines[index++] ?? "").trim())
      blocks.push(`<p>${inline(paragraph.join(" "))}</p>`)
    }
  }
  return blocks.join("\n")
}

const STYLE = `
:root { color-scheme: light dark; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
body { max-width: 720px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 28px; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #8884; }
code { font-size: 13px; }
`

/** The whole page: the statement and an inline style sheet, nothing else. */
export function privacyPageHtml(markdown: string): string {
  const title = /^#\s+(.*)$/m.exec(markdown)?.[1] ?? "Privacy"
  return [
    "<!doctype html>",
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style></head>`,
    `<body><main>\n${markdownToHtml(markdown)}\n</main></body>`,
    "</html>",
    "",
  ].join("\n")
}
