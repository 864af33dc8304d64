/**
 * Class-free reading of Meet caption blocks. A block is a child of the caption container (or of
 * a wrapper a few levels down) that holds an avatar <img>; after the avatar, in document order,
 * comes the speaker's name and then the caption text. Seen nestings (2024–2026):
 *   [ wrapper(img, name), text ]   text beside the avatar/name wrapper
 *   [ wrapper(img, name, text) ]   text inside it
 *   [ img, wrapper(name, text) ]   avatar beside a wrapper holding the name, then the text
 * Children without an avatar (an empty spacer) or with a button (language bar, "Jump to bottom")
 * are not blocks.
 */

export interface BlockParts {
  block: Element
  name: string
  /** The element holding the caption text (one text node, or one span per sentence). */
  text: Element
}

/** How far below the container blocks may sit (region › list › wrapper). */
const MAX_DEPTH = 3

export function structuralBlocks(container: Element): BlockParts[] {
  let level: Element[] = [container]
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    for (const parent of level) {
      const blocks = blocksAmong(parent)
      if (blocks.length > 0) return blocks
    }
    level = level.flatMap((parent) => [...parent.children])
  }
  return []
}

function blocksAmong(parent: Element): BlockParts[] {
  const blocks: BlockParts[] = []
  for (const block of parent.children) {
    const parts = blockParts(block)
    if (parts) blocks.push(parts)
  }
  return blocks
}

function blockParts(block: Element): BlockParts | null {
  if (block.querySelector("button")) return null
  const avatar = block.querySelector("img")
  if (!avatar) return null
  const [nameNode, textNode] = textNodesAfter(block, avatar)
  const nameElement = nameNode?.parentElement
  if (!nameNode || !textNode || !nameElement) return null
  let text = textNode.parentElement
  while (
    text &&
    text.parentElement &&
    text.parentElement !== block &&
    !text.parentElement.contains(nameNode)
  ) {
    text = text.parentElement
  }
  const name = (nameElement.textContent ?? "").replace(/\s+/g, " ").trim()
  if (!text || text.contains(nameNode) || text.contains(avatar) || !name) return null
  return { block, name, text }
}

/** The first two non-blank text nodes after `after` inside `root`, in document order. */
function textNodesAfter(root: Element, after: Element): Text[] {
  const found: Text[] = []
  let passed = false
  const visit = (node: Node): boolean => {
    if (node === after) {
      passed = true
      return false
    }
    if (passed && node.nodeType === 3 && (node.textContent ?? "").trim() !== "") {
      found.push(node as Text)
      return found.length >= 2
    }
    for (const child of node.childNodes) if (visit(child)) return true
    return false
  }
  visit(root)
  return found
}
