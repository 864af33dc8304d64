/**
 * The one compromise instance this worker uses, extended with the sales lexicon at module load.
 * Every parse goes through here so the lexicon is never forgotten and never re-applied.
 */
import nlp from "compromise/two"
import { tagFrames } from "./frames"
import { salesLexiconPlugin } from "./lexicon"

nlp.extend(salesLexiconPlugin)

export type Doc = ReturnType<typeof nlp>
export type Term = Doc["docs"][number][number]

export { nlp }

/** Parse (tokenize + tag) normalized text, then add the behaviour-frame tags (frames.ts). */
export function parse(text: string): Doc {
  const doc = nlp(text)
  tagFrames(doc)
  return doc
}
