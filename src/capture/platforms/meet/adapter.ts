/**
 * Google Meet: one block per speaker turn inside a role=region whose label is translated and
 * whose tabindex comes and goes. Blocks are read by structure (avatar, then the name, then the
 * text, in any nesting) first, then by each era's class names. The region also holds a language
 * settings bar, an empty spacer and a "Jump to bottom" button, which are not blocks.
 */
import { isYouLabel } from "../../self"
import type { CaptionBlock } from "../../types"
import type { CaptionRoot, CaptionsStep, PlatformAdapter } from "../adapter"
import { buttonWithIcon, captionText, ElementKeys, isShownWithin, textOf } from "../dom"
import {
  MEET_BLOCK_ERAS,
  MEET_CAPTIONS_ICONS,
  MEET_CAPTIONS_OFF_ICON,
  MEET_CAPTIONS_ON_ICON,
  MEET_END_HEADINGS,
  MEET_LEAVE_ICONS,
  MEET_PEOPLE_ENTRY,
  MEET_PEOPLE_NAME_CLASS,
  MEET_PREJOIN_NAME,
  MEET_REGION,
  MEET_REGION_LABELS,
  MEET_SELF_NAME_ATTRIBUTE,
  MEET_STRUCTURE_ERA,
  MEET_TITLE_ATTRIBUTE,
  MEET_URL,
} from "./selectors"
import { structuralBlocks, type BlockParts } from "./structure"

const regionLabels = new Set(MEET_REGION_LABELS.map((label) => label.toLocaleLowerCase()))

export function createMeetAdapter(): PlatformAdapter {
  const keys = new ElementKeys("meet-")

  /** Regions first (a role=region inside the jsname wrapper is the better root), no repeats. */
  function regions(doc: Document): Element[] {
    return [...new Set(MEET_REGION.flatMap(({ selector }) => [...doc.querySelectorAll(selector)]))]
  }

  function readParts(root: CaptionRoot): BlockParts[] {
    if (root.era === MEET_STRUCTURE_ERA) return structuralBlocks(root.element)
    const era = MEET_BLOCK_ERAS.find((candidate) => candidate.era === root.era)
    return era ? eraBlocks(root.element, era) : []
  }

  function findCaptionRoot(doc: Document): CaptionRoot | null {
    const candidates = regions(doc)
    for (const region of candidates) {
      if (structuralBlocks(region).length > 0) return { element: region, era: MEET_STRUCTURE_ERA }
    }
    for (const era of MEET_BLOCK_ERAS) {
      const block = doc.querySelector(era.block)
      if (block && eraParts(block, era)) {
        return { element: block.closest('[role="region"]') ?? block.parentElement ?? block, era: era.era }
      }
    }
    // Captions on, nobody has spoken yet: an empty region, recognised by its label.
    const labelled = candidates.find(
      (region) =>
        region.getAttribute("role") === "region" &&
        regionLabels.has((region.getAttribute("aria-label") ?? "").trim().toLocaleLowerCase()),
    )
    return labelled ? { element: labelled, era: MEET_STRUCTURE_ERA } : null
  }

  /** The bottom bar's captions button says it by aria-pressed, else by its icon. */
  function captionsState(doc: Document): boolean | null {
    const button = buttonWithIcon(doc, MEET_CAPTIONS_ICONS)
    const pressed = button?.getAttribute("aria-pressed")
    if (pressed === "true") return true
    if (pressed === "false") return false
    const icon = button ? textOf(button.querySelector("i, [aria-hidden='true']")) : ""
    if (icon === MEET_CAPTIONS_OFF_ICON) return false
    if (icon === MEET_CAPTIONS_ON_ICON) return true
    return null
  }

  return {
    platform: "meet",
    rollingWindow: false,
    matchesUrl: (url) => MEET_URL.test(url),
    meetingCode: (url) => MEET_URL.exec(url)?.[1] ?? null,
    meetingDocument: (doc) => doc,

    findCaptionRoot,

    readBlocks(root) {
      return readParts(root).map(({ block, name, text }): CaptionBlock => ({
        key: keys.keyOf(block),
        speaker: name,
        self: isYouLabel(name) ? true : null,
        text: captionText(text),
      }))
    },

    hasUnreadCaptions(root, blocks) {
      if (blocks.length > 0) return false
      // Text of a few words in a region child that is neither a block nor a control.
      return [...root.element.children].some(
        (child) => !child.querySelector("button") && textOf(child).split(" ").length >= 3,
      )
    },

    // The leave button also shows in the lobby; the captions button only once admitted.
    inCall: (doc) =>
      buttonWithIcon(doc, MEET_LEAVE_ICONS) !== null &&
      (buttonWithIcon(doc, MEET_CAPTIONS_ICONS) !== null || findCaptionRoot(doc) !== null),
    endScreen: (doc) =>
      [...doc.querySelectorAll("h1")].some(
        (heading) => MEET_END_HEADINGS.test(textOf(heading)) && isShownWithin(heading, doc.documentElement),
      ),
    inBreakoutTransition: () => false,
    captionsButton: (doc) => buttonWithIcon(doc, MEET_CAPTIONS_ICONS),

    captionsOn(doc) {
      const state = captionsState(doc)
      if (state !== null) return state
      return findCaptionRoot(doc) ? true : null
    },

    captionsEnableStep(doc): CaptionsStep | null {
      const button = buttonWithIcon(doc, MEET_CAPTIONS_ICONS)
      return button && captionsState(doc) === false ? { element: button, toggle: true } : null
    },

    selfName: (doc) => prejoinName(doc) ?? peoplePanelName(doc) ?? attributeName(doc),

    meetingTitle(doc) {
      const titled = doc
        .querySelector(`[${MEET_TITLE_ATTRIBUTE}]`)
        ?.getAttribute(MEET_TITLE_ATTRIBUTE)
        ?.trim()
      if (titled) return titled
      const fromTab = doc.title.replace(/^(Google )?Meet\s*[-–—:]\s*/i, "").trim()
      return fromTab && !/^(google )?meet$/i.test(fromTab) ? fromTab : null
    },

    reset: () => undefined,
  }
}

function usableName(name: string): string | null {
  return name && !isYouLabel(name) ? name : null
}

function prejoinName(doc: Document): string | null {
  return usableName(textOf(doc.querySelector(MEET_PREJOIN_NAME)))
}

/** The people panel entry that carries a "(You)" marker: its other text is the user's name. */
function peoplePanelName(doc: Document): string | null {
  for (const entry of doc.querySelectorAll(MEET_PEOPLE_ENTRY)) {
    const leaves = [...entry.querySelectorAll("*")]
      .filter((element) => element.childElementCount === 0)
      .map((element) => textOf(element))
      .filter((text) => text !== "")
    if (!leaves.some((text) => isYouLabel(text))) continue
    const byClass = usableName(textOf(entry.querySelector(MEET_PEOPLE_NAME_CLASS)))
    const name = byClass ?? leaves.map(usableName).find((candidate) => candidate !== null)
    if (name) return name
  }
  return null
}

function attributeName(doc: Document): string | null {
  for (const element of doc.querySelectorAll(`[${MEET_SELF_NAME_ATTRIBUTE}]`)) {
    const name = usableName((element.getAttribute(MEET_SELF_NAME_ATTRIBUTE) ?? "").trim())
    if (name) return name
  }
  return null
}

function eraBlocks(root: Element, era: (typeof MEET_BLOCK_ERAS)[number]): BlockParts[] {
  return [...root.querySelectorAll(era.block)].flatMap((block) => eraParts(block, era) ?? [])
}

function eraParts(block: Element, era: (typeof MEET_BLOCK_ERAS)[number]): BlockParts | null {
  const nameElement = block.querySelector(era.name)
  const text = block.querySelector(era.text)
  const name = textOf(nameElement)
  return nameElement && text && name ? { block, name, text } : null
}
