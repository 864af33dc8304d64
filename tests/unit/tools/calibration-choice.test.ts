// The calibration rule on invented results (no corpus line involved).
import { describe, expect, it } from "vitest"
import {
  calibrationGrid,
  chooseCalibration,
  type CalibrationResult,
} from "../../../src/tools/calibration-choice"

const result = (
  neutralBias: number,
  meanMacroF1: number,
  worstFalseAlarms: number,
  ordinaryTalkFlagged = 0.02,
): CalibrationResult => ({
  calibration: { neutralBias, longLineBias: 0, ruleVeto: 0.1, modelMin: 0.4 },
  meanMacroF1,
  worstFalseAlarms,
  ordinaryTalkFlagged,
})

describe("chooseCalibration", () => {
  it("never picks a setting that flags more than 5 % of some part's neutral lines", () => {
    const pick = chooseCalibration([result(1, 0.99, 0.06), result(2, 0.95, 0.05)])
    expect(pick?.calibration.neutralBias).toBe(2)
  })

  it("never picks a setting that gives a verdict to more than 5 % of ordinary talk", () => {
    const pick = chooseCalibration([result(1.5, 0.99, 0.03, 0.092), result(2, 0.96, 0.03, 0.05)])
    expect(pick?.calibration.neutralBias).toBe(2)
  })

  it("takes the best mean macro-F1 when no other is within the tie band", () => {
    const pick = chooseCalibration([result(1, 0.95, 0.01), result(2, 0.97, 0.04), result(3, 0.958, 0.0)])
    expect(pick?.calibration.neutralBias).toBe(2)
  })

  it("breaks a tie (within 0.1 point) by the lower worst false-alarm rate", () => {
    const pick = chooseCalibration([
      result(1.75, 0.9773, 0.043),
      result(2, 0.9772, 0.029),
      result(2.25, 0.976, 0.0),
    ])
    expect(pick?.calibration.neutralBias).toBe(2)
  })

  it("keeps the first listed of settings equal on both counts", () => {
    const pick = chooseCalibration([result(2, 0.97, 0.02), result(2.5, 0.97, 0.02)])
    expect(pick?.calibration.neutralBias).toBe(2)
  })

  it("then prefers the smallest move from the settings shipped before", () => {
    const before = { neutralBias: 2.5, longLineBias: 0, ruleVeto: 0.1, modelMin: 0.4 }
    const pick = chooseCalibration(
      [result(2, 0.97, 0.02), result(2.25, 0.97, 0.02), result(3, 0.97, 0.02)],
      before,
    )
    expect(pick?.calibration.neutralBias).toBe(2.25)
  })

  it("never picks a setting that loses more than a point on the development calls (rule 1c)", () => {
    const shipped = { ...result(2.5, 0.964, 0.018), developmentCallsF1: 0.8 }
    const linesOnly = { ...result(2.25, 0.966, 0.018), developmentCallsF1: 0.789 }
    const withinAPoint = { ...result(2, 0.9655, 0.018), developmentCallsF1: 0.791 }
    expect(chooseCalibration([shipped, linesOnly], shipped.calibration)?.calibration.neutralBias).toBe(2.5)
    const pick = chooseCalibration([shipped, linesOnly, withinAPoint], shipped.calibration)
    expect(pick?.calibration.neutralBias).toBe(2)
    // without a shipped setting to compare with, the calls do not constrain the choice
    expect(chooseCalibration([shipped, linesOnly])?.calibration.neutralBias).toBe(2.25)
  })

  it("returns null when every setting over-flags", () => {
    expect(chooseCalibration([result(1, 0.99, 0.2)])).toBeNull()
    expect(chooseCalibration([result(1, 0.99, 0.01, 0.08)])).toBeNull()
  })
})

describe("calibrationGrid", () => {
  it("lists every combination once, bias outermost", () => {
    const grid = calibrationGrid({
      neutralBias: [1, 2],
      longLineBias: [0, 1],
      ruleVeto: [0.1, 0.2],
      modelMin: [0.4],
    })
    expect(grid).toEqual([
      { neutralBias: 1, longLineBias: 0, ruleVeto: 0.1, modelMin: 0.4 },
      { neutralBias: 1, longLineBias: 0, ruleVeto: 0.2, modelMin: 0.4 },
      { neutralBias: 1, longLineBias: 1, ruleVeto: 0.1, modelMin: 0.4 },
      { neutralBias: 1, longLineBias: 1, ruleVeto: 0.2, modelMin: 0.4 },
      { neutralBias: 2, longLineBias: 0, ruleVeto: 0.1, modelMin: 0.4 },
      { neutralBias: 2, longLineBias: 0, ruleVeto: 0.2, modelMin: 0.4 },
      { neutralBias: 2, longLineBias: 1, ruleVeto: 0.1, modelMin: 0.4 },
      { neutralBias: 2, longLineBias: 1, ruleVeto: 0.2, modelMin: 0.4 },
    ])
  })
})
