/**
 * Zoom shows again caption text it already showed: turning captions off and on brings back the
 * last rows, and a speaker's next turn opens a new row that first repeats that speaker's last
 * words. A replayed row appears with several words at once that are exactly the end of what the
 * speaker already said; real speech arrives word by word. So when a row is first seen, its
 * leading words that repeat the end of the speaker's earlier text are already captured, and only
 * the words after them are new. A speaker really repeating themselves starts with one or two
 * words, below the threshold, and is captured like any speech.
 */
import type { Token } from "./tokens"

/** Fewer words than this at first sight are speech starting, not a replay. */
export const MIN_REPLAY_TOKENS = 4

/**
 * How many leading tokens of a newly seen row repeat the end of one of the speaker's earlier
 * texts (0 when fewer than MIN_REPLAY_TOKENS). The row's first word may be cut (a rolling window
 * cut mid-word: "ompany" for "company").
 */
export function replayedPrefix(row: readonly Token[], earlier: readonly (readonly Token[])[]): number {
  let best = 0
  for (const text of earlier) {
    for (let length = Math.min(row.length, text.length); length >= MIN_REPLAY_TOKENS; length--) {
      if (length <= best) break
      if (repeatsTail(row, text, length)) {
        best = length
        break
      }
    }
  }
  return best
}

function repeatsTail(row: readonly Token[], text: readonly Token[], length: number): boolean {
  const offset = text.length - length
  for (let index = 0; index < length; index++) {
    const said = text[offset + index]?.norm ?? ""
    const shown = row[index]?.norm ?? ""
    const same = index === 0 ? shown !== "" && said.endsWith(shown) : said === shown
    if (!same) return false
  }
  return true
}
