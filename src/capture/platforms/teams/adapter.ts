/**
 * Microsoft Teams (web): a virtualised list of caption items, each an author and a text, found by
 * data-tid. Items are removed and re-mounted as the list scrolls and carry no ids, so the
 * segmenter matches re-mounted items to the utterances they already produced. Guests can be
 * captioned as "Unknown" and renamed later.
 */
import { hasYouMarker, stripNameMarker } from "../../self"
import type { CaptionBlock } from "../../types"
import type { CaptionRoot, PlatformAdapter } from "../adapter"
import { captionText, ElementKeys, hostOf, queryFirst, textOf } from "../dom"
import {
  TEAMS_AUTHOR,
  TEAMS_CAPTION_LIKE,
  TEAMS_CAPTIONS_BUTTON,
  TEAMS_HOSTS,
  TEAMS_LEAVE,
  TEAMS_ROOTS,
  TEAMS_SELF,
  TEAMS_TEXT,
  TEAMS_TITLE,
} from "./selectors"

const UNKNOWN_SPEAKER = "Unknown"

export function createTeamsAdapter(): PlatformAdapter {
  const keys = new ElementKeys("teams-")

  function findCaptionRoot(doc: Document): CaptionRoot | null {
    const found = queryFirst(doc, TEAMS_ROOTS)
    return found ? { element: found.element, era: found.match.era } : null
  }

  return {
    platform: "teams",
    rollingWindow: false,
    matchesUrl: (url) => TEAMS_HOSTS.some((host) => hostOf(url) === host),
    meetingCode(url) {
      const thread = /meetup-join\/([^/?#]+)/.exec(url)?.[1]
      return thread ? decodeURIComponent(thread) : null
    },
    meetingDocument: (doc) => doc,
    findCaptionRoot,

    readBlocks(root) {
      return [...root.element.querySelectorAll(TEAMS_TEXT)].map((text): CaptionBlock => {
        const item = itemOf(text, root.element)
        return {
          key: keys.keyOf(item),
          speaker: textOf(item.querySelector(TEAMS_AUTHOR)) || UNKNOWN_SPEAKER,
          self: null,
          text: captionText(text),
        }
      })
    },

    hasUnreadCaptions: (root, blocks) => blocks.length === 0 && textOf(root.element).split(" ").length >= 3,
    inCall: (doc) => queryFirst(doc, TEAMS_LEAVE) !== null,
    inBreakoutTransition: () => false,
    captionsButton: (doc) =>
      (queryFirst(doc, TEAMS_CAPTIONS_BUTTON)?.element as HTMLElement | undefined) ?? null,

    captionsOn(doc) {
      if (findCaptionRoot(doc) || doc.querySelector(TEAMS_CAPTION_LIKE)) return true
      const toggle = queryFirst(doc, TEAMS_CAPTIONS_BUTTON)?.element.getAttribute("aria-checked")
      return toggle === "false" ? false : null
    },

    selfName(doc) {
      for (const { selector } of TEAMS_SELF) {
        for (const element of doc.querySelectorAll(selector)) {
          const label = textOf(element)
          if (label && (selector.includes("self") || hasYouMarker(label))) return stripNameMarker(label)
        }
      }
      return null
    },

    meetingTitle: (doc) => textOf(queryFirst(doc, TEAMS_TITLE)?.element) || null,
    reset: () => undefined,
  }
}

/** The caption item: the nearest ancestor of the text that also holds an author. */
function itemOf(text: Element, root: Element): Element {
  let item: Element = text
  while (item.parentElement && item !== root) {
    item = item.parentElement
    if (item.querySelector(TEAMS_AUTHOR)) return item
  }
  return text.parentElement ?? text
}
