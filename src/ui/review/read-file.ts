/**
 * Reads a picked or dropped file's bytes for the transcript parsers, refusing a file over the
 * size cap before reading any of it (a video picked by mistake must not fill the page's memory).
 * Decoding (UTF-8 or UTF-16 by byte-order mark, CRLF) is the parsers' own, as in `npm run score`.
 */
import { MAX_TRANSCRIPT_BYTES, tooLargeError } from "../../transcripts/decode"

/** The part of a browser File the page uses (Node's File has it too, for tests). */
export interface PickedFile {
  name: string
  size: number
  arrayBuffer(): Promise<ArrayBuffer>
}

/** Throws ParseError("too-large") above the cap; otherwise the file's bytes. */
export async function readTranscriptBytes(file: PickedFile): Promise<Uint8Array> {
  if (file.size > MAX_TRANSCRIPT_BYTES) throw tooLargeError(file.size)
  return new Uint8Array(await file.arrayBuffer())
}
