/**
 * Zoom web client: the meeting UI is in a same-origin iframe; captions are an overlay of rows,
 * each a rolling window of one speaker's last words, often with only an avatar to say who
 * speaks. In 2026 the overlay puts a speaker's next turn in a new row on top and keeps old rows
 * mounted but hidden (`display: none`): only shown rows are read. Rows are keyed by element; the
 * segmenter re-attaches a re-rendered row to the turn it continues and recognises rows that
 * replay words already captured (src/capture/replay.ts).
 */
import type { CaptionBlock } from "../../types"
import type { CaptionRoot, CaptionsStep, PlatformAdapter } from "../adapter"
import { captionText, ElementKeys, hostOf, isShownWithin, queryFirst, textOf } from "../dom"
import { settledLayer } from "./layers"
import {
  ZOOM_BREAKOUT_LAYER,
  ZOOM_CAPTIONS_BUTTON,
  ZOOM_END_SCREEN,
  ZOOM_FRAME,
  ZOOM_HIDE_CAPTIONS,
  ZOOM_LEAVE,
  ZOOM_MEETING_URL,
  ZOOM_OVERLAY_CONTROLS,
  ZOOM_ROOTS,
  ZOOM_ROW,
  ZOOM_ROW_TEXT,
  ZOOM_SHOW_CAPTIONS,
} from "./selectors"
import { avatarKeyOfImage, ZoomSpeakerLabels } from "./speakers"

/** An initials bubble ("DL") stands in for a photo; a longer text is a shown name. */
const INITIALS = /^\p{Lu}{1,3}$/u

interface RowParts {
  avatarKey: string
  shownName: string | null
  text: Element
}

export function createZoomAdapter(): PlatformAdapter {
  const labels = new ZoomSpeakerLabels()
  const keys = new ElementKeys("zoom-")

  function rowsOf(root: CaptionRoot): Element[] {
    const rows = [...root.element.querySelectorAll(ZOOM_ROW)]
    if (rows.length > 0 || root.era !== "zoom-2024-box") return rows
    return [...root.element.children].filter((row) => row.children.length >= 2)
  }

  function findCaptionRoot(doc: Document): CaptionRoot | null {
    const firstRow = doc.querySelector(ZOOM_ROW)
    const found = queryFirst(doc, ZOOM_ROOTS)
    if (firstRow && !(found && found.element.contains(firstRow))) {
      return { element: firstRow.parentElement ?? firstRow, era: "zoom-2026" }
    }
    return found ? { element: found.element, era: found.match.era } : null
  }

  /** The footer toggle: the first button of the captions control, or the only one. */
  function captionsToggle(doc: Document): HTMLElement | null {
    return (queryFirst(doc, ZOOM_CAPTIONS_BUTTON)?.element as HTMLElement | undefined) ?? null
  }

  function toggleState(doc: Document): boolean | null {
    const toggle = captionsToggle(doc)
    const label = (toggle?.getAttribute("aria-label") || textOf(toggle)).trim()
    if (ZOOM_HIDE_CAPTIONS.test(label)) return true
    if (ZOOM_SHOW_CAPTIONS.test(label)) return false
    return null
  }

  return {
    platform: "zoom",
    rollingWindow: true,
    matchesUrl: (url) => /(^|\.)zoom\.us$/.test(hostOf(url)) && ZOOM_MEETING_URL.test(url),
    meetingCode: (url) => ZOOM_MEETING_URL.exec(url)?.[1] ?? null,

    meetingDocument(doc) {
      for (const { selector } of ZOOM_FRAME) {
        const frame = doc.querySelector<HTMLIFrameElement>(selector)
        try {
          const inner = frame?.contentDocument
          if (inner?.body) return inner
        } catch {
          // Cross-origin (never expected for Zoom's own frame): read the shell instead.
        }
      }
      return doc
    },

    findCaptionRoot,

    readBlocks(root, doc) {
      return rowsOf(root).flatMap((row): CaptionBlock[] => {
        if (!isShownWithin(row, root.element)) return []
        const parts = rowParts(row)
        if (!parts) return []
        const { label, self } = labels.labelFor(parts.avatarKey, parts.shownName, doc)
        return [{ key: keys.keyOf(row), speaker: label, self, text: settledLayer(captionText(parts.text)) }]
      })
    },

    hasUnreadCaptions(root, blocks) {
      if (blocks.length > 0) return false
      // Text outside the known rows (hidden rows are known, just not shown) and controls.
      const clone = root.element.cloneNode(true) as Element
      for (const known of clone.querySelectorAll(`${ZOOM_OVERLAY_CONTROLS}, ${ZOOM_ROW}`)) known.remove()
      return textOf(clone).split(" ").length >= 3
    },

    inCall: (doc) => queryFirst(doc, ZOOM_LEAVE) !== null,
    endScreen: (doc) => doc.querySelector(ZOOM_END_SCREEN) !== null,
    inBreakoutTransition: (doc) => doc.querySelector(ZOOM_BREAKOUT_LAYER) !== null,
    captionsButton: captionsToggle,

    // The toggle's label says it; the overlay exists only while captions are on. The
    // `.lt-subtitle-wrap` and `#captions` wrappers exist either way and say nothing.
    captionsOn(doc) {
      const fromToggle = toggleState(doc)
      if (fromToggle !== null) return fromToggle
      return findCaptionRoot(doc) ? true : null
    },

    captionsEnableStep(doc): CaptionsStep | null {
      const toggle = captionsToggle(doc)
      return toggle && toggleState(doc) === false ? { element: toggle, toggle: true } : null
    },

    selfName: (doc) => labels.peopleOf(doc, true).selfName,

    meetingTitle(doc) {
      const title = doc.title.trim()
      return title && !/^zoom( meeting| web client)?$/i.test(title) ? title : null
    },

    reset: () => labels.reset(),
  }
}

/** A row: avatar <img> or initials/name element first, caption text last. */
function rowParts(row: Element): RowParts | null {
  const text = row.querySelector(ZOOM_ROW_TEXT) ?? row.lastElementChild
  if (!text) return null
  const image = row.querySelector("img")?.getAttribute("src")
  if (image) return { avatarKey: avatarKeyOfImage(image), shownName: null, text }
  const badge = [...row.children].find((child) => child !== text && !child.contains(text))
  const badgeText = textOf(badge)
  if (!badgeText) return { avatarKey: "unknown", shownName: null, text }
  return INITIALS.test(badgeText)
    ? { avatarKey: `initials:${badgeText}`, shownName: null, text }
    : { avatarKey: `name:${badgeText}`, shownName: badgeText, text }
}
