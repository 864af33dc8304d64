/**
 * Every Zoom web client selector, as ordered fallbacks with the fixture era that proves each.
 * Zoom has no roles or test ids on its caption overlay, so ids come first and its BEM class
 * names (stable for years, but still class names) last.
 * Sources: /work/shared/docs/caption-dom.md (field notes, late 2026) and the public scrapers
 * listed per fixture in tests/fixtures/README.md.
 */
import type { DatedSelector } from "../dom"

/** The meeting UI lives in a same-origin iframe inside the /wc/<id>/join shell page. */
export const ZOOM_FRAME: readonly DatedSelector[] = [
  { selector: "iframe#webclient", era: "zoom-2026", note: "2023–2026" },
  { selector: "iframe.pwa-webclient__iframe", era: "zoom-2026", note: "PWA shell variant, 2025–2026" },
]

/** One row per speaker turn; the id repeats, so it is matched as an attribute. */
export const ZOOM_ROW = '[id="live-transcription-subtitle"]'

export const ZOOM_ROOTS: readonly DatedSelector[] = [
  {
    selector: ".live-transcription-subtitle__overlay-container",
    era: "zoom-2026",
    note: "2025–2026 overlay (also zoom-2026-overlay: old rows stay mounted, hidden)",
  },
  { selector: ".live-transcription-subtitle__content", era: "zoom-2026", note: "2025–2026, inner wrapper" },
  {
    selector: ".live-transcription-subtitle__box",
    era: "zoom-2024-box",
    note: "older builds: rows are the box's children, last row = current speaker; drop after 2027-01",
  },
]

/** The caption text inside a row; older rows: the row's last child. */
export const ZOOM_ROW_TEXT = ".live-transcription-subtitle__item"

/** Zoom's own caption controls inside the overlay; not caption text. */
export const ZOOM_OVERLAY_CONTROLS = 'button, [aria-label="Caption Language"]'

/** Names for avatars: the participants panel (when open) and the video tiles. */
export const ZOOM_PARTICIPANT = {
  item: ".participants-item__item-layout",
  avatar: "img.participants-item__avatar",
  name: ".participants-item__display-name",
  /** "(Me)", "(Host, Me)", translated. */
  label: ".participants-item__name-label",
} as const

/**
 * The participants list's accessible entries, "<Name> (Host, Me),computer audio muted,video on"
 * (2026-08, zoom-2026-overlay): the name and the "Me" marker without relying on class names.
 */
export const ZOOM_PARTICIPANT_ENTRY = '#participants-ul [role="application"][aria-label]'

export const ZOOM_VIDEO_TILE = {
  item: ".video-avatar__avatar",
  avatar: "img",
  name: ".video-avatar__avatar-footer",
} as const

/** The marker Zoom adds to the user's own participants entry, by UI language. */
export const ZOOM_ME_MARKERS: readonly string[] = [
  "me",
  "ich",
  "moi",
  "yo",
  "eu",
  "io",
  "ik",
  "ja",
  "我",
  "自分",
  "나",
]

export const ZOOM_LEAVE: readonly DatedSelector[] = [
  { selector: ".footer__leave-btn-container", era: "zoom-2026", note: "2022–2026 footer" },
]

/**
 * The captions toggle in the footer. Zoom keeps `#captions[data-feature-type=captions]` (and the
 * empty `.lt-subtitle-wrap`) in the page whether captions are on or off, so only the toggle's
 * own label says which: "Show Captions" (off) or "Hide Captions" (on).
 */
export const ZOOM_CAPTIONS_BUTTON: readonly DatedSelector[] = [
  {
    selector: '#captions[data-feature-type="captions"] > button',
    era: "zoom-2026-overlay",
    note: "2026-08: wrapper kept in both states, first button is the toggle, the second its menu",
  },
  { selector: "button#captions", era: "zoom-2026", note: "footer Show Captions, 2025–2026" },
  { selector: "#captions button", era: "zoom-2026", note: "footer button inside a #captions wrapper" },
]

/** The toggle's label while captions are off / on, in the UI languages seen so far. */
export const ZOOM_SHOW_CAPTIONS = /^(show captions|показать субтитры)$/i
export const ZOOM_HIDE_CAPTIONS = /^(hide captions|скрыть субтитры)$/i

/** Shown while Zoom moves the user into or out of a breakout room. */
export const ZOOM_BREAKOUT_LAYER = ".loading-layer--bo-room"

/** Zoom's own "meeting ended" screens (Live-Captions-Saver fork 5.1, 2025–2026). */
export const ZOOM_END_SCREEN = ".post-meeting-container, .meeting-ended-container"

export const ZOOM_MEETING_URL = /^https:\/\/(?:[\w-]+\.)*zoom\.us\/(?:wc|j)\/(\d+)/
