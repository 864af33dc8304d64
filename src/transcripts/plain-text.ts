/**
 * Plain-text transcripts: "Speaker: text" lines, optionally led by a timestamp ("[00:01:02]",
 * "(1:02)", "00:01:02 -"). Lines without a speaker continue the previous utterance (wrapped
 * paragraphs). An utterance with a timestamp ends where the next timestamped one starts.
 */
import { parseTimestamp } from "./timestamps"
import { normalizeText, splitSpeakerPrefix, type SpeakerLine } from "./speaker-prefix"
import { clip } from "./cue-blocks"
import { skippedLine } from "./skipped"
import type { RawTranscript, RawUtterance, SkippedLine } from "./types"

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
  const skipped: SkippedLine[] = []
  // Text parts are joined once at the end: re-joining on every wrapped line would be quadratic.
  const read: { utterance: RawUtterance; parts: string[] }[] = []
  text.split("\n").forEach((raw, index) => {
    const line = index + 1
    if (raw.trim() === "") return
    const named = readPlainLine(raw)
    const current = read[read.length - 1]
    if (named) {
      const utterance = {
        id: null,
        speaker: named.speaker,
        self: null,
        text: "",
        start: named.start,
        end: null,
        line,
      }
      read.push({ utterance, parts: [named.text] })
    } else if (current) {
      current.parts.push(raw)
    } else {
      skipped.push(
        skippedLine(line, `no speaker before this line (expected "Speaker: text"): "${clip(raw)}"`),
      )
    }
  })
  const utterances = read.map(({ utterance, parts }) => ({
    ...utterance,
    text: normalizeText(parts.join(" ")),
  }))
  endAtNextStart(utterances)
  for (const silent of utterances.filter((utterance) => utterance.text === "")) {
    skipped.push(skippedLine(silent.line, "no text after the speaker name"))
  }
  skipped.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  return { utterances: utterances.filter((utterance) => utterance.text !== ""), skipped, meta: null }
}

/** The floor is held until the next person speaks; the last utterance's end stays unknown. */
function endAtNextStart(utterances: RawUtterance[]): void {
  utterances.forEach((utterance, index) => {
    const next = utterances[index + 1]
    if (utterance.start !== null && next?.start != null && next.start >= utterance.start)
      utterance.end = next.start
  })
}
