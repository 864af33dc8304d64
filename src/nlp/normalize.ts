/**
 * Caption normalizer: turns a raw caption into clean text for the tagger while remembering where
 * every word came from, so evidence can be cut from the ORIGINAL text for the UI to highlight.
 *
 * It works on plain strings (no parse) because it runs once per caption revision in the service
 * worker and must stay far cheaper than the parse itself.
 */
import {
  BARE_CONTRACTIONS,
  ED_BASE_VERBS,
  HAD_PARTICIPLES,
  HESITATIONS,
  ID_NOUN_CUES,
  ILL_ADJECTIVE_CUES,
  LETS_SUGGESTION_CUES,
  NUMBER_WORDS,
  WH_WORDS,
  YOU_KNOW_REAL_CUES,
} from "./spoken"

/** One word of the normalized text and the span of the original text it stands for. */
export interface NormalToken {
  /** Lowercased, apostrophes restored. */
  text: string
  /** Span in the original caption. */
  start: number
  end: number
  /** Span in the normalized text. */
  normStart: number
  normEnd: number
  /** The original had ?, . or , right after this word (kept: the tagger and splitter use it). */
  post: "" | "?" | "." | ","
}

export interface NormalizedCaption {
  original: string
  text: string
  tokens: NormalToken[]
}

// A word: letters/digits with inner apostrophes, hyphens, dots or commas ("don't", "next-gen",
// "1.6", "2,000", "24/7"), a clock time ("9:30", not a sentence break), optionally currency
// before or a percent sign after.
const WORD = /[$£€]?[\p{L}\p{N}]+(?:['’.,\-/&][\p{L}\p{N}]+|(?<=\p{N}):\p{N}{2}(?!\p{N}))*%?/gu

interface RawToken {
  text: string
  start: number
  end: number
  post: NormalToken["post"]
}

function gapPunctuation(gap: string): NormalToken["post"] {
  if (gap.includes("?")) return "?"
  if (/[.!;:]/.test(gap)) return "."
  if (/[,—–]|\s-\s/.test(gap)) return ","
  return ""
}

const PUNCT_STRENGTH: Record<NormalToken["post"], number> = { "": 0, ",": 1, ".": 2, "?": 3 }

function tokenize(original: string): RawToken[] {
  const tokens: RawToken[] = []
  for (const m of original.matchAll(WORD)) {
    const start = m.index
    const prev = tokens[tokens.length - 1]
    if (prev) prev.post = gapPunctuation(original.slice(prev.end, start))
    tokens.push({ text: m[0].toLowerCase().replace(/’/g, "'"), start, end: start + m[0].length, post: "" })
  }
  const last = tokens[tokens.length - 1]
  if (last) last.post = gapPunctuation(original.slice(last.end))
  return tokens
}

/** After "you know", words that make it a real verb: "you know that", "you know best". */
const KNOW_OBJECTS: ReadonlySet<string> = new Set(["that", "about", "if", "better", "best"])

const WOULD_CONTRACTION = /^(i|we|you|they|he|she|it|that|who)'d$/

/** "i'd start" is "i would start"; "i'd seen" is "i had seen". */
function expandWould(word: string, next: string | undefined): string {
  const m = WOULD_CONTRACTION.exec(word)
  if (!m || !next) return word
  const isParticiple = HAD_PARTICIPLES.has(next) || (next.endsWith("ed") && !ED_BASE_VERBS.has(next))
  return isParticiple ? word : `${m[1]} would`
}

/** "lets" after a break or a discourse word is "let's"; after a noun it is the verb. */
function opensSuggestion(prev: RawToken | undefined): boolean {
  return !prev || prev.post !== "" || LETS_SUGGESTION_CUES.has(prev.text)
}

function restoreContraction(word: string, prev: RawToken | undefined): string {
  // A Map, not an object: a caption saying "constructor" must not find Object's own properties.
  const fixed = BARE_CONTRACTIONS.get(word)
  if (fixed) return fixed
  if (word === "lets" && opensSuggestion(prev)) return "let's"
  if (word === "ill" && !(prev && ILL_ADJECTIVE_CUES.has(prev.text))) return "i'll"
  if (word === "id" && !(prev && ID_NOUN_CUES.has(prev.text))) return "i'd"
  return word
}

/** True when the words from i on are a filler the tagger should not see. */
function fillerLength(tokens: RawToken[], i: number): number {
  const word = tokens[i]?.text ?? ""
  // "uh huh", "mm hmm": a backchannel meaning yes, not the "huh" that asks for agreement.
  if (HESITATIONS.has(word)) return tokens[i + 1]?.text === "huh" ? 2 : 1
  const next = tokens[i + 1]?.text
  const prev = tokens[i - 1]?.text
  // "you know" as a filler; kept when it is a real verb phrase ("do you know", "if you know")
  // or introduces what is known ("you know what", "you know how").
  if (word === "you" && next === "know" && !(prev && YOU_KNOW_REAL_CUES.has(prev))) {
    const after = tokens[i + 2]?.text
    if (!after || !(WH_WORDS.has(after) || KNOW_OBJECTS.has(after))) return 2
  }
  // "i mean" opening a thought; kept in "what i mean", "do you mean".
  if (word === "i" && next === "mean" && (!prev || prev === "and" || prev === "so" || prev === "but"))
    return 2
  // "like" before an amount: "i need like fifteen minutes".
  if (word === "like" && next && (NUMBER_WORDS.has(next) || /^\d/.test(next)) && prev !== "looks") return 1
  return 0
}

/** A restart: "what do you what does your team" keeps only the second attempt. */
function falseStartLength(tokens: RawToken[], i: number): number {
  const word = tokens[i]?.text ?? ""
  if (!WH_WORDS.has(word)) return 0
  for (let k = 2; k <= 3; k++) {
    if (tokens[i + k]?.text === word && tokens[i + k - 1]?.post === "") return k
  }
  return 0
}

/** Stutters: "we we saw" and "i think i think we" keep one copy. */
function dropRepeats(tokens: RawToken[]): RawToken[] {
  const out: RawToken[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (!token) continue
    const prev = out[out.length - 1]
    if (prev && prev.post === "" && prev.text === token.text) continue
    const prev2 = out[out.length - 2]
    const next = tokens[i + 1]
    if (prev && prev2 && next && prev.post === "" && prev2.text === token.text && prev.text === next.text) {
      i++
      continue
    }
    out.push(token)
  }
  return out
}

/** Clean a raw caption for parsing; keeps a map from every word back to the original text. */
export function normalizeCaption(original: string): NormalizedCaption {
  const raw = tokenize(original)
  const kept: RawToken[] = []
  for (let i = 0; i < raw.length;) {
    const skip = fillerLength(raw, i) || falseStartLength(raw, i)
    if (skip > 0) {
      // Keep the strongest punctuation of what was dropped on the word before it.
      const last = kept[kept.length - 1]
      const dropped = raw[i + skip - 1]
      if (last && dropped && PUNCT_STRENGTH[dropped.post] > PUNCT_STRENGTH[last.post])
        last.post = dropped.post
      i += skip
      continue
    }
    const token = raw[i]
    if (token) {
      const restored = restoreContraction(token.text, kept[kept.length - 1])
      kept.push({ ...token, text: expandWould(restored, raw[i + 1]?.text) })
    }
    i++
  }
  const tokens: NormalToken[] = []
  let text = ""
  for (const token of dropRepeats(kept)) {
    if (text) text += " "
    const normStart = text.length
    text += token.text
    tokens.push({ ...token, normStart, normEnd: text.length })
    if (token.post) text += token.post
  }
  return { original, text, tokens }
}

/** The original-text span covered by a span of the normalized text. */
export function originalSpan(caption: NormalizedCaption, normStart: number, normEnd: number): string {
  let first: NormalToken | undefined
  let last: NormalToken | undefined
  for (const token of caption.tokens) {
    if (token.normEnd <= normStart) continue
    if (token.normStart >= normEnd) break
    first ??= token
    last = token
  }
  if (!first || !last) return ""
  return caption.original.slice(first.start, last.end)
}
