/** Builders for SkippedLine, so every parser words locations the same way. */
import type { SkippedLine } from "./types"

export function skippedLine(line: number, reason: string): SkippedLine {
  return { line, where: `line ${line}`, reason }
}

/** For JSON documents, where the item path says more than a line number. */
export function skippedItem(where: string, reason: string, line: number | null = null): SkippedLine {
  return { line, where, reason }
}
