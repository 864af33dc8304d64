/**
 * SubRip (.srt): numbered blocks of an index line, a "00:00:01,000 --> 00:00:04,000" timing line
 * and text lines, the speaker as "Name: text". Also reads dot milliseconds and voice tags, so
 * header-less WebVTT-like files land here and still parse.
 */
import { splitBlocks } from "./cue-blocks"
import { readCues } from "./cue-reader"
import type { RawTranscript } from "./types"

export function parseSrt(text: string): RawTranscript {
  return readCues(splitBlocks(text), { blockName: "subtitle block", speakerHint: '"Name: text"' })
}
