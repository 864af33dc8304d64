/**
 * An exported Call JSON read back as a transcript, to re-score it (the classifier may have
 * improved since). Only the transcript part must be sound: verdicts, labels and the summary are
 * recomputed, so a hand-edited export without them still scores. Utterances that cannot be used
 * are skipped and reported like broken lines.
 */
import { CALL_FORMAT, type Platform } from "../core/types"
import { readUtteranceRecord } from "./json-record"
import { ParseError } from "./parse-error"
import { skippedItem } from "./skipped"
import type { RawTranscript, TranscriptMeta } from "./types"

const PLATFORMS: readonly Platform[] = ["meet", "zoom", "teams", "file"]

export function parseCallJsonFile(text: string): RawTranscript {
  const document = parseJsonDocument(text)
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw new ParseError("invalid-call-json", "Call JSON must be an object")
  }
  const call = document as Record<string, unknown>
  if (call.format !== CALL_FORMAT) {
    const found = typeof call.format === "string" ? `"${call.format.slice(0, 40)}"` : "missing"
    throw new ParseError(
      "invalid-call-json",
      `unsupported Call JSON format ${found} (this tool reads "${CALL_FORMAT}")`,
    )
  }
  if (!Array.isArray(call.utterances)) {
    throw new ParseError("invalid-call-json", 'Call JSON has no "utterances" array')
  }
  const result: RawTranscript = { utterances: [], skipped: [], meta: readMeta(call) }
  call.utterances.forEach((item: unknown, index) => {
    const read = readUtteranceRecord(item, 1)
    if ("reason" in read) result.skipped.push(skippedItem(`utterances[${index}]`, read.reason))
    else result.utterances.push(read)
  })
  return result
}

function parseJsonDocument(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    // V8 says "... at position 123" (and, since Node 20, sometimes "(line 4 column 2)").
    const position = /position (\d+)/.exec(detail)
    const line = position ? text.slice(0, Number(position[1])).split("\n").length : null
    const where = line === null ? "" : ` at line ${line}`
    throw new ParseError("invalid-call-json", `Call JSON is not valid JSON${where}`, line)
  }
}

function readMeta(call: Record<string, unknown>): TranscriptMeta {
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null)
  return {
    platform: PLATFORMS.find((platform) => platform === call.platform) ?? null,
    startedAt: text(call.startedAt),
    endedAt: text(call.endedAt),
    title: text(call.title),
  }
}
