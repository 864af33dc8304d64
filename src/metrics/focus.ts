/**
 * Three coaching focus points for the next call, derived from this call's figures: each names
 * what happened (with the number) and one move to make. Candidates are weighed by how far the
 * call was from the research figures (benchmarks.ts); the three heaviest are kept, at most one
 * per principle and per kind.
 */
import { PRINCIPLE_IDS, PRINCIPLES, type PrincipleId } from "../core/principles"
import type { CallSummary } from "../core/types"
import {
  CLIENT_STORY_TARGET_SEC,
  COMPANY_STORY_LIMIT_SEC,
  DISCOVERY_CALL_MINUTES,
  MONOLOGUE_LIMIT_SEC,
  QUESTIONS_BAND,
  questionBand,
  TALK_SHARE_HIGH,
  TALK_SHARE_OK_HIGH,
  TALK_SHARE_TARGET,
  WORDS_PER_MINUTE,
} from "./benchmarks"
import { formatDuration, formatPercent } from "./format"
import type { MomentUtterance } from "./moments"
import { PRINCIPLE_MOVES } from "./principle-moves"

export type FocusKind =
  | "talk-share"
  | "few-questions"
  | "many-questions"
  | "front-loaded-questions"
  | "monologue"
  | "company-story"
  | "client-story"
  | "repeated-one-down"
  | "unused-principle"
  | "keep-doing"

export interface FocusPoint {
  kind: FocusKind
  /** The principle it is about, when it is about one. */
  principle: PrincipleId | null
  /** A few words, e.g. "Talk less, listen more". */
  title: string
  /** What happened, with the figure, then one move for next time. */
  detail: string
}

/** Principles to try first when several were never used: the ones the research ties to wins. */
const UNUSED_PRIORITY: readonly PrincipleId[] = [
  "discovery",
  "compel-change",
  "teach-models",
  "counsel",
  "expertise",
  "lead-journey",
  "ask-what-they-know",
  "make-sense",
  "holistic-results",
  "use-of-time",
]
/** Client stretches are judged only in calls long enough to have room for a 4-minute story. */
const MIN_MINUTES_FOR_CLIENT_STORY = 10
const FOCUS_COUNT = 3
/** Below this the seller mostly listened: good for discovery, but no expertise reached the client. */
const TALK_SHARE_QUIET = 0.3

interface Candidate extends FocusPoint {
  weight: number
}

export function coachingFocus(summary: CallSummary, utterances: readonly MomentUtterance[]): FocusPoint[] {
  const words = summary.words.self + summary.words.client
  const minutes = summary.durationSec !== null ? summary.durationSec / 60 : words / WORDS_PER_MINUTE
  const candidates = [
    ...talkShareFocus(summary),
    ...questionFocus(summary, minutes),
    ...timeFocus(summary, minutes),
    ...principleFocus(summary, utterances),
  ].sort((a, b) => b.weight - a.weight)

  const chosen: FocusPoint[] = []
  for (const { weight: _weight, ...point } of candidates) {
    if (chosen.length === FOCUS_COUNT) break
    const clash = chosen.some((c) => c.kind === point.kind && point.kind !== "unused-principle")
    const samePrinciple = point.principle !== null && chosen.some((c) => c.principle === point.principle)
    if (!clash && !samePrinciple) chosen.push(point)
  }
  return chosen
}

function talkShareFocus(summary: CallSummary): Candidate[] {
  const share = summary.talkRatio.self
  if (summary.words.self === 0) return []
  if (share > TALK_SHARE_OK_HIGH) {
    const over = share > TALK_SHARE_HIGH ? " (over 65% goes with lower conversion)" : ""
    return [
      {
        kind: "talk-share",
        principle: null,
        title: "Talk less, listen more",
        detail: `You had ${formatPercent(share)} of the talk${over}; the best calls are near ${formatPercent(TALK_SHARE_TARGET)}. After each point, ask one question and let the client answer in full.`,
        // 51% → 18 (below an unused principle), 55% → 32, 65% → 66, 75% → 100 (the first thing to fix).
        weight: 15 + (share - TALK_SHARE_OK_HIGH) * 340,
      },
    ]
  }
  if (share < TALK_SHARE_QUIET) {
    return [
      {
        kind: "talk-share",
        principle: "expertise",
        title: "Bring more of what you know",
        detail: `You had ${formatPercent(share)} of the talk. Listening is right, but the client also needs what only you know. ${PRINCIPLE_MOVES.expertise}`,
        weight: 15 + (TALK_SHARE_QUIET - share) * 200,
      },
    ]
  }
  return []
}

function questionFocus(summary: CallSummary, minutes: number): Candidate[] {
  const asked = summary.questions.self
  const band = questionBand(minutes)
  const bandText = describeBand(band, minutes)
  const result: Candidate[] = []
  if (asked < band.low) {
    result.push({
      kind: "few-questions",
      principle: "discovery",
      title: "Ask more questions",
      detail: `You asked ${asked} question${asked === 1 ? "" : "s"} in about ${Math.max(1, Math.round(minutes))} min; ${bandText}. ${PRINCIPLE_MOVES.discovery}`,
      weight: 40 + (40 * (band.low - asked)) / band.low,
    })
  } else if (asked > band.high) {
    result.push({
      kind: "many-questions",
      principle: null,
      title: "Fewer, deeper questions",
      detail: `You asked ${asked} questions; ${bandText}, and past that it feels like an interrogation. Trade three checklist questions for one that makes the client think, then share what you see.`,
      weight: 35,
    })
  }
  const [first] = summary.questions.byQuarter
  if (asked >= 4 && first / asked >= 0.6) {
    result.push({
      kind: "front-loaded-questions",
      principle: null,
      title: "Spread your questions",
      detail: `${first} of your ${asked} questions came in the first quarter of the call. Keep some for after you have shared an insight: the best calls spread questions throughout.`,
      weight: 30,
    })
  }
  return result
}

/** "the best discovery calls have 11–14 (about 4–6 for a call this long)". */
function describeBand(band: { low: number; high: number }, minutes: number): string {
  const research = `the best discovery calls have ${QUESTIONS_BAND.low}–${QUESTIONS_BAND.high}`
  if (minutes >= DISCOVERY_CALL_MINUTES) return research
  const low = Math.round(band.low)
  const high = Math.round(band.high)
  return `${research} (about ${low === high ? low : `${low}–${high}`} for a call this long)`
}

function timeFocus(summary: CallSummary, minutes: number): Candidate[] {
  const result: Candidate[] = []
  const monologue = summary.longestMonologue
  if (monologue !== null && monologue > MONOLOGUE_LIMIT_SEC) {
    result.push({
      kind: "monologue",
      principle: null,
      title: "Break up long stretches",
      detail: `Your longest uninterrupted stretch was ${formatDuration(monologue)}. Hand the floor back within 60–90 seconds, for example: "How does that compare with what you see?"`,
      weight: 40 + Math.min(30, (monologue - MONOLOGUE_LIMIT_SEC) / 3),
    })
  }
  const story = summary.companyStory
  if (story !== null && story > COMPANY_STORY_LIMIT_SEC) {
    result.push({
      kind: "company-story",
      principle: "teach-models",
      title: "Cut the company story",
      detail: `You spent ${formatDuration(story)} on company and product story; win rates drop once it passes 2 minutes. ${PRINCIPLE_MOVES["teach-models"]}`,
      weight: 45 + Math.min(25, (story - COMPANY_STORY_LIMIT_SEC) / 6),
    })
  }
  const clientStory = summary.longestClientStory
  if (
    clientStory !== null &&
    minutes >= MIN_MINUTES_FOR_CLIENT_STORY &&
    clientStory < CLIENT_STORY_TARGET_SEC / 2
  ) {
    result.push({
      kind: "client-story",
      principle: "ask-what-they-know",
      title: "Let the client tell a story",
      detail: `The client's longest uninterrupted stretch was ${formatDuration(clientStory)}; winning calls have client stories near 4 minutes. Ask "Walk me through the last time this went wrong" and do not interrupt.`,
      weight: 25,
    })
  }
  return result
}

function principleFocus(summary: CallSummary, utterances: readonly MomentUtterance[]): Candidate[] {
  const result: Candidate[] = []
  for (const id of PRINCIPLE_IDS) {
    const { down } = summary.principles[id]
    if (down < 2) continue
    const example = utterances.find(
      (u) => u.self && u.labels.some((l) => l.principle === id && l.polarity === "down"),
    )
    const evidence = example?.labels.find((l) => l.principle === id && l.polarity === "down")?.evidence
    result.push({
      kind: "repeated-one-down",
      principle: id,
      title: PRINCIPLES[id].title,
      detail: `${down} One-Down moments on "${PRINCIPLES[id].title}"${evidence ? `, e.g. "${evidence}"` : ""}. Next time: ${PRINCIPLE_MOVES[id]}`,
      weight: 30 + 10 * down,
    })
  }
  const unused = UNUSED_PRIORITY.filter((id) => summary.principles[id].up === 0)
  unused.forEach((id, rank) => {
    result.push({
      kind: "unused-principle",
      principle: id,
      title: PRINCIPLES[id].title,
      detail: `You did not use "${PRINCIPLES[id].title}" in this call. Try: ${PRINCIPLE_MOVES[id]}`,
      weight: 20 - rank,
    })
  })
  const best = [...PRINCIPLE_IDS].sort((a, b) => summary.principles[b].up - summary.principles[a].up)[0]
  if (best && summary.principles[best].up > 0) {
    result.push({
      kind: "keep-doing",
      principle: best,
      title: `Keep doing: ${PRINCIPLES[best].title}`,
      detail: `${summary.principles[best].up} One-Up moments on "${PRINCIPLES[best].title}". Do it earlier next call, before the client has framed the problem.`,
      weight: 5,
    })
  }
  return result
}
