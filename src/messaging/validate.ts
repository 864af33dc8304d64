/**
 * Schema checks for messages arriving from content scripts. A meeting page is untrusted: its
 * captions reach us through our content script, but anything malformed (or oversized) is
 * dropped here, before it can touch the session.
 */
import type { CaptureState, UtteranceUpdate } from "../capture/types"
import { validateCallJsonLines } from "../core/call-json-validate"
import { summarizeCall } from "../metrics/summary"
import type { Platform } from "../core/types"
import {
  MAX_CLASSIFY_CHARS,
  MAX_CLASSIFY_LINES,
  type CallEndReason,
  type ClassifyLine,
  type ContentToBackground,
  type UiMessage,
  type UiRequestKind,
} from "./contract"

/** Longer captions are cut to this many characters; nobody says 20,000 characters in one go. */
export const MAX_TEXT_LENGTH = 5_000
const MAX_NAME_LENGTH = 200
const MAX_UPDATES_PER_MESSAGE = 500

const PLATFORMS: readonly Platform[] = ["meet", "zoom", "teams", "file"]
const STATES: readonly CaptureState[] = ["idle", "captions-off", "capturing", "not-found", "ended"]
const END_REASONS: readonly CallEndReason[] = ["left", "tab-closed", "navigated", "breakout", "recovered"]
const UI_KINDS: readonly UiRequestKind[] = [
  "nudge-dismiss",
  "nudge-not-helpful",
  "mute-call",
  "delete-call",
  "delete-all",
  "set-seller",
  "import-call",
  "classify-lines",
]

type Rec = Record<string, unknown>
const isRecord = (value: unknown): value is Rec => typeof value === "object" && value !== null
const isId = (value: unknown): value is string =>
  typeof value === "string" && value.length > 0 && value.length <= 100
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value)
const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === "string" && (list as readonly string[]).includes(value)

/**
 * Characters that carry no speech: C0/C1 controls (except tab and newline), zero-width spaces
 * and byte-order marks, and bidi overrides (which could make a name display as another one).
 * Zero-width joiners stay: emoji sequences and Persian or Indic spelling need them.
 */
const SILENT_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g

function cleanText(value: string, max: number): string {
  const cleaned = value.replace(SILENT_CHARACTERS, "")
  if (cleaned.length <= max) return cleaned
  // Never cut between the two halves of a surrogate pair (an emoji, say).
  const last = cleaned.charCodeAt(max - 1)
  return cleaned.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max)
}

function parseUpdate(value: unknown): UtteranceUpdate | null {
  if (!isRecord(value)) return null
  const { callId, id, speaker, self, text, start, end, revision, final } = value
  if (!isId(callId) || !isId(id) || typeof speaker !== "string" || typeof text !== "string") return null
  if (typeof self !== "boolean" || typeof final !== "boolean") return null
  if (!isFiniteNumber(start) || !isFiniteNumber(end) || !isFiniteNumber(revision)) return null
  return {
    callId,
    id,
    speaker: cleanText(speaker, MAX_NAME_LENGTH).trim() || "Unknown",
    self,
    text: cleanText(text, MAX_TEXT_LENGTH),
    start: Math.max(0, start),
    end: Math.max(0, start, end),
    revision,
    final,
  }
}

export function parseContentMessage(value: unknown): ContentToBackground | null {
  if (!isRecord(value) || !isFiniteNumber(value.seq) || !isId(value.callId)) return null
  const { seq, callId } = value
  switch (value.kind) {
    case "call-started":
      if (!oneOf(PLATFORMS, value.platform) || !isFiniteNumber(value.startedAt)) return null
      return {
        kind: "call-started",
        seq,
        callId,
        platform: value.platform,
        title: typeof value.title === "string" ? cleanText(value.title, MAX_NAME_LENGTH) : null,
        startedAt: value.startedAt,
      }
    case "utterances": {
      if (!Array.isArray(value.updates) || value.updates.length > MAX_UPDATES_PER_MESSAGE) return null
      // Array.from visits holes in sparse arrays too (as undefined, which is then rejected).
      const updates = Array.from(value.updates, parseUpdate)
      if (updates.some((update) => update === null || update.callId !== callId)) return null
      return { kind: "utterances", seq, callId, updates: updates as UtteranceUpdate[] }
    }
    case "status": {
      const status = value.status
      if (!isRecord(status) || !oneOf(STATES, status.state) || !oneOf(PLATFORMS, status.platform)) return null
      const detail = typeof status.detail === "string" ? cleanText(status.detail, MAX_NAME_LENGTH) : undefined
      return {
        kind: "status",
        seq,
        callId,
        status: { state: status.state, platform: status.platform, detail },
      }
    }
    case "call-ended":
      if (!oneOf(END_REASONS, value.reason) || !isFiniteNumber(value.at)) return null
      return { kind: "call-ended", seq, callId, reason: value.reason, at: value.at }
    default:
      return null
  }
}

export function parseUiMessage(value: unknown): UiMessage | null {
  if (!isRecord(value) || !oneOf(UI_KINDS, value.kind)) return null
  switch (value.kind) {
    case "nudge-dismiss":
    case "nudge-not-helpful":
      return isId(value.callId) && isId(value.nudgeId)
        ? { kind: value.kind, callId: value.callId, nudgeId: value.nudgeId }
        : null
    case "mute-call":
      return isId(value.callId) && typeof value.muted === "boolean"
        ? { kind: "mute-call", callId: value.callId, muted: value.muted }
        : null
    case "delete-call":
      return isId(value.callId) ? { kind: "delete-call", callId: value.callId } : null
    case "delete-all":
      return { kind: "delete-all" }
    case "set-seller": {
      const speaker =
        typeof value.speaker === "string" ? cleanText(value.speaker, MAX_NAME_LENGTH).trim() : ""
      return isId(value.callId) && speaker !== ""
        ? { kind: "set-seller", callId: value.callId, speaker }
        : null
    }
    case "import-call": {
      // The page scored the file with the same code; the contract's own checks keep a malformed
      // line from ever reaching history, and the summary is recomputed from the lines rather
      // than trusted from the page.
      const checked = validateCallJsonLines(value.call, summarizeCall)
      return checked.ok ? { kind: "import-call", call: checked.call } : null
    }
    case "classify-lines": {
      const lines = parseClassifyLines(value.lines)
      return lines ? { kind: "classify-lines", lines } : null
    }
  }
}

/**
 * The lines of a classify-lines request, or null when any is malformed or the batch is too big.
 * Text is passed on untouched (not cleaned like captions): it is only classified and returned,
 * never stored, and the verdict must be the one the scoring command gives the same text.
 */
function parseClassifyLines(value: unknown): ClassifyLine[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_CLASSIFY_LINES) return null
  const lines: ClassifyLine[] = []
  let chars = 0
  // Array.from visits holes in sparse arrays too (as undefined, which is then rejected).
  for (const line of Array.from(value as unknown[])) {
    if (!isRecord(line) || typeof line.text !== "string" || typeof line.self !== "boolean") return null
    chars += line.text.length
    if (chars > MAX_CLASSIFY_CHARS) return null
    lines.push({ text: line.text, self: line.self })
  }
  return lines
}
