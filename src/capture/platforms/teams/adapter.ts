/**
 * Microsoft Teams (web): a virtualised list of caption items, each an author and a text, found by
 * data-tid. Items are removed and re-mounted as the list scrolls and carry no ids, so the
 * segmenter matches re-mounted items to the utterances they already produced. Guests can be
 * captioned as "Unknown" and renamed later. Whether captions are on is read from the captions
 * toggle's own data-tid ("…-on" / "…-off"); the toggle may be pinned to the toolbar or sit in the
 * More menu (or More › Language and speech).
 */
import { hasYouMarker, stripNameMarker } from "../../self"
import type { CaptionBlock } from "../../types"
import type { CaptionRoot, CaptionsStep, PlatformAdapter } from "../adapter"
import { captionText, ElementKeys, hostOf, queryFirst, textOf } from "../dom"
import {
  TEAMS_AUTHOR,
  TEAMS_CAPTIONS_TOGGLE,
  TEAMS_HOSTS,
  TEAMS_LANGUAGE_MENU,
  TEAMS_LEAVE,
  TEAMS_MORE_BUTTON,
  TEAMS_ROOTS,
  TEAMS_SELF,
  TEAMS_TEXT,
  TEAMS_TITLE,
} from "./selectors"

const UNKNOWN_SPEAKER = "Unknown"

/** The toggle's state: its data-tid suffix, else its checked/pressed state; null when unsaid. */
export function teamsToggleState(toggle: Element): boolean | null {
  const suffix = /-(on|off)$/.exec(toggle.getAttribute("data-tid") ?? "")?.[1]
  if (suffix) return suffix === "on"
  const checked = toggle.getAttribute("aria-checked") ?? toggle.getAttribute("aria-pressed")
  return checked === "true" ? true : checked === "false" ? false : null
}

export function createTeamsAdapter(): PlatformAdapter {
  const keys = new ElementKeys("teams-")

  function findCaptionRoot(doc: Document): CaptionRoot | null {
    const found = queryFirst(doc, TEAMS_ROOTS)
    return found ? { element: found.element, era: found.match.era } : null
  }

  function toggleOf(doc: Document): HTMLElement | null {
    return (queryFirst(doc, TEAMS_CAPTIONS_TOGGLE)?.element as HTMLElement | undefined) ?? null
  }

  function firstOf(doc: Document, selectors: Parameters<typeof queryFirst>[1]): HTMLElement | null {
    return (queryFirst(doc, selectors)?.element as HTMLElement | undefined) ?? null
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
    // Captions render only inside a call, so they prove it too if Teams renames Leave again.
    inCall: (doc) => queryFirst(doc, TEAMS_LEAVE) !== null || findCaptionRoot(doc) !== null,
    endScreen: () => false,
    inBreakoutTransition: () => false,
    captionsButton: toggleOf,

    captionsOn(doc) {
      const toggle = toggleOf(doc)
      const state = toggle ? teamsToggleState(toggle) : null
      if (state !== null) return state
      // The caption renderer exists only while captions are on (2026-08 captures).
      return findCaptionRoot(doc) ? true : null
    },

    captionsEnableStep(doc): CaptionsStep | null {
      const toggle = toggleOf(doc)
      if (toggle) return teamsToggleState(toggle) === true ? null : { element: toggle, toggle: true }
      const language = firstOf(doc, TEAMS_LANGUAGE_MENU)
      if (language) return { element: language, toggle: false }
      const more = firstOf(doc, TEAMS_MORE_BUTTON)
      return more && more.getAttribute("aria-expanded") !== "true" ? { element: more, toggle: false } : null
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
