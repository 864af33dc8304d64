/**
 * WebVTT, as Meet, Zoom and Teams recordings export it: a "WEBVTT" header block, then cues of an
 * optional identifier, a timing line (with optional cue settings) and one or more text lines.
 * NOTE, STYLE and REGION blocks carry no speech and are passed over.
 */
import { isTimingLine, splitBlocks, type TextBlock } from "./cue-blocks"
import { readCues } from "./cue-reader"
import type { RawTranscript } from "./types"

const NON_CUE_BLOCK = /^(NOTE|STYLE|REGION)(\s|$)/

export function parseWebVtt(text: string): RawTranscript {
  const blocks = splitBlocks(text)
  const cues = [cueAfterHeader(blocks[0]), ...blocks.slice(1)].filter(
    (block): block is TextBlock => block !== null && !NON_CUE_BLOCK.test(block.lines[0] ?? ""),
  )
  return readCues(cues, { blockName: "caption cue", speakerHint: '"<v Name>text" or "Name: text"' })
}

/** The header is "WEBVTT" plus metadata lines; sloppy exporters start the first cue right under it. */
function cueAfterHeader(block: TextBlock | undefined): TextBlock | null {
  const timingIndex = block ? block.lines.findIndex(isTimingLine) : -1
  if (!block || timingIndex < 0) return null
  // Keep a possible identifier line just above the timing line, never the "WEBVTT" line itself.
  const from = timingIndex >= 2 ? timingIndex - 1 : timingIndex
  return { line: block.line + from, lines: block.lines.slice(from) }
}
