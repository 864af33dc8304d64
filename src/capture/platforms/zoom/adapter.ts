/**
 * Zoom web client: the meeting UI is in a same-origin iframe; captions are an overlay of rows,
 * one per current speaker, each a rolling window of that speaker's last words, often with only
 * an avatar to say who speaks. Rows are keyed by avatar, not by element, because the overlay
 * re-renders rows freely while the avatar stays the same.
 */
import type { CaptionBlock } from "../../types"
import type { CaptionRoot, PlatformAdapter } from "../adapter"
import { captionText, hostOf, queryFirst, textOf } from "../dom"
import {
  ZOOM_BREAKOUT_LAYER,
  ZOOM_CAPTION_LIKE,
  ZOOM_CAPTIONS_BUTTON,
  ZOOM_FRAME,
  ZOOM_LEAVE,
  ZOOM_MEETING_URL,
  ZOOM_OVERLAY_CONTROLS,
  ZOOM_ROOTS,
  ZOOM_ROW,
  ZOOM_ROW_TEXT,
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
        const parts = rowParts(row)
        if (!parts) return []
        const { label, self } = labels.labelFor(parts.avatarKey, parts.shownName, doc)
        return [{ key: `zoom:${parts.avatarKey}`, speaker: label, self, text: captionText(parts.text) }]
      })
    },

    hasUnreadCaptions(root, blocks) {
      if (blocks.length > 0) return false
      const clone = root.element.cloneNode(true) as Element
      for (const control of clone.querySelectorAll(ZOOM_OVERLAY_CONTROLS)) control.remove()
      return textOf(clone).split(" ").length >= 3
    },

    inCall: (doc) => queryFirst(doc, ZOOM_LEAVE) !== null,
    inBreakoutTransition: (doc) => doc.querySelector(ZOOM_BREAKOUT_LAYER) !== null,
    captionsButton: (doc) =>
      (queryFirst(doc, ZOOM_CAPTIONS_BUTTON)?.element as HTMLElement | undefined) ?? null,

    captionsOn(doc) {
      if (findCaptionRoot(doc) || doc.querySelector(ZOOM_CAPTION_LIKE)) return true
      return queryFirst(doc, ZOOM_CAPTIONS_BUTTON) ? false : null
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
