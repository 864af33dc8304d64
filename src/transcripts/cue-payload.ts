/**
 * Who said what inside one WebVTT/SRT cue. A cue names its speaker with a voice tag
 * (`<v Alice>text`, Teams and Meet) or a "Name: text" prefix (Zoom, most SRT); one cue can hold
 * several speakers, and a cue with no name continues the previous speaker (exporters name the
 * speaker only when it changes).
 */
import { stripCueMarkup, VOICE_TAG } from "./cue-markup"
import { normalizeSpeaker, normalizeText, splitSpeakerPrefix } from "./speaker-prefix"
import type { RawUtterance } from "./types"

export interface CueSegment {
  /** null: the cue does not say; the caller decides (previous speaker, or skip). */
  speaker: string | null
  text: string
  /** 1-based file line where this segment starts. */
  line: number
}

interface Fragment {
  speaker: string | null
  text: string
  line: number
}

/** Segments of a cue, empty ones dropped. `firstLine` is the file line of payloadLines[0]. */
export function splitCueSpeakers(payloadLines: readonly string[], firstLine: number): CueSegment[] {
  const segments: CueSegment[] = []
  for (const fragment of voiceFragments(payloadLines, firstLine)) {
    if (fragment.speaker !== null) {
      pushText(segments, fragment.speaker, stripCueMarkup(fragment.text), fragment.line)
      continue
    }
    // No voice tag: each line may start a new speaker with "Name: text".
    fragment.text.split("\n").forEach((rawLine, offset) => {
      const line = fragment.line + offset
      const plain = stripCueMarkup(rawLine)
      const named = splitSpeakerPrefix(plain)
      if (named) segments.push({ speaker: named.speaker, text: normalizeText(named.text), line })
      else pushText(segments, null, plain, line)
    })
  }
  return segments.filter((segment) => segment.text !== "")
}

/**
 * Appends to the last segment when it has the same speaker (or the text names none). Takes text
 * already stripped of markup: stripping twice would turn an escaped "&lt;b&gt;" into a tag.
 */
function pushText(segments: CueSegment[], speaker: string | null, plainText: string, line: number): void {
  const text = normalizeText(plainText)
  const last = segments[segments.length - 1]
  if (last && (speaker === null || speaker === last.speaker)) {
    last.text = normalizeText(`${last.text} ${text}`)
    return
  }
  segments.push({ speaker, text, line })
}

/** Splits the payload at voice tags; text before the first tag has no voice. */
function voiceFragments(payloadLines: readonly string[], firstLine: number): Fragment[] {
  const payload = payloadLines.join("\n")
  const fragments: Fragment[] = []
  let speaker: string | null = null
  let from = 0
  const lineAt = (offset: number) => firstLine + countNewlines(payload.slice(0, offset))
  for (const match of payload.matchAll(VOICE_TAG)) {
    const index = match.index ?? 0
    fragments.push({ speaker, text: payload.slice(from, index), line: lineAt(from) })
    const name = normalizeSpeaker(stripCueMarkup(match[1] ?? ""))
    speaker = name === "" ? null : name
    from = index + match[0].length
  }
  fragments.push({ speaker, text: payload.slice(from), line: lineAt(from) })
  return fragments.filter((fragment) => fragment.text.trim() !== "")
}

function countNewlines(text: string): number {
  let count = 0
  for (const char of text) if (char === "\n") count++
  return count
}

/**
 * Utterances of one cue. Several speakers in one cue share its time in proportion to their words
 * (the best estimate the file allows). A segment with no name continues `previousSpeaker`.
 */
export function cueUtterances(
  segments: readonly CueSegment[],
  timing: { start: number; end: number },
  previousSpeaker: string | null,
): { utterances: RawUtterance[]; unnamed: CueSegment[]; lastSpeaker: string | null } {
  const utterances: RawUtterance[] = []
  const unnamed: CueSegment[] = []
  let speaker = previousSpeaker
  const named: { segment: CueSegment; speaker: string }[] = []
  for (const segment of segments) {
    speaker = segment.speaker ?? speaker
    if (speaker === null) unnamed.push(segment)
    else named.push({ segment, speaker })
  }
  const words = named.map(({ segment }) => Math.max(1, segment.text.split(" ").length))
  const totalWords = words.reduce((sum, count) => sum + count, 0)
  let cursor = timing.start
  named.forEach(({ segment, speaker: name }, index) => {
    const share = ((timing.end - timing.start) * (words[index] ?? 1)) / totalWords
    const end = index === named.length - 1 ? timing.end : round3(cursor + share)
    utterances.push({
      id: null,
      speaker: name,
      self: null,
      text: segment.text,
      start: cursor,
      end,
      line: segment.line,
    })
    cursor = end
  })
  return { utterances, unnamed, lastSpeaker: speaker }
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000
}
