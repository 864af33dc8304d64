/**
 * Spoken question detection on Switchboard (swda-dev, development only): every utterance in its
 * caption form (lowercase, letters, digits, apostrophes), scored as question or not.
 */
import type { Counts } from "../nlp/evaluate"
import { isQuestion } from "../nlp/classify"
import { firstConversations, swdaCaptionForm, swdaUtterances } from "./corpora"

export function questionReport(options: { conversations?: number } = {}): Counts & { utterances: number } {
  const utterances = firstConversations(swdaUtterances(), options.conversations)
  const counts = { tp: 0, fp: 0, fn: 0, utterances: 0 }
  for (const u of utterances) {
    const text = swdaCaptionForm(u.text)
    if (text === "") continue
    counts.utterances++
    const asked = isQuestion(text)
    if (asked && u.question) counts.tp++
    else if (asked) counts.fp++
    else if (u.question) counts.fn++
  }
  return counts
}
