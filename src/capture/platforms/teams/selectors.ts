/**
 * Every Microsoft Teams (web) selector, as ordered fallbacks with the fixture era that proves
 * each. Teams marks its UI with data-tid test attributes, which change far less often than its
 * generated class names, so no class names are needed here.
 * Sources: /work/shared/docs/caption-dom.md (field notes, late 2026) and the public scrapers
 * listed per fixture in tests/fixtures/README.md.
 */
import type { DatedSelector } from "../dom"

export const TEAMS_ROOTS: readonly DatedSelector[] = [
  {
    selector: '[data-tid="closed-caption-v2-virtual-list-content"]',
    era: "teams-2026",
    note: "v2 captions, 2024–2026 (teams-2026-toggle: a role=list inside, 2026-08)",
  },
  { selector: '[data-tid="closed-caption-v2-window-wrapper"]', era: "teams-2026", note: "its wrapper" },
  { selector: '[data-tid="closed-caption-renderer-wrapper"]', era: "teams-2026", note: "outermost wrapper" },
]

export const TEAMS_AUTHOR = '[data-tid="author"]'
export const TEAMS_TEXT = '[data-tid="closed-caption-text"]'

/**
 * The leave controls, any of which means "in a call": the classic hang-up button, the 2026
 * toolbar's Leave (and its End-meeting and Leave menu items), and the guest page's hang-up.
 */
export const TEAMS_LEAVE: readonly DatedSelector[] = [
  { selector: "#hangup-button", era: "teams-2026", note: "in-call hang-up, 2024–2026" },
  {
    selector: '[data-tid="hangup-main-btn"]',
    era: "teams-2026-toggle",
    note: "2025–2026 toolbar Leave (no #hangup-button on the page)",
  },
  { selector: '[data-tid="hangup-leave-button"]', era: "teams-2026-toggle", note: "Leave item, 2025–2026" },
  {
    selector: '[data-tid="hangup-end-meeting-button"]',
    era: "teams-2026-toggle",
    note: "organiser's End meeting, 2025–2026",
  },
  {
    selector: '[data-tid="anon-hangup-button"]',
    era: "teams-2026-toggle",
    note: "guests on the light-meetings page, 2026",
  },
  { selector: '[data-tid="hangup-button"]', era: "teams-2026-toggle", note: "data-tid form, 2026" },
]

/**
 * The 2026 captions toggle: one `#closed-captions-button` whose data-tid ends in "-on" or "-off"
 * with its state, a toolbar button when pinned, otherwise a menu item (More, or More › Language
 * and speech). Older menus: a `data-tid="closed-captions-button"` item with aria-checked.
 */
export const TEAMS_CAPTIONS_TOGGLE: readonly DatedSelector[] = [
  {
    selector: '#closed-captions-button[data-tid^="closed-captions-button-"]',
    era: "teams-2026-toggle",
    note: "2026 captions redesign: data-tid closed-captions-button-on|-off",
  },
  { selector: '[data-tid="closed-captions-button"]', era: "teams-2026", note: "menu item, 2025–2026" },
  { selector: "#closed-captions-button", era: "teams-2026-toggle", note: "classic submenu item, 2024–2026" },
]

/** On the way to the toggle when it is not pinned: More, then Language and speech. */
export const TEAMS_MORE_BUTTON: readonly DatedSelector[] = [
  { selector: '[data-tid="more-button"]', era: "teams-2026-toggle", note: "toolbar More, 2025–2026" },
  { selector: "#callingButtons-showMoreBtn", era: "teams-2026", note: "toolbar More, 2024–2026" },
]
export const TEAMS_LANGUAGE_MENU: readonly DatedSelector[] = [
  {
    selector: "#LanguageSpeechMenuControl-id",
    era: "teams-2026-toggle",
    note: "More › Language and speech, 2024–2026",
  },
]

export const TEAMS_TITLE: readonly DatedSelector[] = [
  { selector: '[data-tid="call-title"]', era: "teams-2026", note: "call header, 2024–2026" },
]

/**
 * The user's own name: the self video tile's name tag and the roster entry marked "(You)". Seen
 * in our fixtures only: no public scraper confirms them, so the options-page name and the side
 * panel's "this is me" stay the reliable ways.
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
