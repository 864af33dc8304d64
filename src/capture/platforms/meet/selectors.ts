/**
 * Every Google Meet selector, as ordered fallbacks: roles, attributes and structure first,
 * generated class names last. Each era is proven by the fixture folder of the same name
 * (tests/fixtures/<era>/); drop an era when its date passes and no user reports it.
 * Source: /work/shared/docs/caption-dom.md (field notes, late 2026).
 */
import type { DatedSelector } from "../dom"

/** The captions container. Its aria-label is translated, so it is found by role and structure. */
export const MEET_REGION: readonly DatedSelector[] = [
  {
    selector: 'div[role="region"][tabindex="0"]',
    era: "meet-2026",
    note: "2024–2026; role+tabindex, any language",
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
export const MEET_CAPTIONS_ICONS: readonly string[] = ["closed_caption", "closed_caption_off"]

/** The user's own tile carries their name (seen 2025–2026; "You" values are ignored). */
export const MEET_SELF_NAME_ATTRIBUTE = "data-self-name"
/** The meeting's name where Meet shows it (bottom-left info), else the document title. */
export const MEET_TITLE_ATTRIBUTE = "data-meeting-title"

export const MEET_URL = /^https:\/\/meet\.google\.com\/([a-z]{3}-[a-z]{4}-[a-z]{3})(?:[/?#]|$)/
