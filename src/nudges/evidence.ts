/**
 * What counts as evidence worth a nudge, and how it is quoted. Fillers have no measured link to
 * outcomes (shared/docs/one-up.md): a label whose evidence is only filler never nudges.
 */
import { CONFIDENT_STRENGTH, type Label } from "../core/types"
import { EVIDENCE_MAX_CHARS, FILLER_WORDS } from "./config"

/** Longest phrases first, so "you know" is taken whole before "you" could be looked at. */
const FILLER_PHRASES: string[][] = FILLER_WORDS.map((phrase) => phrase.split(" ")).sort(
  (a, b) => b.length - a.length,
)

/** True when the text says nothing but filler ("um, you know, like"): never a nudge. */
export function isFillerOnly(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []
  let index = 0
  while (index < words.length) {
    const filler = FILLER_PHRASES.find((phrase) =>
      phrase.every((word, offset) => words[index + offset] === word),
    )
    if (filler === undefined) return false
    index += filler.length
  }
  return true
}

/** Same rule, same polarity, same words: the identity used for live-revision stability. */
export function labelKey(label: Label): string {
  return `${label.rule}|${label.polarity}|${label.evidence.trim().toLowerCase()}`
}

/**
 * A label that may nudge: confident (a weak hunch of the statistical layer shows in the summary
 * but never interrupts the seller), not a filler rule, and quoting more than filler.
 */
export function isCoachable(label: Label): boolean {
  if ((label.strength ?? 1) < CONFIDENT_STRENGTH) return false
  return !/filler/i.test(label.rule) && label.evidence.trim() !== "" && !isFillerOnly(label.evidence)
}

/** The seller's words in quotation marks, shortened at a word boundary to read at a glance. */
export function quoteEvidence(evidence: string): string {
  const text = evidence.trim().replace(/\s+/g, " ")
  if (text.length <= EVIDENCE_MAX_CHARS) return `“${text}”`
  const cut = text.slice(0, EVIDENCE_MAX_CHARS)
  const space = cut.lastIndexOf(" ")
  return `“${(space > EVIDENCE_MAX_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…”`
}
