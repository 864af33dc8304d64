/**
 * Reads the transcript bytes from a file or standard input, refusing anything over the size cap
 * before reading it all (a wrong path to a video file must not fill memory).
 */
import { readFile, stat } from "node:fs/promises"
import { MAX_TRANSCRIPT_BYTES, tooLargeError } from "../transcripts/decode"

/** A one-line problem with the input that is not about its content (missing file, directory). */
export class InputError extends Error {}

type ByteStream = AsyncIterable<Uint8Array> | Iterable<Uint8Array>

export async function readInput(file: string, stdin: ByteStream): Promise<Uint8Array> {
  return file === "-" ? readStream(stdin) : readPath(file)
}

async function readPath(path: string): Promise<Uint8Array> {
  let size: number
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new InputError("is a directory, not a transcript file")
    size = info.size
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(describeFsError(error))
  }
  if (size > MAX_TRANSCRIPT_BYTES) throw tooLargeError(size)
  try {
    return await readFile(path)
  } catch (error) {
    throw new InputError(describeFsError(error))
  }
}

async function readStream(stream: ByteStream): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let total = 0
  for await (const chunk of stream) {
    total += chunk.length
    if (total > MAX_TRANSCRIPT_BYTES) throw tooLargeError(total)
    chunks.push(chunk)
  }
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return bytes
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (code === "ENOENT") return "no such file"
  if (code === "EACCES" || code === "EPERM") return "permission denied"
  if (code === "EISDIR") return "is a directory, not a transcript file"
  return `cannot be read (${typeof code === "string" ? code : "unknown error"})`
}
