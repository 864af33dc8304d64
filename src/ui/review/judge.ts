/**
 * Scores a parsed transcript the way `npm run score` does, in slices of a few milliseconds with
 * a yield to the event loop between them, so a 3-hour file keeps the page responsive and its
 * progress bar moving. Each utterance is scored on its own (scoreUtterance) and the call is
 * assembled by the same function as scoreTranscript, so the result equals the command's output.
 */
import { callFromScored, scoreUtterance } from "../../core/call-json"
import type { CallJson, ScoredUtterance } from "../../core/types"
import { callMetaOf } from "../../transcripts/call-meta"
import type { ParsedTranscript } from "../../transcripts/index"

export interface JudgeOptions {
  /** Milliseconds of scoring per slice; one utterance takes about a millisecond. */
  sliceMs?: number
  now?: () => number
  /** Resolves once the page had its turn (input, paint); default: the browser's task queue. */
  yieldToLoop?: () => Promise<void>
  /** Utterances scored so far, of the total; called before the first slice, after every slice and at the end. */
  onProgress?: (done: number, total: number) => void
  /** Stops between two slices (the page was closed or the file removed); rejects with its reason. */
  signal?: AbortSignal
}

/**
 * Well under the 50 ms at which the browser calls a task long, leaving room for the slowest
 * single utterance (a long plain-text paragraph) and the render of the progress bar.
 */
export const DEFAULT_SLICE_MS = 25

export async function judgeInSlices(
  parsed: Pick<ParsedTranscript, "utterances" | "meta">,
  options: JudgeOptions = {},
): Promise<CallJson> {
  const now = options.now ?? (() => performance.now())
  const yieldToLoop = options.yieldToLoop ?? yieldToBrowser
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS
  const total = parsed.utterances.length
  const scored: ScoredUtterance[] = []
  // The file was parsed in the task that called us: the first slice gets a task of its own, and
  // the page draws the empty progress bar first.
  options.onProgress?.(0, total)
  await yieldToLoop()
  options.signal?.throwIfAborted()
  let sliceStart = now()
  for (const utterance of parsed.utterances) {
    scored.push(scoreUtterance(utterance))
    if (now() - sliceStart >= sliceMs && scored.length < total) {
      options.onProgress?.(scored.length, total)
      await yieldToLoop()
      options.signal?.throwIfAborted()
      sliceStart = now()
    }
  }
  options.onProgress?.(total, total)
  return callFromScored(scored, callMetaOf(parsed))
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
