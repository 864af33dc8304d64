/**
 * Floors on the figures that measure generalisation (see `npm run eval` for the full report).
 * The goals of issue 10 are higher (sealed macro-F1 0.90, principle recall 0.75, false alarms
 * 5 %, spoken-question F1 0.85); these floors sit just under today's measured figures so a change
 * that makes the judgement worse on words nobody here wrote fails CI.
 *
 * The sealed part is scored only as a whole here: no line of it is read, printed or asserted on.
 */
import { readFileSync } from "node:fs"
import { afterAll, describe, expect, it } from "vitest"
import { evaluate, f1, precision, recall, type EvalReport } from "../../../src/nlp/evaluate"
import { MODEL_FILE, installModelFromDisk } from "../../../src/nlp/model/load-from-disk"
import { SEALED_PART, TRAINABLE_PARTS, devPart } from "../../../src/tools/corpora"
import { activate, train, trainingCorpora } from "../../../src/tools/model-lab"
import { questionReport } from "../../../src/tools/question-eval"
import { TRAINING_OPTIONS } from "../../../src/tools/training-options"

interface Floors {
  macroF1: number
  principleRecall: number
  falseAlarmRate: number
}

const principleRecall = (r: EvalReport): number =>
  r.principleRecall.total ? r.principleRecall.hit / r.principleRecall.total : 1
const falseAlarmRate = (r: EvalReport): number =>
  r.neutralFalseAlarms.total ? r.neutralFalseAlarms.flagged / r.neutralFalseAlarms.total : 0

function expectAbove(report: EvalReport, floors: Floors): void {
  expect(report.verdict.macroF1).toBeGreaterThanOrEqual(floors.macroF1)
  expect(principleRecall(report)).toBeGreaterThanOrEqual(floors.principleRecall)
  expect(falseAlarmRate(report)).toBeLessThanOrEqual(floors.falseAlarmRate)
  // Client lines are context, never judged.
  expect(report.clientJudged).toBe(0)
}

afterAll(() => installModelFromDisk())

describe("sealed part (independent writer; never trained or tuned on)", () => {
  it("is never among the training data", () => {
    expect(TRAINABLE_PARTS).not.toContain(SEALED_PART)
    const names = trainingCorpora().map((c) => c.name)
    expect(names.filter((name) => name.startsWith("oneup-dev"))).toHaveLength(TRAINABLE_PARTS.length)
    expect(names.filter((name) => name.includes(`part ${SEALED_PART}`))).toEqual([])
  })

  it("the shipped model is exactly what training on the other data produces (npm run train)", () => {
    expect(readFileSync(MODEL_FILE, "utf8")).toBe(`${JSON.stringify(train([], TRAINING_OPTIONS))}\n`)
  })

  // Measured 0.860 / 0.720 / 5.8 % (with the neutral bias at 2 it was 0.880 / 0.760 / 5.8 %; the bias
  // was raised to 2.5 on cross-validation alone, see training-options.ts, not on this part).
  it("is judged above its floors by the shipped model", () => {
    installModelFromDisk()
    const rows = devPart(SEALED_PART).rows
    expect(rows.length).toBeGreaterThanOrEqual(150)
    expectAbove(evaluate(rows), { macroF1: 0.84, principleRecall: 0.7, falseAlarmRate: 0.075 })
  })
})

describe("independent parts, cross-validated (a model trained without the part scores it)", () => {
  // Measured: part 1 0.940 / 0.770 / 2.9 %, part 2 0.909 / 0.780 / 2.9 %, part 4 0.903 / 0.768 / 4.4 %.
  // The false-alarm floor is the goal (5 %) on every part.
  const floors: Record<(typeof TRAINABLE_PARTS)[number], Floors> = {
    1: { macroF1: 0.92, principleRecall: 0.75, falseAlarmRate: 0.05 },
    2: { macroF1: 0.88, principleRecall: 0.76, falseAlarmRate: 0.05 },
    4: { macroF1: 0.88, principleRecall: 0.74, falseAlarmRate: 0.05 },
  }
  it.each(TRAINABLE_PARTS.map((part) => [part]))("part %i stays above its floors", (part) => {
    activate(train([part], TRAINING_OPTIONS))
    expectAbove(evaluate(devPart(part).rows), floors[part])
  })
})

// Measured on these 60 conversations: P 0.722, R 0.705, F1 0.713 (the goal is F1 0.85).
const FLOOR_SWDA = { precision: 0.69, recall: 0.68, f1: 0.69 }

describe("spoken questions on Switchboard, caption form (first 60 conversations)", () => {
  it("detects questions above its floor (tag questions and backchannels are not questions)", () => {
    const counts = questionReport({ conversations: 60 })
    expect(counts.utterances).toBeGreaterThan(5_000)
    expect(precision(counts)).toBeGreaterThanOrEqual(FLOOR_SWDA.precision)
    expect(recall(counts)).toBeGreaterThanOrEqual(FLOOR_SWDA.recall)
    expect(f1(counts)).toBeGreaterThanOrEqual(FLOOR_SWDA.f1)
  })
})
