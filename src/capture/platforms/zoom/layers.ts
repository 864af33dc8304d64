/**
 * Zoom's subtitle overlay sometimes shows two caption layers at once for a moment, their texts
 * run together without a space ("…a stale continuation.Alpha begins. A stable…"). Both layers are
 * windows onto the same speech, so the later one repeats words of the earlier one. The settled
 * text is the later layer: that is what the row is about to show on its own.
 * Seen in Zoom web captures of 2026-08 (btw-team/elsewise, extension/tests/zoom-adapter.test.ts).
 */
import { tokenize } from "../../tokens"

/** A join with no space: sentence punctuation or a lower-case letter, then a capital letter. */
const GLUED_JOIN = /(?<=[.?!,;:]|\p{Ll})(?=\p{Lu})/gu
/** Words of the later layer that must also appear, in order, in the earlier one. */
const SHARED_WORDS = 2

/** The later of two glued caption layers, or the text unchanged when it is one layer. */
export function settledLayer(text: string): string {
  for (const match of text.matchAll(GLUED_JOIN)) {
    const join = match.index
    const earlier = tokenize(text.slice(0, join)).map((token) => token.norm)
    const later = tokenize(text.slice(join)).map((token) => token.norm)
    if (earlier.length < SHARED_WORDS || later.length < SHARED_WORDS) continue
    if (containsRun(earlier, later.slice(0, SHARED_WORDS))) return settledLayer(text.slice(join))
  }
  return text
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start++) {
    if (run.every((word, offset) => words[start + offset] === word)) return true
  }
  return false
}
