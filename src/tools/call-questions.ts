/**
 * The blind calls in tests/corpus/calls/ (see its README), and questions put to the client on
 * them (contracts.md §6): in the first set, every seller turn carries its writer's count of
 * questions (`questions`) and of questions put to the client (`asks`). Each call goes
 * through the same path as `npm run score` (scoreTranscript), and each seller turn's put count
 * (questionsPutToClient) is compared with the writer's.
 *
 * Also scored in caption form (lowercase, no punctuation: the Switchboard recipe), since live
 * captions often come that way and the writers' question marks would otherwise do the work.
 */
import { readFileSync, readdirSync } from "node:fs"
import { join } from "node:path"
import { scoreTranscript } from "../core/call-json"
import type { TranscriptUtterance } from "../core/types"
import type { Counts } from "../nlp/evaluate"
import { questionsPutToClient } from "../metrics/summary"
import { CORPUS_DIR, swdaCaptionForm } from "./corpora"

export const CALLS_DIR = join(CORPUS_DIR, "calls")

/** Calls whose turns were read while the question rules were refined (the "-1" and "-2" of each writer). */
export const READ_CALLS: ReadonlySet<string> = new Set([
  "a-1",
  "a-2",
  "b-1",
  "b-2",
  "c-1",
  "c-2",
  "d-1",
  "d-2",
])

/**
 * Which set each writer's calls belong to: the first set (three calls each, with the writers'
 * question counts), the second (five each, verdicts only, never read) and the third (five each,
 * verdicts only, written to be read).
 */
const SET_OF_WRITER: Readonly<Record<string, "first" | "second" | "third">> = {
  a: "first",
  b: "first",
  c: "first",
  d: "first",
  e: "second",
  f: "second",
  g: "second",
  h: "second",
  i: "third",
  j: "third",
  k: "third",
  l: "third",
}

/**
 * Each group is scored on its own: the first set's read calls and the third set (development
 * figures), the first set's unread calls and the second set (never read).
 */
export type CallGroup = "read" | "unread" | "second" | "third"

export function callGroup(name: string): CallGroup {
  const set = SET_OF_WRITER[name.split("-")[0] ?? ""]
  if (!set) throw new Error(`call ${name}: its writer belongs to no call set (call-questions.ts)`)
  if (set !== "first") return set
  return READ_CALLS.has(name) ? "read" : "unread"
}

interface CallTurn {
  speaker: string
  self: boolean
  text: string
  /** Seller turns: the writer's count of questions put to the client. */
  asks?: number
}

export interface CallQuestionReport extends Counts {
  calls: number
  sellerTurns: number
  /** Per call, the summary's `questions.self` minus the writer's count. */
  callErrors: number[]
}

/** One call's turns, in order, checked (a writer's count, where given, is a number). */
export function readCall(name: string): CallTurn[] {
  return readFileSync(join(CALLS_DIR, `${name}.jsonl`), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      const row = JSON.parse(line) as Partial<CallTurn>
      if (typeof row.text !== "string" || typeof row.self !== "boolean" || typeof row.speaker !== "string")
        throw new Error(`${name}.jsonl line ${i + 1}: needs speaker, self and text`)
      if (row.asks !== undefined && typeof row.asks !== "number")
        throw new Error(`${name}.jsonl line ${i + 1}: "asks" must be a count`)
      return row as CallTurn
    })
}

/** The call names in tests/corpus/calls/, sorted. */
export function callNames(): string[] {
  return readdirSync(CALLS_DIR)
    .filter((f) => f.endsWith(".jsonl"))
    .map((f) => f.replace(/\.jsonl$/, ""))
    .sort()
}

/** The calls of one group, sorted. */
export function callsIn(group: CallGroup): string[] {
  return callNames().filter((name) => callGroup(name) === group)
}

/**
 * Scores the named calls, as written or in caption form (lowercase, no punctuation). Every seller
 * turn must carry its writer's count: only the first set has them.
 */
export function callQuestionReport(
  names: readonly string[],
  form: "written" | "caption",
): CallQuestionReport {
  const report: CallQuestionReport = { tp: 0, fp: 0, fn: 0, calls: 0, sellerTurns: 0, callErrors: [] }
  for (const name of names) {
    const turns = readCall(name)
    const utterances: TranscriptUtterance[] = turns.map((turn, i) => ({
      id: `${name}-${i + 1}`,
      speaker: turn.speaker,
      self: turn.self,
      text: form === "caption" ? swdaCaptionForm(turn.text) : turn.text,
      start: null,
      end: null,
    }))
    const call = scoreTranscript(utterances, { platform: "file", startedAt: null, endedAt: null })
    const put = new Map(questionsPutToClient(call.utterances).map((p) => [p.utterance, p.put]))
    let expected = 0
    turns.forEach((turn, i) => {
      if (!turn.self) return
      const want = turn.asks
      if (want === undefined)
        throw new Error(`${name}: seller turn ${i + 1} has no "asks" count to score against`)
      const scored = call.utterances[i]
      const got = scored ? (put.get(scored) ?? 0) : 0
      report.sellerTurns++
      report.tp += Math.min(want, got)
      report.fp += Math.max(0, got - want)
      report.fn += Math.max(0, want - got)
      expected += want
    })
    report.calls++
    report.callErrors.push(call.summary.questions.self - expected)
  }
  return report
}
