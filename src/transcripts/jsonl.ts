/**
 * JSON Lines: one `{ "speaker", "text", "self"?, "start"?, "end"? }` object per line. A JSON
 * array of the same objects is read too (people often save the list pretty-printed).
 */
import { clip } from "./cue-blocks"
import { readUtteranceRecord } from "./json-record"
import { skippedItem, skippedLine } from "./skipped"
import type { RawTranscript } from "./types"

export function parseJsonLines(text: string): RawTranscript {
  const asArray = parseJsonArray(text)
  if (asArray) return readArray(asArray)
  const result: RawTranscript = { utterances: [], skipped: [], meta: null }
  text.split("\n").forEach((raw, index) => {
    const line = index + 1
    if (raw.trim() === "") return
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch {
      result.skipped.push(skippedLine(line, `not valid JSON: "${clip(raw)}"`))
      return
    }
    const read = readUtteranceRecord(value, line)
    if ("reason" in read) result.skipped.push(skippedLine(line, read.reason))
    else result.utterances.push(read)
  })
  return result
}

function parseJsonArray(text: string): unknown[] | null {
  if (!text.trimStart().startsWith("[")) return null
  try {
    const value: unknown = JSON.parse(text)
    return Array.isArray(value) ? value : null
  } catch {
    return null
  }
}

function readArray(items: unknown[]): RawTranscript {
  const result: RawTranscript = { utterances: [], skipped: [], meta: null }
  items.forEach((item, index) => {
    const read = readUtteranceRecord(item, 1)
    if ("reason" in read) result.skipped.push(skippedItem(`item ${index + 1}`, read.reason))
    else result.utterances.push({ ...read, line: 1 })
  })
  return result
}
