/**
 * The One-Up score, 0–100: how One-Up the seller was, tempered by how the conversation went.
 *
 *   base      = 50 + 50 × (up − down) / (up + down + 2)
 *               up/down: seller utterances with a One-Up/One-Down verdict. 50 means nothing
 *               One-Up or One-Down happened; the +2 shrinks small samples toward 50, so one
 *               good line is not a perfect call (Laplace's rule of succession).
 *   talk      = share > 50%: min(25, 80 × (share − 0.50))   (65% → 12, 75% → 20)
 *               share < 36%: min(10, 40 × (0.36 − share))   (20% → 6.4)
 *               Research: 43:57 is best, over 65% converts worse. Talking too little is
 *               penalised more gently: a One-Up seller must still bring expertise.
 *   questions = band 11–14 per 30-minute discovery call, scaled down for shorter calls
 *               (benchmarks.ts; calls under 10 min count as 10 min): below it 15 × (low − q) / low (none at all → 15);
 *               above it min(8, 8 × (q − high) / high) (an interrogation; twice the band → 8).
 *   monologue = longest seller stretch over 90 s: min(10, 4 per 30 s over).
 *   company   = company/product story over 2 min: min(10, 5 per minute over).
 *   score     = round(clamp(base − talk − questions − monologue − company, 0, 100))
 *
 * Monotone by construction (tested): more One-Up lines never lower it, more One-Down lines never
 * raise it, moving talk share or question count toward its band never lowers it, longer
 * monologues or company story never raise it. Unknown timings (no monologue/story figures)
 * cost nothing: the score does not punish a file for lacking timestamps.
 */
import {
  COMPANY_STORY_LIMIT_SEC,
  MONOLOGUE_LIMIT_SEC,
  questionBand,
  TALK_SHARE_OK_HIGH,
  TALK_SHARE_OK_LOW,
} from "./benchmarks"

export interface ScoreInputs {
  /** Seller utterances with verdict "up" / "down". */
  up: number
  down: number
  /** Seller share of talk, 0..1. */
  talkShare: number
  sellerQuestions: number
  /** Call length in minutes (measured, or estimated from words). */
  callMinutes: number
  longestMonologueSec: number | null
  companyStorySec: number | null
}

export interface ScoreBreakdown {
  base: number
  talkPenalty: number
  questionPenalty: number
  monologuePenalty: number
  companyStoryPenalty: number
  score: number
}

export function scoreBreakdown(inputs: ScoreInputs): ScoreBreakdown {
  const up = Math.max(0, inputs.up)
  const down = Math.max(0, inputs.down)
  const base = 50 + (50 * (up - down)) / (up + down + 2)
  const talkPenalty = talkSharePenalty(inputs.talkShare)
  const questionPenalty = questionCountPenalty(inputs.sellerQuestions, inputs.callMinutes)
  const monologuePenalty = overLimitPenalty(inputs.longestMonologueSec, MONOLOGUE_LIMIT_SEC, 4 / 30)
  const companyStoryPenalty = overLimitPenalty(inputs.companyStorySec, COMPANY_STORY_LIMIT_SEC, 5 / 60)
  const raw = base - talkPenalty - questionPenalty - monologuePenalty - companyStoryPenalty
  const score = Math.round(Math.min(100, Math.max(0, raw)))
  return { base, talkPenalty, questionPenalty, monologuePenalty, companyStoryPenalty, score }
}

export function oneUpScore(inputs: ScoreInputs): number {
  return scoreBreakdown(inputs).score
}

export function talkSharePenalty(share: number): number {
  if (!Number.isFinite(share)) return 0
  if (share > TALK_SHARE_OK_HIGH) return Math.min(25, 80 * (share - TALK_SHARE_OK_HIGH))
  if (share < TALK_SHARE_OK_LOW) return Math.min(10, 40 * (TALK_SHARE_OK_LOW - share))
  return 0
}

export function questionCountPenalty(questions: number, callMinutes: number): number {
  const { low, high } = questionBand(callMinutes)
  if (questions < low) return (15 * (low - questions)) / low
  if (questions > high) return Math.min(8, (8 * (questions - high)) / high)
  return 0
}

function overLimitPenalty(seconds: number | null, limit: number, pointsPerSecond: number): number {
  if (seconds === null || !Number.isFinite(seconds) || seconds <= limit) return 0
  return Math.min(10, (seconds - limit) * pointsPerSecond)
}
