/**
 * Caption text and speaker names are untrusted: anyone in the meeting (or anyone who wrote the
 * file) controls them. Nothing they contain may become Markdown or HTML markup in a report, or a
 * terminal control sequence on the command line.
 */

// Control characters (C0, DEL, C1) and the bidirectional overrides that can make printed text
// read differently from what it is ("Trojan Source").
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g

/** One line of printable text: controls become spaces, runs of whitespace one space. */
export function toSafeLine(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, " ").replace(/\s+/g, " ").trim()
}

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" }
/** Inline Markdown syntax: code, emphasis, links/images, tables, strikethrough, headings, escapes. */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~#]/g
/** Block markers only matter at the start of a line: lists, ordered lists, setext underlines. */
const LEADING_BLOCK_MARKER = /^([-+=]|\d+[.)])/

/**
 * Text that renders as exactly itself in CommonMark/GFM and in any HTML view of it: one line,
 * HTML-significant characters as entities, Markdown punctuation backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  const escaped = toSafeLine(text)
    .replace(/[&<>]/g, (char) => HTML_ENTITIES[char] ?? char)
    .replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`)
  return escaped.replace(LEADING_BLOCK_MARKER, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`)
}
