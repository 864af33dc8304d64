/**
 * What the background stores about a call and the pages read. Plain JSON (it lives in extension
 * storage and must survive a service-worker restart).
 */
import type { CaptureStatus, UtteranceUpdate } from "../capture/types"
import type { CallSummary, Classification, Platform } from "../core/types"
import type { CallEndReason } from "../messaging/contract"
import type { NudgePolicyState } from "../nudges/types"
import type { SellerChoice } from "./seller"

/** A captured utterance with the classifier's verdict on its current text. */
export type LiveUtterance = UtteranceUpdate & Classification

export interface CallMeta {
  callId: string
  platform: Platform
  title: string | null
  tabId: number | null
  windowId: number | null
  /** Epoch milliseconds. */
  startedAt: number
  endedAt: number | null
  endReason: CallEndReason | null
  status: CaptureStatus
  utteranceCount: number
  chunkCount: number
  /** Live metrics, recomputed as the call goes. */
  summary: CallSummary
  /** Epoch milliseconds of the last change, to pick the most recently active call. */
  updatedAt: number
  /** "other" when the seller speaks a language the coach cannot judge yet (English-only). */
  language?: "en" | "other"
  /** The live coach's state: the nudge on screen, mute, cooldowns (null until the coach runs). */
  coach: NudgePolicyState | null
  /**
   * Who the seller is, when the user said it ("this is me") or a remembered choice matched a
   * speaker of this call; absent while the page's own self detection stands.
   */
  seller?: SellerChoice | null
  /** The seller remembered for this platform when the call started, adopted once that speaker talks. */
  rememberedSeller?: string | null
}

/** One row of the call history. */
export interface CallIndexEntry {
  callId: string
  platform: Platform
  title: string | null
  startedAt: number
  endedAt: number | null
  durationSec: number | null
  score: number | null
  utteranceCount: number
}

/** Which call each browser window's side panel follows, and the most recent overall. */
export interface ActivePointer {
  lastCallId: string | null
  byWindow: Record<string, string>
}
