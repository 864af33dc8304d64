/**
 * Every Google Meet selector, as ordered fallbacks: roles, attributes and structure first,
 * generated class names last. Each era is proven by the fixture folder of the same name
 * (tests/fixtures/<era>/); drop an era when its date passes and no user reports it.
 * Sources: /work/shared/docs/caption-dom.md (field notes, late 2026) and the public scrapers
 * listed per fixture in tests/fixtures/README.md.
 */
import type { DatedSelector } from "../dom"

/**
 * Where the captions container may be. Its aria-label is translated and its tabindex comes and
 * goes, so candidates are every region plus the stable jsname wrapper; the structure (or, while
 * nobody has spoken, the label) decides which one holds captions.
 */
export const MEET_REGION: readonly DatedSelector[] = [
  {
    selector: 'div[role="region"][tabindex="0"]',
    era: "meet-2026",
    note: "2024–2026; role+tabindex, any language",
  },
  {
    selector: '[role="region"]',
    era: "meet-2026-live",
    note: "2026-08 live captures: the captions region without tabindex",
  },
  {
    selector: '[jsname="dsyhDe"]',
    era: "meet-2026-live",
    note: "jsname of the captions wrapper, cited by scrapers 2025–2026; class names rotate, jsnames rarely",
  },
]

/**
 * The region's aria-label, by UI language. Only used to recognise an empty region (captions on,
 * nobody has spoken yet); a region with caption blocks is recognised by its structure.
 */
export const MEET_REGION_LABELS: readonly string[] = [
  "Captions",
  "Untertitel",
  "Sous-titres",
  "Subtítulos",
  "Legendas",
  "Sottotitoli",
  "Ondertiteling",
  "Napisy",
  "Titulky",
  "Undertekster",
  "Undertexter",
  "Tekstitys",
  "Altyazılar",
  "Субтитры",
  "Субтитри",
  "字幕",
  "자막",
]

/** One speaker turn, by era; newest first. Used when the structural reader finds nothing. */
export interface MeetBlockEra {
  era: string
  note: string
  block: string
  name: string
  text: string
}

export const MEET_BLOCK_ERAS: readonly MeetBlockEra[] = [
  {
    era: "meet-2026",
    note: "from May 2025: spans removed, text node directly in div.ygicle.VbkSUe",
    block: "div.nMcdL",
    name: "span.NWpY1d, div.KcIKyf",
    text: "div.ygicle, div.VbkSUe",
  },
  {
    era: "meet-2024-spans",
    note: "Nov 2024 – May 2025: one <span> per sentence; drop after 2026-12",
    block: "div.nMcdL",
    name: "div.KcIKyf",
    text: 'div[jsname="tgaKEf"]',
  },
  {
    era: "meet-pre-nov-2024",
    note: "until Nov 2024: .TBMuR blocks; drop after 2026-06",
    block: "div.TBMuR",
    name: "div.zs7s8d",
    text: 'div[jsname="tgaKEf"]',
  },
]

/** The structural reader's era name: a region child holding an avatar <img>, a name and text. */
export const MEET_STRUCTURE_ERA = "meet-structure"

/** Icon-font ligatures: untranslated, unlike the buttons' aria-labels. */
export const MEET_LEAVE_ICONS: readonly string[] = ["call_end"]
export const MEET_CAPTIONS_ON_ICON = "closed_caption"
/** Shown on the captions button while captions are off (pressing it turns them on). */
export const MEET_CAPTIONS_OFF_ICON = "closed_caption_off"
export const MEET_CAPTIONS_ICONS: readonly string[] = [MEET_CAPTIONS_ON_ICON, MEET_CAPTIONS_OFF_ICON]

/**
 * The user's own name, where Meet shows it: the pre-join screen's name (TranscripTonic, 2024–
 * 2026) and the people panel's entry marked "(You)" (Live-Captions-Saver fork 5.1, 2025–2026;
 * read by role and marker, its classes only as a fallback).
 */
export const MEET_PREJOIN_NAME = ".awLEm"
export const MEET_PEOPLE_ENTRY = '[role="listitem"]'
export const MEET_PEOPLE_NAME_CLASS = ".zWGUib"
/**
 * An attribute carrying the user's name on their own tile: seen in our older fixtures only, not
 * confirmed by any public scraper (older scripts show "You" there). Kept as the last fallback;
 * drop after 2027-03 if nothing confirms it.
 */
export const MEET_SELF_NAME_ATTRIBUTE = "data-self-name"

/** The "you left" / "meeting ended" screen's heading (Live-Captions-Saver fork 5.1, 2025–2026). */
export const MEET_END_HEADINGS =
  /^(you left the meeting|your host ended the meeting|you've left the meeting)/i
/** The meeting's name where Meet shows it (bottom-left info), else the document title. */
export const MEET_TITLE_ATTRIBUTE = "data-meeting-title"

export const MEET_URL = /^https:\/\/meet\.google\.com\/([a-z]{3}-[a-z]{4}-[a-z]{3})(?:[/?#]|$)/
