/**
 * Shapes of transcript parsing (contracts.md §3). Pure types: the parsers run in Node (the
 * command-line tool) and in the extension (import), so nothing here touches files or the browser.
 */
import type { Platform, TranscriptUtterance } from "../core/types"

export type TranscriptFormat = "jsonl" | "webvtt" | "srt" | "plain" | "call-json"

/** An utterance as a format parser reads it, before we know who the seller is. */
export interface RawUtterance {
  /** Kept from the file when it has one (Call JSON, JSON Lines with "id"). */
  id: string | null
  speaker: string
  /** What the file says, or null when it does not say (then --me / "You" decide). */
  self: boolean | null
  text: string
  start: number | null
  end: number | null
  /** 1-based line in the file where the utterance starts, for messages. */
  line: number
}

/** A part of the file the parser could not use, and why. */
export interface SkippedLine {
  /** 1-based line number in the file; null when the format has no useful line (a JSON document). */
  line: number | null
  /** Where it is, for humans: "line 12" or "utterances[3]". */
  where: string
  reason: string
}

/** What the file says about the call itself (only Call JSON says anything today). */
export interface TranscriptMeta {
  platform: Platform | null
  startedAt: string | null
  endedAt: string | null
  title: string | null
}

/** The output of one format parser. */
export interface RawTranscript {
  utterances: RawUtterance[]
  skipped: SkippedLine[]
  meta: TranscriptMeta | null
}

export interface ParseOptions {
  /** The seller's display name where the file does not say (`self`); default "You". */
  me?: string
  /** Skip detection (e.g. a caller that already knows); detection is by content otherwise. */
  format?: TranscriptFormat
}

/** A parsed transcript, ready for scoring. */
export interface ParsedTranscript {
  format: TranscriptFormat
  utterances: TranscriptUtterance[]
  skipped: SkippedLine[]
  /** Problems that do not stop scoring but change its meaning (e.g. no seller found). */
  warnings: string[]
  meta: TranscriptMeta | null
}
