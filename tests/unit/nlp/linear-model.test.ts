/**
 * The statistical layer's calibration at run time: the neutral prior, the extra prior for long
 * turns, and the split the calibration sweep relies on (judge a parsed line under several
 * calibrations without parsing it again).
 */
import { describe, expect, it } from "vitest"
import { classifyUtterance, judgeUnderCalibrations } from "../../../src/nlp/classify"
import { evaluate, verdictMacroF1, type CorpusRow } from "../../../src/nlp/evaluate"
import { installedModel } from "../../../src/nlp/model/installed"
import {
  LONG_LINE_WORDS,
  decodeModel,
  featureIds,
  scoreVerdict,
  type LinearModel,
} from "../../../src/nlp/model/linear-model"
import { trainModel } from "../../../src/nlp/model/trainer"

function tinyModel(calibration: { neutralBias: number; longLineBias?: number }): LinearModel {
  const stored = trainModel(
    [
      { features: ["w:pitch"], verdict: "down", principles: ["counsel:down"] },
      { features: ["w:advice"], verdict: "up", principles: ["counsel:up"] },
      { features: ["w:invoice"], verdict: "neutral", principles: [] },
    ],
    {
      minCount: 1,
      l2: 0.001,
      iterations: 200,
      learningRate: 0.4,
      neutralBias: calibration.neutralBias,
      longLineBias: calibration.longLineBias ?? 0,
      ruleVeto: 0.05,
      modelMin: 0.4,
    },
  )
  return decodeModel(JSON.parse(JSON.stringify(stored)))
}

describe("the long-line prior", () => {
  const model = tinyModel({ neutralBias: 0, longLineBias: 20 })
  const ids = featureIds(model, ["w:pitch"])

  it("leaves lines under the long-line length alone", () => {
    const short = scoreVerdict(model, ids, LONG_LINE_WORDS - 1)
    expect(short.verdict).toBe("down")
  })

  it("raises the neutral prior from the long-line length on", () => {
    const short = scoreVerdict(model, ids, LONG_LINE_WORDS - 1)
    const long = scoreVerdict(model, ids, LONG_LINE_WORDS)
    expect(long.verdict).toBe("neutral")
    // What the model hears in the words is the same; only the prior moved.
    expect(long.probabilities).toEqual(short.probabilities)
  })

  it("is off in model files written before it existed", () => {
    const stored = JSON.parse(
      JSON.stringify(
        trainModel([{ features: ["w:a"], verdict: "neutral", principles: [] }], {
          minCount: 1,
          l2: 0.001,
          iterations: 1,
          learningRate: 0.4,
          neutralBias: 1,
          longLineBias: 2,
          ruleVeto: 0.05,
          modelMin: 0.4,
        }),
      ),
    ) as { calibration: Record<string, number> }
    delete stored.calibration.longLineBias
    expect(decodeModel(stored).longLineBias).toBe(0)
  })
})

describe("judging a parsed line under a calibration", () => {
  const lines = [
    "let me show you the dashboard, it lets you export everything in one click",
    "if I were in your shoes I'd pilot this in one region first, because the rollout is where it fails",
    "so the invoice goes out on the first of the month and it's payable within thirty days",
    "we were founded in 2009 and our clients include three of the big banks",
  ]

  it("gives what classifyUtterance gives under the installed calibration", () => {
    const model = installedModel()
    for (const text of lines) {
      const whole = classifyUtterance(text, { self: true })
      const split = judgeUnderCalibrations(text, model)?.(model)
      expect(split?.verdict).toBe(whole.verdict)
      expect(split?.labels).toEqual(whole.labels)
    }
  })

  it("follows the calibration it is given: a huge neutral prior silences the model's own labels", () => {
    const model = installedModel()
    const judgeWith = judgeUnderCalibrations(lines[0] ?? "", model)
    const silenced = judgeWith?.({ ...model, neutralBias: 50, longLineBias: 0 })
    expect(silenced?.labels.every((label) => label.source === "rule")).toBe(true)
  })

  it("has nothing to judge in an empty caption", () => {
    expect(judgeUnderCalibrations("   ", installedModel())).toBeNull()
  })
})

describe("verdictMacroF1", () => {
  it("is the macro-F1 evaluate() reports", () => {
    const rows: CorpusRow[] = [
      { text: "we were founded in 2009 by two engineers", self: true, verdict: "down", labels: [] },
      { text: "who else feels this first on your side?", self: true, verdict: "up", labels: [] },
      { text: "the invoice goes out on the first", self: true, verdict: "neutral", labels: [] },
      { text: "sounds good, talk Tuesday", self: true, verdict: "up", labels: [] },
    ]
    const pairs = rows.map(
      (row) => [row.verdict, classifyUtterance(row.text, { self: true }).verdict] as const,
    )
    expect(verdictMacroF1(pairs)).toBeCloseTo(evaluate(rows).verdict.macroF1, 10)
  })

  it("is 1 when every verdict is right and lower when one is wrong", () => {
    expect(
      verdictMacroF1([
        ["up", "up"],
        ["down", "down"],
        ["neutral", "neutral"],
      ]),
    ).toBe(1)
    expect(
      verdictMacroF1([
        ["up", "neutral"],
        ["down", "down"],
        ["neutral", "neutral"],
      ]),
    ).toBeLessThan(1)
  })
})
