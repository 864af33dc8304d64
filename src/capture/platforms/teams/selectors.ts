/**
 * Every Microsoft Teams (web) selector, as ordered fallbacks with the fixture era that proves
 * each. Teams marks its UI with data-tid test attributes, which change far less often than its
 * generated class names, so no class names are needed here.
 * Source: /work/shared/docs/caption-dom.md (field notes, late 2026).
 */
import type { DatedSelector } from "../dom"

export const TEAMS_ROOTS: readonly DatedSelector[] = [
  {
    selector: '[data-tid="closed-caption-v2-virtual-list-content"]',
    era: "teams-2026",
    note: "v2 captions, 2024–2026",
  },
  { selector: '[data-tid="closed-caption-v2-window-wrapper"]', era: "teams-2026", note: "its wrapper" },
  { selector: '[data-tid="closed-caption-renderer-wrapper"]', era: "teams-2026", note: "outermost wrapper" },
]

export const TEAMS_AUTHOR = '[data-tid="author"]'
export const TEAMS_TEXT = '[data-tid="closed-caption-text"]'

/** Anything that looks like Teams' caption UI, to tell "captions on but unreadable" apart. */
export const TEAMS_CAPTION_LIKE = '[data-tid*="closed-caption"], [data-tid*="closed-captions"]'

export const TEAMS_LEAVE: readonly DatedSelector[] = [
  { selector: "#hangup-button", era: "teams-2026", note: "in-call hang-up, 2024–2026" },
]

/** The captions toggle is a menu item (More › Language and speech); present only while open. */
export const TEAMS_CAPTIONS_BUTTON: readonly DatedSelector[] = [
  { selector: '[data-tid="closed-captions-button"]', era: "teams-2026", note: "menu item, 2025–2026" },
]

export const TEAMS_TITLE: readonly DatedSelector[] = [
  { selector: '[data-tid="call-title"]', era: "teams-2026", note: "call header, 2024–2026" },
]

/**
 * The user's own name: the self video tile and the roster entry marked "(You)". Seen in our
 * fixture only (teams-2026): the options-page name is the reliable fallback.
 */
export const TEAMS_SELF: readonly DatedSelector[] = [
  {
    selector: '[data-tid="video-tile-self"] [data-tid="participant-name"]',
    era: "teams-2026",
    note: "self tile",
  },
  { selector: '[data-tid^="participantsInCall-"]', era: "teams-2026", note: 'roster entry "Name (You)"' },
]

export const TEAMS_HOSTS = ["teams.microsoft.com", "teams.live.com", "teams.cloud.microsoft"]
