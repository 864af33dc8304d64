/**
 * Small DOM readers shared by the adapters. Text comes from textContent only, so reading never
 * forces a layout of the meeting page.
 */
import { collapseSpace } from "../tokens"

/** A selector with the DOM era it was seen in and why it is in the list. */
export interface DatedSelector {
  selector: string
  /** Fixture folder that proves it (tests/fixtures/<era>). */
  era: string
  /** When it was seen, and when it can be dropped if it stops matching. */
  note: string
}

export function textOf(node: Node | null | undefined): string {
  return collapseSpace(node?.textContent ?? "")
}

/**
 * Caption text of an element: Meet's older eras hold one <span> per sentence with no space
 * between them, so child elements are joined with a space.
 */
export function captionText(element: Element): string {
  const parts: string[] = []
  for (const node of element.childNodes) {
    const text = node.textContent ?? ""
    if (text.trim() !== "") parts.push(text)
  }
  return collapseSpace(parts.join(" "))
}

/** First element matching the ordered fallbacks, and which one matched. */
export function queryFirst<T extends { selector: string }>(
  root: ParentNode,
  selectors: readonly T[],
): { element: Element; match: T } | null {
  for (const match of selectors) {
    const element = root.querySelector(match.selector)
    if (element) return { element, match }
  }
  return null
}

/**
 * Stable keys for caption elements without touching the page's DOM: an element keeps its key as
 * long as it lives; a re-rendered element gets a new one (the segmenter matches those up).
 */
export class ElementKeys {
  private readonly keys = new WeakMap<Element, string>()
  private next = 1

  constructor(private readonly prefix: string) {}

  keyOf(element: Element): string {
    let key = this.keys.get(element)
    if (!key) {
      key = `${this.prefix}${this.next++}`
      this.keys.set(element, key)
    }
    return key
  }
}

/** Icon-font ligature names ("call_end") are not translated, unlike aria-labels. */
export function buttonWithIcon(doc: Document, iconNames: readonly string[]): HTMLElement | null {
  for (const icon of doc.querySelectorAll("button i, button [aria-hidden='true']")) {
    if (iconNames.includes(textOf(icon))) return icon.closest("button")
  }
  return null
}

/**
 * Whether the page shows an element, judged from markup only (no layout): neither it nor an
 * ancestor up to `within` is `hidden` or styled `display: none` inline. Zoom hides old caption
 * rows this way while keeping them mounted.
 */
export function isShownWithin(element: Element, within: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute("hidden") || /(^|;)\s*display\s*:\s*none/i.test(node.getAttribute("style") ?? ""))
      return false
    if (node === within) break
  }
  return true
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return ""
  }
}
