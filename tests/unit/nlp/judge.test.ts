/**
 * The policy that joins the two witnesses (judge.ts), on hand-made model opinions: when a rule
 * label stands, when the model overrules it, and when the model speaks alone.
 */
import { describe, expect, it } from "vitest"
import type { Label, Verdict } from "../../../src/core/types"
import {
  SECOND_OPINION_MIN_PRINCIPLE,
  VETO_MIN_WORDS,
  judge,
  type ModelOpinion,
} from "../../../src/nlp/judge"

const quickRule: Label = {
  principle: "use-of-time",
  polarity: "down",
  rule: "time-asks-for-time",
  evidence: "i'll be quick",
}

const storyRule: Label = {
  principle: "teach-models",
  polarity: "down",
  rule: "models-company-story",
  evidence: "we were founded",
}

const adviceRule: Label = {
  principle: "counsel",
  polarity: "up",
  rule: "counsel-gives-recommendation",
  evidence: "i'd pilot",
}

function opinion(
  probabilities: Record<Verdict, number>,
  words: number,
  verdict: Verdict = "neutral",
  clarifying = false,
  principleProbability = 0.6,
): ModelOpinion {
  return {
    scores: { probabilities, verdict, confidence: probabilities[verdict] },
    words,
    ruleVeto: 0.2,
    modelMin: 0.4,
    clarifying,
    explain: (polarity) => ({
      principle: polarity === "up" ? "discovery" : "counsel",
      probability: principleProbability,
      evidence: "the words",
    }),
    prefers: (polarity) => ({
      principle: polarity === "up" ? "discovery" : "counsel",
      probability: principleProbability,
    }),
  }
}

const neutralModel = { up: 0.05, down: 0.1, neutral: 0.85 }

describe("a rule label and the model's veto", () => {
  it("keeps a rule label the model finds likely enough, with a strength that reflects it", () => {
    const result = judge([quickRule], opinion({ up: 0.1, down: 0.6, neutral: 0.3 }, 12))
    expect(result.verdict).toBe("down")
    expect(result.labels).toEqual([{ ...quickRule, strength: 0.82, source: "rule" }])
  })

  it("drops a rule label on a line with context when the model gives its direction under the veto", () => {
    const result = judge([quickRule], opinion(neutralModel, VETO_MIN_WORDS))
    expect(result).toEqual({ verdict: "neutral", labels: [] })
  })

  it("keeps the rule label on a line shorter than the veto needs: no context beyond the rule's words", () => {
    const result = judge([quickRule], opinion(neutralModel, VETO_MIN_WORDS - 1))
    expect(result.verdict).toBe("down")
    expect(result.labels.map((l) => l.rule)).toEqual(["time-asks-for-time"])
  })

  it("after a veto, the model's own confident verdict still counts", () => {
    const result = judge([storyRule], opinion({ up: 0.7, down: 0.1, neutral: 0.2 }, 20, "up"))
    expect(result.verdict).toBe("up")
    expect(result.labels).toHaveLength(1)
    expect(result.labels[0]).toMatchObject({ source: "model", principle: "discovery", polarity: "up" })
  })
})

describe("rule labels of both directions, and the model alone", () => {
  it("lets the more likely direction win and keeps only its labels", () => {
    const result = judge([quickRule, adviceRule], opinion({ up: 0.5, down: 0.3, neutral: 0.2 }, 15))
    expect(result.verdict).toBe("up")
    expect(result.labels.map((l) => l.rule)).toEqual(["counsel-gives-recommendation"])
  })

  it("stays neutral when the model's verdict is below its minimum confidence", () => {
    const result = judge([], opinion({ up: 0.35, down: 0.3, neutral: 0.35 }, 15, "up"))
    expect(result).toEqual({ verdict: "neutral", labels: [] })
  })

  it("gives no model-only verdict on a line that asks which thing the client meant", () => {
    const confidentUp = { up: 0.9, down: 0.05, neutral: 0.05 }
    expect(judge([], opinion(confidentUp, 15, "up", true))).toEqual({ verdict: "neutral", labels: [] })
    expect(judge([], opinion(confidentUp, 15, "up", false)).verdict).toBe("up")
  })

  it("keeps a rule's label on a clarifying line: a move made beside the clarification still counts", () => {
    const result = judge([adviceRule], opinion({ up: 0.6, down: 0.1, neutral: 0.3 }, 15, "up", true))
    expect(result.verdict).toBe("up")
    expect(result.labels.map((l) => l.rule)).toEqual(["counsel-gives-recommendation"])
  })
})

describe("the model's principle beside a rule's (second opinion)", () => {
  const sure = SECOND_OPINION_MIN_PRINCIPLE
  const confidentUp = { up: 0.7, down: 0.1, neutral: 0.2 }

  it("joins the rule's label when the model reaches the same verdict and is sure of another principle", () => {
    const result = judge([adviceRule], opinion(confidentUp, 15, "up", false, sure))
    expect(result.verdict).toBe("up")
    expect(result.labels.map((l) => [l.source, l.principle])).toEqual([
      ["rule", "counsel"],
      ["model", "discovery"],
    ])
    expect(result.labels[1]?.evidence).toBe("the words")
  })

  it("stays out when the model spreads its principle weight", () => {
    const result = judge([adviceRule], opinion(confidentUp, 15, "up", false, sure - 0.01))
    expect(result.labels.map((l) => l.source)).toEqual(["rule"])
  })

  it("stays out when the model's own verdict is another, or under its minimum confidence", () => {
    const down = judge([adviceRule], opinion({ up: 0.3, down: 0.5, neutral: 0.2 }, 15, "down", false, 1))
    expect(down.labels.map((l) => l.source)).toEqual(["rule"])
    const unsure = judge([adviceRule], opinion({ up: 0.35, down: 0.3, neutral: 0.35 }, 15, "up", false, 1))
    expect(unsure.labels.map((l) => l.source)).toEqual(["rule"])
  })

  it("never repeats the principle a rule already named", () => {
    const counselDown: Label = { ...storyRule, principle: "counsel", rule: "counsel-demo-as-value" }
    const model = opinion({ up: 0.1, down: 0.7, neutral: 0.2 }, 15, "down", false, 1)
    let quoted = 0
    const same = judge([counselDown], {
      ...model,
      explain: (polarity) => {
        quoted++
        return model.explain(polarity)
      },
    })
    expect(same.labels.map((l) => l.source)).toEqual(["rule"])
    // nor looks for the model's words when it will not use them
    expect(quoted).toBe(0)
  })
})
