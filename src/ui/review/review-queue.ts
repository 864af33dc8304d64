/**
 * The review page's file queue: each picked or dropped file is read, parsed, given its seller
 * (from the file, a name the seller gave before, or by asking), scored in chunks and stored as
 * an imported call, one file after another. A file that fails says why in one sentence and the
 * queue goes on with the next; a file is stored only once it is completely scored.
 * Framework-free (a zustand vanilla store), so it runs in Node tests with fake dependencies.
 */
import { createStore, type StoreApi } from "zustand/vanilla"
import type { CallJson } from "../../core/types"
import type { ImportCallResponse } from "../../messaging/contract"
import { isParseError, parseTranscript, type ParsedTranscript } from "../../transcripts/index"
import { judgeInChunks, JudgeError, type JudgeOptions, type LineClassifier } from "./judge"
import type { PickedFile } from "./read-file"
import { fileMarksSeller, knownSeller, speakerShares, type SpeakerShare } from "./seller-choice"

export type JobState =
  "waiting" | "reading" | "choosing" | "judging" | "saving" | "done" | "failed" | "skipped"

export interface FileJob {
  /** Unique within the page's life (two files may share a name). */
  key: string
  name: string
  state: JobState
  /** Utterances scored so far, of `total` (while judging). */
  done: number
  total: number
  /** The speakers to choose the seller from (state "choosing"). */
  speakers: SpeakerShare[] | null
  /** One sentence naming the file and what is wrong (state "failed"). */
  error: string | null
  /** The stored call (state "done"). */
  callId: string | null
  /** Things the seller should know about a reviewed file (lines skipped, no seller lines). */
  notes: string[]
}

export interface ReviewQueueState {
  jobs: FileJob[]
  /** The imported call whose review the page shows. */
  shownCallId: string | null
}

export interface ReviewQueueDeps {
  readBytes(file: PickedFile): Promise<Uint8Array>
  /** Names the seller goes by, most trusted first (chosen before, then their settings). */
  knownNames(): Promise<string[]>
  rememberName(name: string): Promise<void>
  importCall(call: CallJson): Promise<ImportCallResponse | undefined>
  /** The background's classifier (tests pass the classifier itself). */
  classifyLines: LineClassifier
  /** Chunking of the scoring (tests pass small chunks). */
  judge?: Omit<JudgeOptions, "onProgress" | "signal">
}

export interface ReviewQueue {
  store: StoreApi<ReviewQueueState>
  addFiles(files: readonly PickedFile[]): void
  /** The seller's answer for a file in state "choosing". */
  chooseSeller(key: string, speaker: string): void
  /** Leaves a file out (e.g. none of its speakers is the seller). */
  skip(key: string): void
  show(callId: string | null): void
  /** Resolves once every file added so far is finished (tests, benchmark). */
  idle(): Promise<void>
}

export function createReviewQueue(deps: ReviewQueueDeps): ReviewQueue {
  const store = createStore<ReviewQueueState>(() => ({ jobs: [], shownCallId: null }))
  const files = new Map<string, PickedFile>()
  const answers = new Map<string, (speaker: string | null) => void>()
  let nextKey = 1
  let running: Promise<void> | null = null

  const update = (key: string, patch: Partial<FileJob>) =>
    store.setState((state) => ({
      jobs: state.jobs.map((job) => (job.key === key ? { ...job, ...patch } : job)),
    }))

  const askSeller = (key: string, speakers: SpeakerShare[]) =>
    new Promise<string | null>((resolve) => {
      answers.set(key, resolve)
      update(key, { state: "choosing", speakers })
    }).finally(() => answers.delete(key))

  async function sellerOf(key: string, parsed: ParsedTranscript): Promise<string | null | undefined> {
    if (fileMarksSeller(parsed.utterances)) return undefined
    const shares = speakerShares(parsed.utterances)
    const known = knownSeller(
      shares.map((share) => share.speaker),
      await deps.knownNames(),
    )
    if (known !== null) return known
    const chosen = await askSeller(key, shares)
    if (chosen !== null) await deps.rememberName(chosen)
    return chosen
  }

  async function review(job: FileJob, file: PickedFile): Promise<void> {
    update(job.key, { state: "reading" })
    const bytes = await deps.readBytes(file)
    let parsed = parseTranscript(bytes)
    const seller = await sellerOf(job.key, parsed)
    if (seller === null) {
      update(job.key, { state: "skipped", speakers: null })
      return
    }
    // Exactly `npm run score -- file --me NAME`.
    if (seller !== undefined) parsed = parseTranscript(bytes, { me: seller })
    const total = parsed.utterances.length
    update(job.key, { state: "judging", speakers: null, done: 0, total, notes: notesOf(parsed) })
    const call = await judgeInChunks(parsed, deps.classifyLines, {
      ...deps.judge,
      onProgress: (done) => update(job.key, { done }),
    })
    update(job.key, { state: "saving" })
    const saved = await deps.importCall({ ...call, title: call.title ?? titleOf(job.name) })
    if (!saved?.ok) {
      const why = saved?.error ? ` (${saved.error})` : ""
      throw new SaveError(`Could not save the review of “${job.name}”${why}; nothing was stored.`)
    }
    update(job.key, { state: "done", callId: saved.callId })
    store.setState({ shownCallId: saved.callId })
  }

  async function drain(): Promise<void> {
    for (;;) {
      const job = store.getState().jobs.find((candidate) => candidate.state === "waiting")
      if (!job) return
      const file = files.get(job.key)
      try {
        if (file) await review(job, file)
      } catch (error) {
        update(job.key, { state: "failed", speakers: null, error: problemSentence(job.name, error) })
      } finally {
        files.delete(job.key)
      }
    }
  }

  const ensureRunning = () => {
    running ??= drain().finally(() => (running = null))
    return running
  }

  return {
    store,
    addFiles(picked) {
      const added = picked.map((file): FileJob => {
        const key = `file-${nextKey++}`
        files.set(key, file)
        return waitingJob(key, file.name)
      })
      store.setState((state) => ({ jobs: [...state.jobs, ...added] }))
      void ensureRunning()
    },
    chooseSeller: (key, speaker) => answers.get(key)?.(speaker),
    skip: (key) => answers.get(key)?.(null),
    show: (callId) => store.setState({ shownCallId: callId }),
    idle: async () => {
      while (running) await running
    },
  }
}

/** A file just added: nothing known about it yet. */
export function waitingJob(key: string, name: string): FileJob {
  return {
    key,
    name,
    state: "waiting",
    done: 0,
    total: 0,
    speakers: null,
    error: null,
    callId: null,
    notes: [],
  }
}

class SaveError extends Error {}

/** One sentence naming the file and what is wrong with it. */
export function problemSentence(fileName: string, error: unknown): string {
  if (error instanceof SaveError) return error.message
  if (error instanceof JudgeError)
    return `Could not review “${fileName}”: the coach could not judge it (${error.message.replace(/[.\s]+$/, "")}); nothing was stored.`
  const detail = isParseError(error)
    ? error.message
    : `it could not be read (${error instanceof Error ? error.message : String(error)})`
  return `Could not review “${fileName}”: ${detail.replace(/[.\s]+$/, "")}.`
}

function notesOf(parsed: ParsedTranscript): string[] {
  const notes: string[] = []
  const skipped = parsed.skipped.length
  if (skipped > 0)
    notes.push(
      `${skipped} ${skipped === 1 ? "part" : "parts"} of the file could not be read and ${skipped === 1 ? "was" : "were"} left out.`,
    )
  if (!fileMarksSeller(parsed.utterances))
    notes.push("None of the lines is the seller’s, so there is nothing to score.")
  return notes
}

/** "Acme discovery.vtt" → "Acme discovery": the history row's title for a file without one. */
export function titleOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".")
  const base = dot > 0 ? fileName.slice(0, dot) : fileName
  return base.trim() || fileName
}
