/**
 * The one interface between capture and a meeting page. Adapters are the only code that touches
 * a meeting page's DOM; each keeps its selectors in its platform's selectors.ts. Every read uses
 * textContent and attributes only: nothing here may force layout in the meeting page
 * (no innerText, offsetWidth, getBoundingClientRect or getComputedStyle).
 */
import type { Platform } from "../../core/types"
import type { CaptionBlock } from "../types"

export type MeetingPlatform = Exclude<Platform, "file">

/** The element that holds the captions, and which dated selector set found it. */
export interface CaptionRoot {
  element: Element
  /** Selector era, e.g. "meet-2026"; shown in the status detail and checked by fixture tests. */
  era: string
}

/** One press on the way to turning captions on. */
export interface CaptionsStep {
  element: HTMLElement
  /** True for the captions toggle itself; false for a menu that leads to it. */
  toggle: boolean
}

export interface PlatformAdapter {
  readonly platform: MeetingPlatform
  /** Caption rows are rolling windows of the last words, one row per current speaker (Zoom). */
  readonly rollingWindow: boolean
  matchesUrl(url: string): boolean
  /** The meeting's id in the URL, so a change of meeting is noticed; null when the URL has none. */
  meetingCode(url: string): string | null
  /** The document that holds the meeting UI: Zoom's same-origin iframe, or `doc` itself. */
  meetingDocument(doc: Document): Document
  findCaptionRoot(doc: Document): CaptionRoot | null
  /** Every caption block currently shown, in page order, with stable keys. */
  readBlocks(root: CaptionRoot, doc: Document): CaptionBlock[]
  /** The root shows caption-like text that no known block structure explains: the page changed. */
  hasUnreadCaptions(root: CaptionRoot, blocks: readonly CaptionBlock[]): boolean
  /** Joined: one of the page's leave controls is present (or captions are shown). */
  inCall(doc: Document): boolean
  /** The platform's own end-of-call screen is shown: the call is over, no grace period. */
  endScreen(doc: Document): boolean
  /** The page is moving the user to a breakout room: the current call ends here. */
  inBreakoutTransition(doc: Document): boolean
  /** The page's own captions toggle, when it is directly on screen. */
  captionsButton(doc: Document): HTMLElement | null
  /**
   * True/false when the page's own captions toggle (or a caption surface that exists only while
   * captions are on) says whether captions are on; null when it cannot be told.
   */
  captionsOn(doc: Document): boolean | null
  /**
   * What to press next to turn captions on: the toggle when it is on screen, else a menu on the
   * way to it (Teams: More › Language and speech); null when none of them is on screen.
   */
  captionsEnableStep(doc: Document): CaptionsStep | null
  /** The user's own display name where the page shows it. */
  selfName(doc: Document): string | null
  meetingTitle(doc: Document): string | null
  /** Forgets per-call state (Zoom's anonymous participant labels). */
  reset(): void
}
