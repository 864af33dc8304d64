/**
 * Splits WebVTT and SRT files into blank-line separated blocks and reads their timing lines.
 * Line numbers are 1-based file lines, so every skipped block can be pointed at.
 */
import { parseTimestamp } from "./timestamps"

export interface TextBlock {
  /** 1-based file line of the block's first line. */
  line: number
  lines: string[]
}

export function splitBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = []
  let current: TextBlock | null = null
  text.split("\n").forEach((raw, index) => {
    if (raw.trim() === "") {
      current = null
      return
    }
    if (!current) {
      current = { line: index + 1, lines: [] }
      blocks.push(current)
    }
    current.lines.push(raw)
  })
  return blocks
}

/** "00:01.000 --> 00:04.000 align:start position:10%" (settings and SRT coordinates ignored). */
const TIMING_LINE = /^\s*(\S+)\s+-->\s+(\S+)(?:\s.*)?$/

export function isTimingLine(line: string): boolean {
  return line.includes("-->")
}

export type Timing = { start: number; end: number } | { error: string }

export function parseTimingLine(line: string): Timing {
  const match = TIMING_LINE.exec(line)
  const start = match ? parseTimestamp(match[1] ?? "") : null
  const end = match ? parseTimestamp(match[2] ?? "") : null
  if (start === null || end === null)
    return { error: `bad timing line "${clip(line)}" (expected "00:00:01.000 --> 00:00:04.000")` }
  if (end < start) return { error: "cue ends before it starts" }
  return { start, end }
}

// Terminal control codes from a hostile file must not reach stderr through a message.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]+/g

/** Quotes a piece of a broken line in a message without flooding the terminal. */
export function clip(text: string, max = 40): string {
  const oneLine = text.replace(CONTROL_CHARACTERS, " ").replace(/\s+/g, " ").trim()
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine
}
