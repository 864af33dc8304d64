/**
 * Google Meet: one block per speaker turn inside a role=region whose label is translated. Blocks
 * are read by structure (avatar + name + text) first, then by each era's class names. The region
 * also holds a language settings bar and a "Jump to bottom" button, which are not blocks.
 */
import { isYouLabel } from "../../self"
import type { CaptionBlock } from "../../types"
import type { CaptionRoot, PlatformAdapter } from "../adapter"
import { buttonWithIcon, captionText, ElementKeys, textOf } from "../dom"
import {
  MEET_BLOCK_ERAS,
  MEET_CAPTIONS_ICONS,
  MEET_LEAVE_ICONS,
  MEET_REGION,
  MEET_REGION_LABELS,
  MEET_SELF_NAME_ATTRIBUTE,
  MEET_STRUCTURE_ERA,
  MEET_TITLE_ATTRIBUTE,
  MEET_URL,
} from "./selectors"

interface BlockParts {
  block: Element
  name: string
  text: Element
}

const regionLabels = new Set(MEET_REGION_LABELS.map((label) => label.toLocaleLowerCase()))

export function createMeetAdapter(): PlatformAdapter {
  const keys = new ElementKeys("meet-")

  function regions(doc: Document): Element[] {
    return MEET_REGION.flatMap(({ selector }) => [...doc.querySelectorAll(selector)])
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
    const labelled = candidates.find((region) =>
      regionLabels.has((region.getAttribute("aria-label") ?? "").trim().toLocaleLowerCase()),
    )
    return labelled ? { element: labelled, era: MEET_STRUCTURE_ERA } : null
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
    inBreakoutTransition: () => false,
    captionsButton: (doc) => buttonWithIcon(doc, MEET_CAPTIONS_ICONS),

    captionsOn(doc) {
      const pressed = buttonWithIcon(doc, MEET_CAPTIONS_ICONS)?.getAttribute("aria-pressed")
      if (pressed === "true") return true
      if (pressed === "false") return false
      return findCaptionRoot(doc) ? true : null
    },

    selfName(doc) {
      for (const element of doc.querySelectorAll(`[${MEET_SELF_NAME_ATTRIBUTE}]`)) {
        const name = (element.getAttribute(MEET_SELF_NAME_ATTRIBUTE) ?? "").trim()
        if (name && !isYouLabel(name)) return name
      }
      return null
    },

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

/**
 * Class-free reading: a block is a child of the region (or of its one list wrapper) that holds an
 * avatar <img> followed by the name, and a text part either inside the avatar/name wrapper or
 * beside it. Controls (language bar, jump-to-bottom) hold buttons and are skipped.
 */
function structuralBlocks(region: Element): BlockParts[] {
  const direct = structuralChildren(region)
  if (direct.length > 0) return direct
  for (const wrapper of region.children) {
    const nested = structuralChildren(wrapper)
    if (nested.length > 0) return nested
  }
  return []
}

function structuralChildren(container: Element): BlockParts[] {
  const blocks: BlockParts[] = []
  for (const block of container.children) {
    if (block.querySelector("button")) continue
    const avatar = block.querySelector("img")
    const nameElement = avatar?.nextElementSibling ?? avatar?.parentElement?.nextElementSibling
    if (!avatar || !nameElement) continue
    const text =
      nameElement.nextElementSibling ??
      [...block.children].reverse().find((child) => !child.contains(avatar) && child !== nameElement)
    const name = textOf(nameElement)
    if (!text || !name || text.contains(avatar)) continue
    blocks.push({ block, name, text })
  }
  return blocks
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
