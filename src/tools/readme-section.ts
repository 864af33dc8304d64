/**
 * README sections written by tools, never by hand: the text between `<!-- name:start -->` and
 * `<!-- name:end -->` is replaced, nothing outside the markers changes.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs"

export const startMarker = (name: string) => `<!-- ${name}:start -->`
export const endMarker = (name: string) => `<!-- ${name}:end -->`

/** The text with the named section replaced; throws when the markers are missing or out of order. */
export function replaceMarkedSection(text: string, name: string, body: string): string {
  const start = text.indexOf(startMarker(name))
  const end = text.indexOf(endMarker(name))
  if (start < 0 || end < 0 || end < start) {
    throw new Error(`README.md needs ${startMarker(name)} … ${endMarker(name)} markers`)
  }
  return `${text.slice(0, start + startMarker(name).length)}\n${body}\n${text.slice(end)}`
}

/** Rewrites the section in the file (atomically); returns whether the file changed. */
export function writeMarkedSection(path: string, name: string, body: string): boolean {
  const before = readFileSync(path, "utf8")
  const after = replaceMarkedSection(before, name, body)
  if (after === before) return false
  const temp = `${path}.${process.pid}.tmp`
  writeFileSync(temp, after)
  renameSync(temp, path)
  return true
}
