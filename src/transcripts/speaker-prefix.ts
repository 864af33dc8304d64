/**
 * "Name: text" lines, the speaker convention of plain-text transcripts, Zoom's WebVTT and most
 * SRT exports. The name test is strict on purpose: a false speaker splits one person's speech in
 * two and skews talk share, while a missed one only merges a line into the previous utterance.
 */

/** Starts with a letter; letters, digits and the punctuation real display names use. */
const PREFIX = /^(\p{L}[\p{L}\p{M}\p{N} .'’&()_-]{0,59}?)\s*:(?:\s+(.*))?$/u
const MAX_NAME_WORDS = 6

export interface SpeakerLine {
  speaker: string
  /** Trimmed; may be empty ("Alice:" alone, the text follows on the next lines). */
  text: string
}

export function splitSpeakerPrefix(line: string): SpeakerLine | null {
  const match = PREFIX.exec(line.trim())
  if (!match) return null
  const speaker = normalizeSpeaker(match[1] ?? "")
  if (speaker === "" || speaker.split(" ").length > MAX_NAME_WORDS) return null
  return { speaker, text: (match[2] ?? "").trim() }
}

/** Display names compare and print with single spaces. */
export function normalizeSpeaker(name: string): string {
  return name.replace(/\s+/g, " ").trim()
}

/** Caption text: one line, single spaces. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, " ").trim()
}
