/**
 * The one message contract between the extension's contexts. Names say the direction:
 * - content → background: over a long-lived Port named CAPTURE_PORT, each message carries a
 *   sequence number; the background acks it only once it is persisted, so the content script
 *   resends whatever a service-worker restart swallowed.
 * - UI → background: one-shot runtime messages, each with a typed response.
 * - background → UI: none; the UI follows extension storage (src/state/storage-keys.ts).
 */
import type { CaptureStatus, UtteranceUpdate } from "../capture/types"
import type { CallJson, Classification, Platform } from "../core/types"

export const CAPTURE_PORT = "one-up-capture"

export type CallEndReason = "left" | "tab-closed" | "navigated" | "breakout" | "recovered"

interface Sequenced {
  /** Increases by one per message within one content-script lifetime. */
  seq: number
  callId: string
}

export type ContentToBackground =
  | (Sequenced & {
      kind: "call-started"
      platform: Platform
      title: string | null
      /** Epoch milliseconds of the call start as the page saw it. */
      startedAt: number
    })
  | (Sequenced & { kind: "utterances"; updates: UtteranceUpdate[] })
  | (Sequenced & { kind: "status"; status: CaptureStatus })
  | (Sequenced & { kind: "call-ended"; reason: CallEndReason; at: number })

export interface BackgroundToContent {
  kind: "ack"
  /** Every message with seq ≤ this one is persisted. */
  upTo: number
}

/** UI → background requests, each with its response type. */
export interface UiRequests {
  "nudge-dismiss": { request: { callId: string; nudgeId: string }; response: { ok: boolean } }
  "nudge-not-helpful": { request: { callId: string; nudgeId: string }; response: { ok: boolean } }
  "mute-call": { request: { callId: string; muted: boolean }; response: { ok: boolean } }
  "delete-call": { request: { callId: string }; response: { ok: boolean } }
  "delete-all": { request: object; response: { ok: boolean } }
  /**
   * "This is me": the seller is this speaker (display name as captioned) for the whole call, and
   * on this platform from now on. ok is false when the call has no line by that speaker.
   */
  "set-seller": { request: { callId: string; speaker: string }; response: { ok: boolean } }
  /**
   * A transcript file scored on the review page, stored as one complete, ended call
   * (`platform: "file"`) in a single write: it is in history whole, or not at all.
   */
  "import-call": { request: { call: CallJson }; response: ImportCallResponse }
  /**
   * Lines classified by the background's classifier, in order, exactly as classifyUtterance
   * judges them (the review page's file import and rehearsal: pages do not bundle the
   * classifier). Client lines (`self: false`) get their question facts; making them neutral is
   * the scorer's job (src/core/scored-call.ts). At most MAX_CLASSIFY_LINES lines and
   * MAX_CLASSIFY_CHARS characters of text per request.
   */
  "classify-lines": { request: { lines: ClassifyLine[] }; response: { classifications: Classification[] } }
}

export interface ClassifyLine {
  text: string
  /** Spoken by the seller: only their lines get a verdict and labels. */
  self: boolean
}

/** Lines per classify-lines request: a few hundred milliseconds of classifying at most. */
export const MAX_CLASSIFY_LINES = 500
/**
 * Characters of text per classify-lines request: the largest transcript the review page reads
 * (MAX_TRANSCRIPT_BYTES; a character takes at least one byte), so no utterance of an accepted
 * file is ever refused or cut, and its verdict stays the scoring command's.
 */
export const MAX_CLASSIFY_CHARS = 20 * 1024 * 1024

export type ImportCallResponse = { ok: true; callId: string } | { ok: false; error: string }

export type UiRequestKind = keyof UiRequests
export type UiMessage = { [K in UiRequestKind]: { kind: K } & UiRequests[K]["request"] }[UiRequestKind]
export type UiResponse<K extends UiRequestKind> = UiRequests[K]["response"]
