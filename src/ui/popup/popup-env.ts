/**
 * Everything the popup needs from the outside world, as one facade: storage to read calls from,
 * the background requests, file and clipboard output, opening the live coach. The entry point
 * (src/popup.tsx) passes the extension's implementation; tests pass fakes.
 */
import type { RewriteLookup } from "../../metrics/moments"
import type { CorrectionDraft } from "../../state/corrections"
import type { FollowerStorage } from "../state/call-follower"

export interface CallExporter {
  download(fileName: string, text: string, mimeType: string): void
  /** Resolves false when the clipboard refused. */
  copy(text: string): Promise<boolean>
}

export interface PopupActions {
  deleteCall(callId: string): Promise<boolean>
  deleteAll(): Promise<boolean>
  /** Opens the side panel (Chrome) or sidebar (Firefox); resolves false when it could not. */
  openLiveCoach(): Promise<boolean>
  /** Stores the seller's correction of a judged line; resolves false when it could not. */
  saveCorrection?(draft: CorrectionDraft): Promise<boolean>
}

export interface PopupEnv {
  storage: FollowerStorage
  actions: PopupActions
  exporter: CallExporter
  /** The rule registry's One-Up suggestion for a rule id (moments' rewrites). */
  rewriteFor: RewriteLookup
}
