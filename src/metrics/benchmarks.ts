/**
 * The research figures behind the summary, the score and the coaching focus, in one place
 * (shared/docs/one-up.md, "Conversation metrics": Gong Labs and others; figures, not rules).
 */

/** Seller share of talk in top-converting calls (43:57). */
export const TALK_SHARE_TARGET = 0.43
/** No penalty within this band around the target: the figure is an average, not a line to hit. */
export const TALK_SHARE_OK_LOW = 0.36
export const TALK_SHARE_OK_HIGH = 0.5
/** Past this, calls convert worse (average reps talk 65–75%). */
export const TALK_SHARE_HIGH = 0.65

/** Seller questions per discovery call that go with the best outcomes. */
export const QUESTIONS_BAND = { low: 11, high: 14 } as const
/**
 * The band is per discovery call; we take a discovery call as 30 minutes (the short end of the
 * usual 30–60) and scale the band down for shorter calls, never up. Calls under 10 minutes are
 * judged as 10-minute calls (3.7–4.7 questions): over a few minutes the pace says little, and a
 * two-minute role-play should be neither asked for zero questions nor called an interrogation.
 */
export const DISCOVERY_CALL_MINUTES = 30
export const MIN_JUDGED_MINUTES = 10
/** Speaking pace used to estimate minutes from words when the file has no timings. */
export const WORDS_PER_MINUTE = 150

/** Uninterrupted seller talk past this is a monologue (heuristic 60–90 s; we take the top). */
export const MONOLOGUE_LIMIT_SEC = 90
/** Win rates drop once the company overview passes about 2 minutes. */
export const COMPANY_STORY_LIMIT_SEC = 120
/** Winning calls have client stretches of about 4 minutes. */
export const CLIENT_STORY_TARGET_SEC = 240

/** Below either, the score would judge a handful of words: it is null instead. */
export const MIN_SELLER_UTTERANCES = 3
export const MIN_SELLER_WORDS = 30
export const NOT_ENOUGH_TO_SCORE = "not enough conversation to score"

/** The question band for a call of this length (see DISCOVERY_CALL_MINUTES). */
export function questionBand(callMinutes: number): { low: number; high: number } {
  const judged = Math.max(MIN_JUDGED_MINUTES, Number.isFinite(callMinutes) ? callMinutes : 0)
  const scale = Math.min(1, judged / DISCOVERY_CALL_MINUTES)
  return { low: QUESTIONS_BAND.low * scale, high: QUESTIONS_BAND.high * scale }
}
