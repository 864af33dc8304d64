/**
 * Turns file bytes (or an already-decoded string) into transcript text, refusing what cannot be a
 * transcript before any parser sees it: empty input, binary data, and files over the size cap.
 * TextDecoder exists in Node and in every extension context, so this runs in both.
 */
import { ParseError } from "./parse-error"

/**
 * 20 MB. An hour of captions is about 60 kB of text; a full day of back-to-back calls stays far
 * under 5 MB. Anything bigger is almost certainly the wrong file, and parsing it would stall the
 * extension's service worker.
 */
export const MAX_TRANSCRIPT_BYTES = 20 * 1024 * 1024

export function tooLargeError(bytes: number): ParseError {
  const mb = (bytes / (1024 * 1024)).toFixed(1)
  return new ParseError("too-large", `file is too large (${mb} MB; the limit is 20 MB)`)
}

/** Decoded, checked text with line endings normalised to "\n". Throws ParseError. */
export function decodeTranscript(input: string | Uint8Array): string {
  const text = typeof input === "string" ? checkString(input) : decodeBytes(input)
  if (text.includes("\u0000")) throw nulBytesError()
  if (text.trim() === "") throw new ParseError("empty", "file is empty")
  return text.replace(/\r\n?/g, "\n")
}

function nulBytesError(): ParseError {
  return new ParseError("binary", "file looks binary (it contains NUL bytes), not a transcript")
}

function checkString(text: string): string {
  // A UTF-16 code unit is at least one byte of UTF-8, so this never refuses a file under the cap.
  if (text.length > MAX_TRANSCRIPT_BYTES) throw tooLargeError(text.length)
  return text.startsWith("\uFEFF") ? text.slice(1) : text
}

function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length > MAX_TRANSCRIPT_BYTES) throw tooLargeError(bytes.length)
  if (bytes.length === 0) throw new ParseError("empty", "file is empty")
  // Windows tools (Notepad, some caption exporters) still write UTF-16 with a byte-order mark.
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : "utf-8"
  if (encoding === "utf-8" && bytes.includes(0)) throw nulBytesError()
  try {
    // The decoder drops the byte-order mark itself (ignoreBOM defaults to false).
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    throw new ParseError(
      "binary",
      "file is not UTF-8 text (binary data or another encoding), not a transcript",
    )
  }
}
