/**
 * Shapes of caption capture, shared by the platform adapters, the segmenter, the content script
 * and the background. Pure types.
 */
import type { Platform } from "../core/types"

/** One caption block as read from the meeting page at one instant. */
export interface CaptionBlock {
  /** Stable for the life of one DOM block (the adapter tags the element), so revisions match up. */
  key: string
  /** Display name as captioned, or a stable anonymous label (Zoom avatar-only captions). */
  speaker: string
  /** True/false when the page says whose speech it is (Meet "You"); null when unknown. */
  self: boolean | null
  text: string
}

/** An utterance as the segmenter streams it: live while it changes, then final once. */
export interface UtteranceUpdate {
  callId: string
  /** Unique within the call, stable across revisions. */
  id: string
  speaker: string
  self: boolean
  text: string
  /** Seconds since call start. */
  start: number
  end: number
  /** Increases by one each time the text (or finality) changes. */
  revision: number
  final: boolean
}

/** Capture status, as contracts.md §4 names it (data-state of `capture-status`). */
export type CaptureState = "idle" | "captions-off" | "capturing" | "not-found" | "ended"

export interface CaptureStatus {
  state: CaptureState
  platform: Platform
  /** Human-readable detail, e.g. which selector era matched. */
  detail?: string
  /** The call this status belongs to, when there is one. */
  callId?: string
}
