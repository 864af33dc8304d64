/**
 * The rule that picks the shipped model's calibration (neutral bias, long-line bias, rule veto,
 * model minimum) from cross-validated results. It was fixed before the sealed part was first
 * scored and only ever sees the trainable parts' figures (the long-line bias joined the grid
 * later, under the same rule):
 *   1. every part must keep its neutral false alarms at 5 % or less (real calls are mostly
 *      neutral, so a setting that flags ordinary talk on any voice is out);
 *   2. among the rest, the best mean macro-F1 wins;
 *   3. settings within 0.1 point of the best count as a tie, broken by the lower worst
 *      false-alarm rate, then by the smallest move from the settings shipped before (no change
 *      without evidence for it), then by the order the candidates were listed in.
 * A setting must also keep the spec's examples green; classify.test.ts checks that for the
 * shipped model, so a choice that fails them never lands.
 *
 * Amended on 2026-12-07 (fifth session): 1b. the shipped model may give a verdict to at most 5 %
 * of Switchboard's ordinary talk (swda-dev, development only: strangers chatting, nobody
 * selling), the same ceiling as for neutral seller lines. Cross-validated false alarms are
 * optimistic, because the rules were written while reading those parts: blind probes of hard
 * neutral lines, scored untouched, had 7.5-9.2 % flagged while cross-validation said 4.3 % at
 * worst, and the sealed part flagged 5.8 % at the time. When the blind probes joined the training data, rule 1
 * alone picked a lower neutral prior that gave a verdict to 9.2 % of ordinary talk (4.9 % under
 * the settings before). Real calls are mostly neutral; this guard keeps recall from being bought
 * with ordinary talk.
 *
 * Amended on 2026-12-08: 1c. the development calls (the first call set's read calls and the
 * third set: whole calls by blind teammates, read; since they became training data, each group
 * is judged by a model trained without it) may lose at most one point of verdict macro-F1
 * against the settings shipped before. Lines flatter the coach, and every
 * setting so far was chosen on lines alone: a setting that buys line recall with whole-call
 * verdicts is out. The unread call sets stay out of the rule. (Its first run kept the pick rule 1
 * made alone: development calls 81.35 % under the settings before, 81.33 % under the pick.)
 */

export interface Calibration {
  neutralBias: number
  longLineBias: number
  ruleVeto: number
  modelMin: number
}

export interface CalibrationResult {
  calibration: Calibration
  /** Mean over the parts of each part's verdict macro-F1 (0–1). */
  meanMacroF1: number
  /** The highest share of neutral seller lines flagged in any one part (0–1). */
  worstFalseAlarms: number
  /** Share of Switchboard ordinary talk the fully trained model gives a verdict (0–1). */
  ordinaryTalkFlagged: number
  /** Verdict macro-F1 on the development calls, each group by a model trained without it (0–1), when scored. */
  developmentCallsF1?: number
}

export const FALSE_ALARM_CEILING = 0.05
export const ORDINARY_TALK_CEILING = 0.05
export const TIE_BAND = 0.001
/** How much development-call macro-F1 a new setting may give up against the shipped one (rule 1c). */
export const CALLS_DROP_CEILING = 0.01

/** How far a setting moves from another, each value relative to its own scale. */
function distance(a: Calibration, b: Calibration): number {
  return (
    Math.abs(a.neutralBias - b.neutralBias) / 3 +
    Math.abs(a.longLineBias - b.longLineBias) / 3 +
    Math.abs(a.ruleVeto - b.ruleVeto) / 0.3 +
    Math.abs(a.modelMin - b.modelMin) / 0.5
  )
}

export function chooseCalibration(
  results: readonly CalibrationResult[],
  shippedBefore?: Calibration,
): CalibrationResult | null {
  const shippedCalls = shippedBefore
    ? results.find((r) => distance(r.calibration, shippedBefore) === 0)?.developmentCallsF1
    : undefined
  const keepsCalls = (r: CalibrationResult): boolean =>
    shippedCalls === undefined ||
    r.developmentCallsF1 === undefined ||
    r.developmentCallsF1 >= shippedCalls - CALLS_DROP_CEILING - 1e-12
  const allowed = results.filter(
    (r) =>
      r.worstFalseAlarms <= FALSE_ALARM_CEILING &&
      r.ordinaryTalkFlagged <= ORDINARY_TALK_CEILING &&
      keepsCalls(r),
  )
  if (allowed.length === 0) return null
  const best = Math.max(...allowed.map((r) => r.meanMacroF1))
  const tied = allowed.filter((r) => r.meanMacroF1 >= best - TIE_BAND - 1e-12)
  const move = (r: CalibrationResult): number => (shippedBefore ? distance(r.calibration, shippedBefore) : 0)
  return tied.reduce((pick, r) => {
    if (r.worstFalseAlarms !== pick.worstFalseAlarms)
      return r.worstFalseAlarms < pick.worstFalseAlarms ? r : pick
    return move(r) < move(pick) ? r : pick
  })
}

/** Every combination of the listed values, in nested order (bias, long-line bias, veto, minimum). */
export function calibrationGrid(values: {
  neutralBias: readonly number[]
  longLineBias: readonly number[]
  ruleVeto: readonly number[]
  modelMin: readonly number[]
}): Calibration[] {
  return values.neutralBias.flatMap((neutralBias) =>
    values.longLineBias.flatMap((longLineBias) =>
      values.ruleVeto.flatMap((ruleVeto) =>
        values.modelMin.map((modelMin) => ({ neutralBias, longLineBias, ruleVeto, modelMin })),
      ),
    ),
  )
}
