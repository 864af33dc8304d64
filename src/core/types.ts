/**
 * Shapes shared by every context (content script, background, UI, command-line tool).
 * Pure types: nothing here touches the browser.
 */
import type { PrincipleId } from "./principles"

export type Polarity = "up" | "down"
export type Verdict = "up" | "down" | "neutral"
export type Platform = "meet" | "zoom" | "teams" | "file"
export type QuestionKind = "open" | "closed"

/** One rule firing on one utterance (contracts.md §2 `labels[]`). */
export interface Label {
  principle: PrincipleId
  polarity: Polarity
  /** The id of the rule that fired (= its file name under src/nlp/rules/). */
  rule: string
  /** The exact span of the utterance text that triggered the rule. */
  evidence: string
  /**
   * How sure the coach is, 0..1 (absent in calls exported before it existed). Live nudges come
   * only from labels at or above CONFIDENT_STRENGTH; the summary uses every label.
   */
  strength?: number
  /** "rule": a hand-written rule matched; "model": the statistical layer heard it (rule id `model-…`). */
  source?: "rule" | "model"
}

/** The strength a label needs before it may interrupt the seller with a live nudge. */
export const CONFIDENT_STRENGTH = 0.7

/** What the classifier says about one utterance. */
export interface Classification {
  verdict: Verdict
  labels: Label[]
  /** It asks something, detected without needing a question mark. */
  question: boolean
  /** How many questions it asks (a run-on caption can ask several). */
  questionCount: number
  /** Open vs closed, for the first question; null when it asks nothing. */
  questionKind: QuestionKind | null
  /**
   * Questions plainly put to the listener ("you", "your team…") that the speaker does not answer
   * themselves in the same breath. Absent in calls stored before it existed.
   */
  addressedQuestions?: number
  /** The utterance ends on a question that is not addressed: it counts if the other side speaks next. */
  trailingQuestion?: boolean
  /**
   * How many unaddressed questions end the utterance with no statement after them ("why didn't
   * it get approved, was it the payback or the timing"): all count if the other side speaks next.
   * Absent in calls stored before it existed (then `trailingQuestion` counts as one).
   */
  trailingQuestions?: number
}

/** An utterance as read from a transcript or captions, before classification. */
export interface TranscriptUtterance {
  id: string
  /** Display name as captioned ("You" allowed). */
  speaker: string
  /** Spoken by the user of the extension (the seller). */
  self: boolean
  text: string
  /** Seconds from call start, when known. */
  start: number | null
  end: number | null
}

/** A classified utterance: one element of the Call JSON `utterances` array. */
export interface ScoredUtterance extends TranscriptUtterance, Omit<Classification, "questionCount"> {
  questionCount: number
}

/** Up and down counts for one principle over a call. */
export interface PrincipleTally {
  up: number
  down: number
}

/**
 * Seller-side conversation metrics for a call (Call JSON `summary`). Durations are seconds.
 * Ratios are 0..1. Fields are only ever added, never renamed (public contract).
 */
export interface CallSummary {
  /** One-Up score 0..100; null when there is not enough seller speech to score honestly. */
  score: number | null
  /** Why the score is null (e.g. "not enough conversation to score"), else null. */
  scoreNote: string | null
  talkRatio: {
    /** The seller's share of talk: by time when timings are known, else by words. */
    self: number
    byWords: number
    byTime: number | null
  }
  questions: {
    /**
     * Questions the seller put to the client: plainly addressed to them, or answered by the client
     * speaking next (contracts.md §6). Rhetorical questions the seller answers do not count.
     */
    self: number
    open: number
    closed: number
    client: number
    /** Of `self`, how many the client answered (the client spoke next). Absent in older calls. */
    answered?: number
    /** Seller questions not put to the client (answered by the seller, or talked over). Absent in older calls. */
    notPut?: number
    /** Seller questions in each quarter of the call, to show how they were spread. */
    byQuarter: [number, number, number, number]
  }
  words: { self: number; client: number }
  /** Longest uninterrupted seller stretch (consecutive seller utterances), seconds or null. */
  longestMonologue: number | null
  /** Longest uninterrupted client stretch, seconds or null. */
  longestClientStory: number | null
  /** Seller time spent on company/product story (teach-models and counsel down labels). */
  companyStory: number | null
  durationSec: number | null
  verdicts: { up: number; down: number; neutral: number }
  principles: Record<PrincipleId, PrincipleTally>
}

export const CALL_FORMAT = "one-up-coach/call@1" as const

/** The export format and the scoring command's JSON output (contracts.md §2). */
export interface CallJson {
  format: typeof CALL_FORMAT
  platform: Platform
  startedAt: string | null
  endedAt: string | null
  /** Meeting title where the page shows it; extra field. */
  title?: string | null
  utterances: ScoredUtterance[]
  summary: CallSummary
}
