/**
 * What a call report says, independent of how it is printed: the Markdown and the plain-text
 * renderers both format this model, so they never disagree on a figure.
 */
import { PRINCIPLE_IDS, PRINCIPLES, type PrincipleId } from "../core/principles"
import type { CallJson, CallSummary, ScoredUtterance } from "../core/types"
import { coachingFocus, type FocusPoint } from "../metrics/focus"
import { formatClock, formatDuration, formatPercent } from "../metrics/format"
import { topOneDownMoments, topOneUpMoments, type Moment, type RewriteLookup } from "../metrics/moments"

export interface ReportOptions {
  /** The rule registry's suggestion per rule id; without it, rewrites come from the principle. */
  rewriteFor?: RewriteLookup
  /** Include the full labelled transcript (default true). */
  includeTranscript?: boolean
}

export interface ReportModel {
  title: string | null
  /** Label/value pairs, in display order. */
  facts: [string, string][]
  principles: { id: PrincipleId; title: string; up: number; down: number }[]
  oneDown: Moment[]
  oneUp: Moment[]
  focus: FocusPoint[]
  transcript: ScoredUtterance[] | null
}

export function buildReportModel(call: CallJson, options: ReportOptions = {}): ReportModel {
  const { summary } = call
  return {
    title: call.title ?? null,
    facts: callFacts(call, summary),
    principles: PRINCIPLE_IDS.map((id) => ({ id, title: PRINCIPLES[id].title, ...summary.principles[id] })),
    oneDown: topOneDownMoments(call.utterances, options.rewriteFor ?? (() => undefined)),
    oneUp: topOneUpMoments(call.utterances),
    focus: coachingFocus(summary, call.utterances),
    transcript: options.includeTranscript === false ? null : call.utterances,
  }
}

function callFacts(call: CallJson, s: CallSummary): [string, string][] {
  const seconds = (value: number | null) => (value === null ? "unknown (no timings)" : formatDuration(value))
  const talkBasis = s.talkRatio.byTime !== null ? "by time" : "by words"
  const { self, open, closed, byQuarter } = s.questions
  const facts: [string, string][] = [
    [
      "One-Up score",
      s.score === null
        ? `not scored: ${s.scoreNote ?? "not enough conversation to score"}`
        : `${s.score} / 100`,
    ],
    ["Your share of talk", `${formatPercent(s.talkRatio.self)} (${talkBasis}; best calls ≈ 43%)`],
    ["Your questions", `${self} (${open} open, ${closed} closed; by quarter ${byQuarter.join(" / ")})`],
    ["Client questions", String(s.questions.client)],
    ["Longest monologue", seconds(s.longestMonologue)],
    ["Longest client story", seconds(s.longestClientStory)],
    ["Company / product story", seconds(s.companyStory)],
    ["Duration", seconds(s.durationSec)],
    [
      "Your utterances",
      `${s.verdicts.up} One-Up, ${s.verdicts.down} One-Down, ${s.verdicts.neutral} neutral`,
    ],
    ["Words", `you ${s.words.self}, client ${s.words.client}`],
    ["Platform", call.platform],
  ]
  if (call.startedAt) facts.push(["Started", call.startedAt])
  return facts
}

/** The speaker as printed: the seller's own lines say so, unless the name already does ("You"). */
export function speakerName(speaker: string, self: boolean): string {
  return self && speaker.trim().toLowerCase() !== "you" ? `${speaker} (you)` : speaker
}

/** "[1:02] " when the start is known. */
export function clockPrefix(start: number | null): string {
  return start === null ? "" : `[${formatClock(start)}] `
}
