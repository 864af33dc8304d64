/**
 * Scores a parsed transcript the way `npm run score` does, a chunk of utterances at a time. The
 * classifying is done by whoever `classify` asks (on the page: the background, through a
 * classify-lines request, so the page does not bundle the classifier), and the call is
 * assembled here by the same functions as scoreTranscript, so the result equals the command's
 * output. Each chunk is one round trip: the page keeps its turn between chunks and its progress
 * bar moves.
 */
import { callFromScored, scoredUtterance } from "../../core/scored-call"
import type { CallJson, Classification, ScoredUtterance, TranscriptUtterance } from "../../core/types"
import type { ClassifyLine } from "../../messaging/contract"
import { callMetaOf } from "../../transcripts/call-meta"
import type { ParsedTranscript } from "../../transcripts/index"

/** Classifies lines in order: one classification per line. */
export type LineClassifier = (lines: ClassifyLine[]) => Promise<Classification[]>

export interface JudgeOptions {
  /** Most utterances per chunk. */
  chunkLines?: number
  /** Utterances scored so far, of the total; called before the first chunk and after every chunk. */
  onProgress?: (done: number, total: number) => void
  /** Stops between two chunks (the page was closed or the file removed); rejects with its reason. */
  signal?: AbortSignal
}

/**
 * About 100–200 ms of the background's classifying per chunk: a 3-hour call takes a few dozen
 * round trips, and a live call in another tab waits at most that long for its next caption.
 */
export const DEFAULT_CHUNK_LINES = 150
/** A chunk also ends at this many characters, so a file of long paragraphs makes no huge request. */
export const CHUNK_CHARS = 200_000

/** The classifier could not be reached or gave a wrong answer: nothing of the file is stored. */
export class JudgeError extends Error {}

export async function judgeInChunks(
  parsed: Pick<ParsedTranscript, "utterances" | "meta">,
  classify: LineClassifier,
  options: JudgeOptions = {},
): Promise<CallJson> {
  const total = parsed.utterances.length
  const scored: ScoredUtterance[] = []
  options.onProgress?.(0, total)
  for (const chunk of chunksOf(parsed.utterances, options.chunkLines ?? DEFAULT_CHUNK_LINES)) {
    options.signal?.throwIfAborted()
    const classifications = await classifyAll(chunk, classify)
    chunk.forEach((utterance, index) =>
      scored.push(scoredUtterance(utterance, classifications[index] as Classification)),
    )
    options.onProgress?.(scored.length, total)
  }
  options.signal?.throwIfAborted()
  return callFromScored(scored, callMetaOf(parsed))
}

/** One classification per line, or a JudgeError saying why not. */
export async function classifyAll(
  utterances: readonly Pick<TranscriptUtterance, "text" | "self">[],
  classify: LineClassifier,
): Promise<Classification[]> {
  let classifications: Classification[]
  try {
    classifications = await classify(utterances.map(({ text, self }) => ({ text, self })))
  } catch (error) {
    throw new JudgeError(error instanceof Error ? error.message : String(error))
  }
  if (!Array.isArray(classifications) || classifications.length !== utterances.length)
    throw new JudgeError("the classifier gave no answer for some lines")
  return classifications
}

/** Consecutive runs of at most `maxLines` utterances and (unless one alone is longer) CHUNK_CHARS characters. */
export function chunksOf<T extends { text: string }>(items: readonly T[], maxLines: number): T[][] {
  const chunks: T[][] = []
  let chunk: T[] = []
  let chars = 0
  for (const item of items) {
    if (chunk.length > 0 && (chunk.length >= maxLines || chars + item.text.length > CHUNK_CHARS)) {
      chunks.push(chunk)
      chunk = []
      chars = 0
    }
    chunk.push(item)
    chars += item.text.length
  }
  if (chunk.length > 0) chunks.push(chunk)
  return chunks
}

interface Scheduler {
  yield?: () => Promise<void>
}

/** scheduler.yield where the browser has it (keeps our place in line), else a new task. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler
  if (typeof scheduler?.yield === "function") return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}
