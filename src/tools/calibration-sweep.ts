/**
 * `npm run tune:calibration`: re-runs the calibration choice (calibration-choice.ts) by
 * cross-validation over the trainable independent parts. The sealed part and the team holdout
 * are never loaded here. One model is trained per part (without it); the calibration only moves
 * thresholds after training, so each grid point re-scores the part with the same weights.
 *
 * Then the model trained on everything judges Switchboard's ordinary talk (development only), and
 * each development call group (the first call set's read calls, the third set) is judged by a
 * model trained without it, under every grid point, for the rule's ordinary-talk ceiling and its
 * calls guard. The unread call sets are never loaded here either.
 *
 * It prints the best settings and the one the rule picks; copy that into training-options.ts
 * with a note, then `npm run train`.
 */
import { judgeUnderCalibrations } from "../nlp/classify"
import { verdictMacroF1 } from "../nlp/evaluate"
import { installedModel } from "../nlp/model/installed"
import { independentParts } from "./corpora"
import {
  calibrationGrid,
  chooseCalibration,
  type Calibration,
  type CalibrationResult,
} from "./calibration-choice"
import { TRAINED_CALL_GROUPS, activate, callCorpusName, train } from "./model-lab"
import { TRAINING_OPTIONS } from "./training-options"
import { ordinaryTalkLines } from "./casual-talk"
import { callsIn } from "./call-questions"
import { callVerdictRows } from "./call-verdicts"

const GRID = calibrationGrid({
  neutralBias: [1.5, 1.75, 2, 2.25, 2.5, 2.75, 3],
  longLineBias: [0, 0.5, 1, 1.5, 2],
  ruleVeto: [0.05, 0.1, 0.15, 0.2],
  modelMin: [0.35, 0.4, 0.45, 0.5],
})

const key = (c: Calibration): string => `${c.neutralBias}/${c.longLineBias}/${c.ruleVeto}/${c.modelMin}`
const pct = (x: number): string => `${(x * 100).toFixed(2)}%`

/**
 * Per grid point: the share of ordinary talk the model trained on everything gives a verdict,
 * and the verdict macro-F1 on the development calls' agreed turns, each group judged by a model
 * trained without it (the calls are training data too).
 */
function fullModelFigures(): { ordinary: Map<string, number>; calls: Map<string, number> } {
  activate(train([], TRAINING_OPTIONS))
  const trained = installedModel()
  const judges = ordinaryTalkLines().flatMap((text) => judgeUnderCalibrations(text, trained) ?? [])
  const turns = TRAINED_CALL_GROUPS.flatMap((group) => {
    activate(train([callCorpusName(group)], TRAINING_OPTIONS))
    const model = installedModel()
    return callVerdictRows(new Set(callsIn(group))).rows.map((row) => ({
      row,
      model,
      judgeWith: judgeUnderCalibrations(row.text, model),
    }))
  })
  const ordinary = new Map<string, number>()
  const calls = new Map<string, number>()
  for (const calibration of GRID) {
    const flagged = judges.filter(
      (judgeWith) => judgeWith({ ...trained, ...calibration }).verdict !== "neutral",
    ).length
    ordinary.set(key(calibration), flagged / Math.max(1, judges.length))
    const pairs = turns.map(
      ({ row, model, judgeWith }) =>
        [row.verdict, judgeWith?.({ ...model, ...calibration }).verdict ?? "neutral"] as const,
    )
    calls.set(key(calibration), verdictMacroF1(pairs))
  }
  console.error(`scored ${judges.length} lines of ordinary talk and ${turns.length} development call turns`)
  return { ordinary, calls }
}

function sweep(): CalibrationResult[] {
  const perPoint = new Map<string, { f1: number[]; falseAlarms: number[] }>()
  for (const part of independentParts()) {
    activate(train([part.name], TRAINING_OPTIONS))
    const trained = installedModel()
    // Parse and run the rules once per line; only the judgement depends on the calibration.
    // Client lines are never judged, so they always count as neutral (as in evaluate()).
    const lines = part.rows.map((row) => ({
      row,
      judgeWith: row.self ? judgeUnderCalibrations(row.text, trained) : null,
    }))
    for (const calibration of GRID) {
      const calibrated = { ...trained, ...calibration }
      const pairs = lines.map(
        ({ row, judgeWith }) => [row.verdict, judgeWith?.(calibrated).verdict ?? "neutral"] as const,
      )
      const neutralSeller = pairs.filter(([expected], i) => expected === "neutral" && lines[i]?.row.self)
      const flagged = neutralSeller.filter(([, got]) => got !== "neutral").length
      const entry = perPoint.get(key(calibration)) ?? { f1: [], falseAlarms: [] }
      entry.f1.push(verdictMacroF1(pairs))
      entry.falseAlarms.push(neutralSeller.length ? flagged / neutralSeller.length : 0)
      perPoint.set(key(calibration), entry)
    }
    console.error(`scored ${part.name}`)
  }
  const { ordinary, calls } = fullModelFigures()
  return GRID.map((calibration) => {
    const { f1 = [], falseAlarms = [] } = perPoint.get(key(calibration)) ?? {}
    return {
      calibration,
      meanMacroF1: f1.reduce((a, b) => a + b, 0) / Math.max(1, f1.length),
      worstFalseAlarms: Math.max(0, ...falseAlarms),
      ordinaryTalkFlagged: ordinary.get(key(calibration)) ?? 1,
      developmentCallsF1: calls.get(key(calibration)) ?? 0,
    }
  })
}

const results = sweep()
const show = (r: CalibrationResult): string =>
  `bias ${r.calibration.neutralBias}  long-line bias ${r.calibration.longLineBias}  veto ${r.calibration.ruleVeto}  min ${r.calibration.modelMin}   mean macro-F1 ${pct(r.meanMacroF1)}   worst false alarms ${pct(r.worstFalseAlarms)}   ordinary talk flagged ${pct(r.ordinaryTalkFlagged)}   development calls ${pct(r.developmentCallsF1 ?? 0)}`
console.log("best mean macro-F1 (cross-validated, trainable parts only):")
for (const r of [...results].sort((a, b) => b.meanMacroF1 - a.meanMacroF1).slice(0, 10))
  console.log(`  ${show(r)}`)
const current = results.find((r) => key(r.calibration) === key(TRAINING_OPTIONS))
if (current) console.log(`shipped settings: ${show(current)}`)
const choice = chooseCalibration(results, TRAINING_OPTIONS)
console.log(
  choice
    ? `the rule picks:   ${show(choice)}`
    : "no setting keeps every part and ordinary talk at 5 % false alarms or less and the development calls within a point",
)
