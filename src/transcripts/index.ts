/**
 * Reads any transcript format of contracts.md §3 into utterances ready for scoring.
 * Throws only ParseError; a partly broken file gives its good utterances plus `skipped`.
 */
import { parseCallJsonFile } from "./call-json-file"
import { decodeTranscript } from "./decode"
import { detectFormat } from "./detect"
import { parseJsonLines } from "./jsonl"
import { ParseError } from "./parse-error"
import { parsePlainText } from "./plain-text"
import { assignSeller } from "./seller"
import { parseSrt } from "./srt"
import type { ParsedTranscript, ParseOptions, RawTranscript, TranscriptFormat } from "./types"
import { parseWebVtt } from "./webvtt"

export { MAX_TRANSCRIPT_BYTES } from "./decode"
export { detectFormat } from "./detect"
export { ParseError, isParseError, type ParseErrorCode } from "./parse-error"
export type { ParsedTranscript, ParseOptions, SkippedLine, TranscriptFormat, TranscriptMeta } from "./types"

export const FORMAT_PARSERS: Record<TranscriptFormat, (text: string) => RawTranscript> = {
  jsonl: parseJsonLines,
  webvtt: parseWebVtt,
  srt: parseSrt,
  plain: parsePlainText,
  "call-json": parseCallJsonFile,
}

export const FORMAT_NAMES: Record<TranscriptFormat, string> = {
  jsonl: "JSON Lines",
  webvtt: "WebVTT",
  srt: "SRT",
  plain: "plain text",
  "call-json": "Call JSON",
}

export function parseTranscript(input: string | Uint8Array, options: ParseOptions = {}): ParsedTranscript {
  const text = decodeTranscript(input)
  const format = options.format ?? detectFormat(text)
  if (format === null) {
    throw new ParseError(
      "unknown-format",
      'not a transcript format this tool reads (expected WebVTT, SRT, JSON Lines, Call JSON or "Speaker: text" lines)',
    )
  }
  const raw = FORMAT_PARSERS[format](text)
  if (raw.utterances.length === 0) {
    const first = raw.skipped[0]
    const detail = first ? `; first problem at ${first.where}: ${first.reason}` : ""
    throw new ParseError(
      "no-utterances",
      `no utterances could be read as ${FORMAT_NAMES[format]}${detail}`,
      first?.line ?? null,
    )
  }
  const { utterances, warnings } = assignSeller(raw.utterances, options.me)
  return { format, utterances, skipped: raw.skipped, warnings, meta: raw.meta }
}
