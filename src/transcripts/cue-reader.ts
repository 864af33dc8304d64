/**
 * The cue loop WebVTT and SRT share: find each block's timing line, read its speakers, carry the
 * last speaker into cues that do not name one, and record every block that could not be used.
 */
import { clip, isTimingLine, parseTimingLine, type TextBlock } from "./cue-blocks"
import { cueUtterances, splitCueSpeakers } from "./cue-payload"
import { skippedLine } from "./skipped"
import type { RawTranscript } from "./types"

export interface CueFormat {
  /** What a block is called in messages ("caption cue", "subtitle block"). */
  blockName: string
  /** How this format names a speaker, for the "no speaker" message. */
  speakerHint: string
}

export function readCues(blocks: readonly TextBlock[], format: CueFormat): RawTranscript {
  const result: RawTranscript = { utterances: [], skipped: [], meta: null }
  let previousSpeaker: string | null = null
  for (const block of blocks) {
    // [identifier or index] timing payload...; the identifier never contains "-->".
    const timingIndex = block.lines.findIndex(isTimingLine)
    if (timingIndex < 0 || timingIndex > 1) {
      const first = clip(block.lines[0] ?? "")
      result.skipped.push(
        skippedLine(block.line, `not a ${format.blockName} (no "start --> end" timing line): "${first}"`),
      )
      continue
    }
    const timingLine = block.line + timingIndex
    const timing = parseTimingLine(block.lines[timingIndex] ?? "")
    if ("error" in timing) {
      result.skipped.push(skippedLine(timingLine, timing.error))
      continue
    }
    const segments = splitCueSpeakers(block.lines.slice(timingIndex + 1), timingLine + 1)
    const read = cueUtterances(segments, timing, previousSpeaker)
    result.utterances.push(...read.utterances)
    for (const segment of read.unnamed) {
      result.skipped.push(skippedLine(segment.line, `no speaker name (expected ${format.speakerHint})`))
    }
    previousSpeaker = read.lastSpeaker
  }
  return result
}
