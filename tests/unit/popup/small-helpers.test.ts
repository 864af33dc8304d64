import { describe, expect, it } from "vitest"
import { splitEvidence } from "../../../src/ui/popup/evidence"
import { scoreMeaning } from "../../../src/ui/popup/score-meaning"

describe("scoreMeaning", () => {
  it("reads each band of the score", () => {
    expect(scoreMeaning(100)).toMatch(/^Clearly One-Up/)
    expect(scoreMeaning(80)).toMatch(/^Clearly One-Up/)
    expect(scoreMeaning(79)).toMatch(/^More One-Up/)
    expect(scoreMeaning(50)).toMatch(/^Mixed/)
    expect(scoreMeaning(20)).toMatch(/^Mostly One-Down/)
    expect(scoreMeaning(0)).toMatch(/^One-Down/)
  })

  it("gives the honest note instead of a number when there is too little to score", () => {
    expect(scoreMeaning(null, "not enough conversation to score")).toBe("Not enough conversation to score.")
    expect(scoreMeaning(null)).toBe("Not enough conversation to score.")
  })
})

describe("splitEvidence", () => {
  it("finds the evidence case-insensitively and keeps the original casing", () => {
    expect(splitEvidence("So, What keeps you up?", "what keeps you")).toEqual({
      before: "So, ",
      match: "What keeps you",
      after: " up?",
    })
  })

  it("leaves the text whole when the evidence is not in it", () => {
    expect(splitEvidence("hello", "bye")).toEqual({ before: "hello", match: "", after: "" })
    expect(splitEvidence("hello", " ")).toEqual({ before: "hello", match: "", after: "" })
  })
})
