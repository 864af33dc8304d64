/**
 * One utterance record from JSON (a JSON Lines line or a Call JSON utterance):
 * `{ "speaker", "text", "self"?, "start"?, "end"?, "id"? }`. Returns the reason when the record
 * cannot be used, so the caller can skip it and say why.
 */
import { parseTimestamp } from "./timestamps"
import { normalizeSpeaker, normalizeText } from "./speaker-prefix"
import type { RawUtterance } from "./types"

export function readUtteranceRecord(value: unknown, line: number): RawUtterance | { reason: string } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { reason: 'expected an object like {"speaker": "...", "text": "..."}' }
  }
  const record = value as Record<string, unknown>
  const speaker = typeof record.speaker === "string" ? normalizeSpeaker(record.speaker) : ""
  if (speaker === "") return { reason: '"speaker" must be a non-empty string' }
  if (typeof record.text !== "string") return { reason: '"text" must be a string' }
  const text = normalizeText(record.text)
  if (text === "") return { reason: '"text" is empty' }
  if (record.self != null && typeof record.self !== "boolean")
    return { reason: '"self" must be true or false' }
  const start = readSeconds(record.start)
  const end = readSeconds(record.end)
  if (start === undefined) return { reason: '"start" must be seconds (a number ≥ 0) or a timestamp' }
  if (end === undefined) return { reason: '"end" must be seconds (a number ≥ 0) or a timestamp' }
  if (start !== null && end !== null && end < start) return { reason: '"end" is before "start"' }
  const id =
    typeof record.id === "string" && record.id !== ""
      ? record.id
      : typeof record.id === "number"
        ? String(record.id)
        : null
  return { id, speaker, self: typeof record.self === "boolean" ? record.self : null, text, start, end, line }
}

/** Seconds; null when absent; undefined when present but unusable. */
function readSeconds(value: unknown): number | null | undefined {
  if (value == null) return null
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : undefined
  if (typeof value === "string") return parseTimestamp(value) ?? undefined
  return undefined
}
