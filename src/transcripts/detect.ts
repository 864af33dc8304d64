/**
 * Which transcript format a text is, from its content (file names lie: Zoom saves WebVTT as
 * .txt, people rename .srt to .txt). Returns null when it is none of contracts.md §3.
 */
import { parseTimingLine } from "./cue-blocks"
import { readPlainLine } from "./plain-text"
import type { TranscriptFormat } from "./types"

/** Enough lines to recognise a format without scanning a 20 MB file. */
const SAMPLE_LINES = 50
/** Share of sampled lines that must look like "Speaker: text" (the rest may be wrapped text). */
const MIN_SPEAKER_LINE_SHARE = 0.2

export function detectFormat(text: string): TranscriptFormat | null {
  const start = text.trimStart()
  if (/^WEBVTT(\s|$)/.test(start)) return "webvtt"
  // "[" alone would also match plain-text timestamps ("[00:01:02] Dana: …").
  if (start.startsWith("{") || /^\[\s*[{\]]/.test(start)) return detectJson(start)
  const sample = sampleLines(start)
  // A real timing line, not just an arrow someone typed in a note.
  if (sample.some((line) => line.includes("-->") && !("error" in parseTimingLine(line)))) return "srt"
  const speakerLines = sample.filter((line) => readPlainLine(line) !== null).length
  // Long wrapped paragraphs dilute the share, so a file that opens with a speaker line counts too.
  const opensWithSpeaker = sample[0] !== undefined && readPlainLine(sample[0]) !== null
  if (speakerLines > 0 && (opensWithSpeaker || speakerLines >= sample.length * MIN_SPEAKER_LINE_SHARE))
    return "plain"
  return null
}

function detectJson(text: string): TranscriptFormat {
  if (text.startsWith("[")) return "jsonl"
  // A Call JSON is one document with a "format" field; JSON Lines has one object per line.
  const newline = text.indexOf("\n")
  const firstLine = (newline < 0 ? text : text.slice(0, newline)).trim()
  if (firstLine === "{" || /"format"\s*:\s*"one-up-coach\//.test(firstLine)) return "call-json"
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value === "object" && value !== null && ("format" in value || "utterances" in value)) {
      return "call-json"
    }
  } catch {
    // Several lines of objects: JSON Lines.
  }
  return "jsonl"
}

function sampleLines(text: string): string[] {
  const lines: string[] = []
  for (const line of text.split("\n", SAMPLE_LINES * 4)) {
    if (line.trim() !== "") lines.push(line)
    if (lines.length === SAMPLE_LINES) break
  }
  return lines
}
