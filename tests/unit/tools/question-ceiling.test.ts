// The question-ceiling experiment's pure logic, on invented toy sentences (no Switchboard line).
import { describe, expect, it } from "vitest"
import { f1 } from "../../../src/nlp/evaluate"
import {
  bestThreshold,
  contextFeatures,
  conversationFolds,
  countOutcomes,
  dialogueContexts,
  nestedCrossValidation,
  questionProbability,
  textFeatures,
  trainBinaryModel,
  type Example,
} from "../../../src/tools/question-ceiling-lib"

const OPTIONS = { minCount: 1, l2: 1e-4, iterations: 100, learningRate: 0.4 }

describe("conversationFolds", () => {
  const ids = ["12", "3", "7", "100", "5", "41", "9", "3", "20", "64"]

  it("puts every conversation in exactly one fold, in contiguous blocks of sorted ids", () => {
    const folds = conversationFolds(ids, 3)
    expect([...folds.keys()].sort()).toEqual([...new Set(ids)].sort())
    const byFold = [0, 1, 2].map((k) => [...folds].filter(([, f]) => f === k).map(([id]) => id))
    expect(byFold).toEqual([
      ["3", "5", "7"],
      ["9", "12", "20"],
      ["41", "64", "100"],
    ])
  })

  it("gives the same split whatever order the ids come in", () => {
    expect([...conversationFolds([...ids].reverse(), 3)].sort()).toEqual(
      [...conversationFolds(ids, 3)].sort(),
    )
  })
})

describe("features", () => {
  it("has the unigrams, bigrams, start and end markers, first two words and length of a caption", () => {
    const features = textFeatures("do you sell boats")
    expect(features).toEqual(
      expect.arrayContaining([
        "w:do",
        "w:boats",
        "b:^ do",
        "b:do you",
        "b:sell boats",
        "b:boats $",
        "first2:do you",
        "len:3-4",
      ]),
    )
    expect(features).not.toContain("b:^ you")
  })

  it("knows who speaks next and how the next line starts, within one conversation only", () => {
    const turns = [
      { conversation: "1", speaker: "A", text: "do you sell boats" },
      { conversation: "1", speaker: "B", text: "yeah we do" },
      { conversation: "1", speaker: "B", text: "mostly canoes" },
      { conversation: "2", speaker: "A", text: "hello there" },
    ]
    const contexts = dialogueContexts(turns)
    expect(contexts.map((c) => [c.previous, c.next])).toEqual([
      ["none", "other"],
      ["other", "same"],
      ["same", "none"],
      ["none", "none"],
    ])
    const asked = contextFeatures(contexts[0] ?? { previous: "none", next: "none", nextWords: [] })
    expect(asked).toEqual(expect.arrayContaining(["next1:other:yeah", "next2:other:yeah we", "prev:none"]))
    expect(contextFeatures(contexts[2] ?? { previous: "none", next: "other", nextWords: ["x"] })).toEqual([
      "prev:same",
      "next:none",
    ])
  })
})

describe("bestThreshold", () => {
  it("picks the threshold that maximises F1, between the last score kept and the next", () => {
    const scores = [0.9, 0.8, 0.7, 0.3, 0.2]
    const gold = [true, true, false, true, false]
    const best = bestThreshold(scores, gold)
    // Keeping the top four gives tp 3, fp 1, fn 0: F1 6/7, better than any other cut.
    expect(best.f1).toBeCloseTo(6 / 7)
    expect(best.threshold).toBeCloseTo(0.25)
    const counts = countOutcomes(
      scores.map((s) => s >= best.threshold),
      gold,
    )
    expect(counts).toEqual({ tp: 3, fp: 1, fn: 0 })
    expect(f1(counts)).toBeCloseTo(best.f1)
  })

  it("never splits equal scores and predicts nothing when there is no question", () => {
    expect(bestThreshold([0.5, 0.5, 0.1], [true, false, false]).threshold).toBeCloseTo(0.3)
    expect(bestThreshold([0.5, 0.4], [false, false])).toEqual({ threshold: Infinity, f1: 0 })
  })
})

/** Invented toy dialogue: "do you …" questions against statements, three lines a conversation. */
function toyExamples(): Example[] {
  const objects = ["boats", "bikes", "maps", "tea", "shoes", "lamps", "rugs", "kites"]
  return objects.flatMap((thing, i) => [
    { conversation: `c${i}`, question: true, features: textFeatures(`do you sell ${thing}`) },
    { conversation: `c${i}`, question: false, features: textFeatures(`we sell ${thing} here`) },
    { conversation: `c${i}`, question: false, features: textFeatures(`i bought ${thing} last week`) },
  ])
}

describe("the binary model", () => {
  it("separates an obviously separable toy set", () => {
    const model = trainBinaryModel(toyExamples(), OPTIONS)
    expect(questionProbability(model, textFeatures("do you sell cars"))).toBeGreaterThan(0.8)
    expect(questionProbability(model, textFeatures("we sell cars here"))).toBeLessThan(0.2)
  })

  it("scores every toy line from folds that never saw its conversation, and finds the questions", () => {
    const examples = toyExamples()
    const folds = conversationFolds(
      examples.map((ex) => ex.conversation),
      4,
    )
    const result = nestedCrossValidation(examples, folds, 3, OPTIONS)
    expect(result.thresholds).toHaveLength(4)
    expect(
      countOutcomes(
        result.predicted,
        examples.map((ex) => ex.question),
      ),
    ).toEqual({ tp: 8, fp: 0, fn: 0 })
  })
})
