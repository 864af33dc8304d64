/**
 * Coaching is English-only for now. A call whose seller speaks another language still gets its
 * captions captured and shown, but no One-Up/One-Down judgement (the rules would judge nonsense)
 * and the side panel says why.
 */
import type { Classification } from "../core/types"
import { looksEnglish } from "../nlp/language"

export type CallLanguage = "en" | "other"

/** How many of the seller's latest lines (with a clear answer) decide the call's language. */
const RECENT_SELLER_LINES = 5

export const NOT_JUDGED: Classification = {
  verdict: "neutral",
  labels: [],
  question: false,
  questionCount: 0,
  questionKind: null,
}

/** Classifies with `classify` unless the seller's line is clearly not English. */
export function classifyEnglishOnly(
  classify: (text: string, self: boolean) => Classification,
): (text: string, self: boolean) => Classification {
  return (text, self) => (self && looksEnglish(text) === false ? NOT_JUDGED : classify(text, self))
}

/** The call's language from the seller's latest lines; English until shown otherwise. */
export function callLanguage(utterances: ReadonlyArray<{ self: boolean; text: string }>): CallLanguage {
  let english = 0
  let other = 0
  for (let index = utterances.length - 1; index >= 0 && english + other < RECENT_SELLER_LINES; index -= 1) {
    const utterance = utterances[index]
    if (!utterance?.self) continue
    const verdict = looksEnglish(utterance.text)
    if (verdict === true) english += 1
    else if (verdict === false) other += 1
  }
  return other > english ? "other" : "en"
}
