/**
 * Test-only writers: serialise utterances into each transcript format, so property tests can
 * check that parsing gives back what was written (round trip).
 */
import { formatTimestamp } from "../../../src/transcripts/timestamps"

export interface WrittenUtterance {
  speaker: string
  text: string
  start: number
  end: number
  self?: boolean
}

export function writeWebVtt(utterances: readonly WrittenUtterance[]): string {
  const cues = utterances.map(
    (u, i) =>
      `cue-${i}\n${formatTimestamp(u.start)} --> ${formatTimestamp(u.end)} line:90%\n<v ${u.speaker}>${u.text}</v>`,
  )
  return `WEBVTT\n\n${cues.join("\n\n")}\n`
}

export function writeSrt(utterances: readonly WrittenUtterance[]): string {
  return utterances
    .map(
      (u, i) =>
        `${i + 1}\n${formatTimestamp(u.start, ",")} --> ${formatTimestamp(u.end, ",")}\n${u.speaker}: ${u.text}`,
    )
    .join("\n\n")
}

export function writePlainText(utterances: readonly WrittenUtterance[]): string {
  return utterances.map((u) => `[${formatTimestamp(u.start).slice(0, 8)}] ${u.speaker}: ${u.text}`).join("\n")
}

export function writeJsonLines(utterances: readonly WrittenUtterance[]): string {
  return utterances.map((u) => JSON.stringify(u)).join("\n")
}
