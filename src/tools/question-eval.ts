/**
 * Spoken question detection on Switchboard (swda-dev, development only): every utterance in its
 * caption form (lowercase, letters, digits, apostrophes), scored as question or not.
 */
import type { Counts } from "../nlp/evaluate"
import { isQuestion } from "../nlp/classify"
import { swdaCaptionForm, swdaUtterances } from "./corpora"

export function questionReport(options: { conversations?: number } = {}): Counts & { utterances: number } {
  let utterances = swdaUtterances()
  if (options.conversations !== undefined) {
    const kept = new Set([...new Set(utterances.map((u) => u.conversation))].slice(0, options.conversations))
    utterances = utterances.filter((u) => kept.has(u.conversation))
  }
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
