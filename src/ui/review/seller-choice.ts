/**
 * Who the seller is in a transcript that does not say. The parsers mark the seller where the
 * file does ("self", or the speaker "You"); otherwise the page matches a name the seller gave
 * before (a speaker chosen on an earlier file, or their names in the settings), and only then
 * asks, listing each speaker with their share of the talk.
 */
import type { TranscriptUtterance } from "../../core/types"
import { countWords } from "../../metrics/words"

export interface SpeakerShare {
  speaker: string
  words: number
  /** Share of all words in the file, 0..1. */
  share: number
}

/** Names the page remembers at most (newest first): enough for a seller's own aliases. */
export const MAX_REMEMBERED_NAMES = 10

export function fileMarksSeller(utterances: readonly Pick<TranscriptUtterance, "self">[]): boolean {
  return utterances.some((utterance) => utterance.self)
}

/** Every speaker with their share of the words, most talkative first (ties keep file order). */
export function speakerShares(
  utterances: readonly Pick<TranscriptUtterance, "speaker" | "text">[],
): SpeakerShare[] {
  const words = new Map<string, number>()
  for (const utterance of utterances) {
    words.set(utterance.speaker, (words.get(utterance.speaker) ?? 0) + countWords(utterance.text))
  }
  const total = [...words.values()].reduce((sum, count) => sum + count, 0)
  return [...words.entries()]
    .map(([speaker, count]) => ({ speaker, words: count, share: total === 0 ? 0 : count / total }))
    .sort((a, b) => b.words - a.words)
}

/** The first known name (in the order given) that is a speaker of this file, as the file spells it. */
export function knownSeller(speakers: readonly string[], knownNames: readonly string[]): string | null {
  for (const name of knownNames) {
    const found = speakers.find((speaker) => nameKey(speaker) === nameKey(name))
    if (found !== undefined && nameKey(name) !== "") return found
  }
  return null
}

/** The remembered names with `name` first, without duplicates (by the same key as matching). */
export function rememberName(names: readonly string[], name: string): string[] {
  const cleaned = name.replace(/\s+/g, " ").trim()
  if (cleaned === "") return [...names]
  const rest = names.filter((known) => nameKey(known) !== nameKey(cleaned))
  return [cleaned, ...rest].slice(0, MAX_REMEMBERED_NAMES)
}

/** Names compare like the scoring command's --me: spaces collapsed, case ignored. */
function nameKey(name: string): string {
  return name.replace(/\s+/g, " ").trim().toLocaleLowerCase()
}
