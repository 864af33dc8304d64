/**
 * Plain-text transcripts: "Speaker: text" lines, optionally led by a timestamp ("[00:01:02]",
 * "(1:02)", "00:01:02 -"). Lines without a speaker continue the previous utterance (wrapped
 * paragraphs). An utterance with a timestamp ends where the next timestamped one starts.
 */
import { parseTimestamp } from "./timestamps"
import { normalizeText, splitSpeakerPrefix, type SpeakerLine } from "./speaker-prefix"
import { clip } from "./cue-blocks"
import { skippedLine } from "./skipped"
import type { RawTranscript, RawUtterance } from "./types"

const LEADING_TIMESTAMP = /^\s*[[(]?(\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])]?\s*(?:[-–—|]\s*)?/

export interface PlainLine extends SpeakerLine {
  start: number | null
}

/** A "Speaker: text" line with its optional timestamp, or null for a continuation line. */
export function readPlainLine(line: string): PlainLine | null {
  const stamp = LEADING_TIMESTAMP.exec(line)
  const start = stamp ? parseTimestamp(stamp[1] ?? "") : null
  const named = splitSpeakerPrefix(stamp && start !== null ? line.slice(stamp[0].length) : line)
  return named ? { ...named, start } : null
}

export function parsePlainText(text: string): RawTranscript {
  const result: RawTranscript = { utterances: [], skipped: [], meta: null }
  let current: RawUtterance | null = null
  text.split("\n").forEach((raw, index) => {
    const line = index + 1
    if (raw.trim() === "") return
    const named = readPlainLine(raw)
    if (named) {
      current = { id: null, speaker: named.speaker, self: null, text: named.text, start: named.start, end: null, line }
      result.utterances.push(current)
    } else if (current) {
      current.text = normalizeText(`${current.text} ${raw}`)
    } else {
      result.skipped.push(skippedLine(line, `no speaker before this line (expected "Speaker: text"): "${clip(raw)}"`))
    }
  })
  endAtNextStart(result.utterances)
  const spoken = result.utterances.filter((utterance) => utterance.text !== "")
  for (const silent of result.utterances.filter((utterance) => utterance.text === "")) {
    result.skipped.push(skippedLine(silent.line, "no text after the speaker name"))
  }
  result.skipped.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  return { ...result, utterances: spoken }
}

/** The floor is held until the next person speaks; the last utterance's end stays unknown. */
function endAtNextStart(utterances: RawUtterance[]): void {
  utterances.forEach((utterance, index) => {
    const next = utterances[index + 1]
    if (utterance.start !== null && next?.start != null && next.start >= utterance.start) utterance.end = next.start
  })
}
