/**
 * Words of a caption as the segmenter compares them. Recognisers rewrite case and punctuation as
 * they settle ("mic so" → "mic. So"), so revisions are matched on a normalised form while the
 * raw words are what gets kept and shown.
 */

export interface Token {
  /** The word as captioned, with any punctuation-only neighbours ("—", "...") glued on. */
  raw: string
  /** Lower case, no diacritics, letters and digits only: "We're," → "were". */
  norm: string
}

export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}]/gu, "")
}

/** Splits on whitespace; a piece with nothing comparable in it is glued to its neighbour. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let leading = ""
  for (const piece of text.split(/\s+/)) {
    if (piece === "") continue
    const norm = normalizeWord(piece)
    const last = tokens[tokens.length - 1]
    if (norm === "") {
      if (last) last.raw += ` ${piece}`
      else leading = leading ? `${leading} ${piece}` : piece
      continue
    }
    tokens.push({ raw: leading ? `${leading} ${piece}` : piece, norm })
    leading = ""
  }
  // Text made only of punctuation still counts as text, so it is never silently dropped.
  if (tokens.length === 0 && leading) tokens.push({ raw: leading, norm: "" })
  return tokens
}

export function joinTokens(tokens: readonly Token[]): string {
  return tokens.map((token) => token.raw).join(" ")
}

/** Case- and punctuation-insensitive form of a whole text, for equality checks. */
export function normalizeText(text: string): string {
  return tokenize(text)
    .map((token) => token.norm)
    .join(" ")
}

/** Collapses runs of whitespace, as captions are compared and shown on one line. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim()
}
