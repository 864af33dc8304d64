/**
 * Caption timestamps: "hh:mm:ss.mmm" and "mm:ss.mmm" (WebVTT), "hh:mm:ss,mmm" (SRT), and the
 * looser "[01:02]" / "[1:02:03]" marks of plain-text transcripts. Values are seconds.
 */

/** Hours optional; minutes and seconds two digits; fraction optional, "." or ",". */
const TIMESTAMP = /^(?:(\d{1,3}):)?([0-5]?\d):([0-5]\d)(?:[.,](\d{1,3}))?$/

/** Seconds, or null when the text is not a timestamp. */
export function parseTimestamp(text: string): number | null {
  const match = TIMESTAMP.exec(text.trim())
  if (!match) return null
  const [, hours = "0", minutes = "0", seconds = "0", fraction = ""] = match
  const millis = fraction === "" ? 0 : Number(fraction.padEnd(3, "0"))
  // Whole milliseconds first, one division last: 1 + 0.348 is 1.3479999…, 1348 / 1000 is 1.348.
  return (Number(hours) * 3_600_000 + Number(minutes) * 60_000 + Number(seconds) * 1000 + millis) / 1000
}

/** "hh:mm:ss.mmm" (WebVTT); pass "," for SRT. Negative or non-finite input is clamped to 0. */
export function formatTimestamp(seconds: number, separator: "." | "," = "."): string {
  const totalMillis = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : 0
  const millis = totalMillis % 1000
  const totalSeconds = Math.floor(totalMillis / 1000)
  const pad = (value: number, width = 2) => String(value).padStart(width, "0")
  return `${pad(Math.floor(totalSeconds / 3600))}:${pad(Math.floor(totalSeconds / 60) % 60)}:${pad(totalSeconds % 60)}${separator}${pad(millis, 3)}`
}
