import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { questionBand } from "../../../src/metrics/benchmarks"
import {
  oneUpScore,
  questionCountPenalty,
  talkSharePenalty,
  type ScoreInputs,
} from "../../../src/metrics/score"
import { summarizeCall } from "../../../src/metrics/summary"
import { client, label, seller, words } from "./build"

const inputs: fc.Arbitrary<ScoreInputs> = fc.record({
  up: fc.nat(40),
  down: fc.nat(40),
  talkShare: fc.double({ min: 0, max: 1, noNaN: true }),
  sellerQuestions: fc.nat(40),
  callMinutes: fc.double({ min: 0, max: 120, noNaN: true }),
  longestMonologueSec: fc.option(fc.double({ min: 0, max: 900, noNaN: true })),
  companyStorySec: fc.option(fc.double({ min: 0, max: 1200, noNaN: true })),
})

describe("One-Up score formula", () => {
  it.each([
    [{ up: 0, down: 0 }, 50],
    [{ up: 10, down: 0 }, 92],
    [{ up: 0, down: 10 }, 8],
    [{ up: 5, down: 5 }, 50],
  ])("base from the up/down balance %o → %i in an ideal conversation", (balance, expected) => {
    const ideal = {
      talkShare: 0.43,
      sellerQuestions: 12,
      callMinutes: 30,
      longestMonologueSec: 60,
      companyStorySec: 30,
    }
    expect(oneUpScore({ ...ideal, ...balance })).toBe(expected)
  })

  it("talk share: free within 36–50%, 12 points at 65%, capped at 25; gentler below", () => {
    expect(talkSharePenalty(0.43)).toBe(0)
    expect(talkSharePenalty(0.5)).toBe(0)
    expect(talkSharePenalty(0.36)).toBe(0)
    expect(talkSharePenalty(0.65)).toBeCloseTo(12, 6)
    expect(talkSharePenalty(0.95)).toBe(25)
    expect(talkSharePenalty(0.2)).toBeCloseTo(6.4, 6)
    expect(talkSharePenalty(0)).toBe(10)
  })

  it("questions: 11–14 per 30 min, scaled down for shorter calls", () => {
    expect(questionCountPenalty(11, 30)).toBe(0)
    expect(questionCountPenalty(14, 60)).toBe(0)
    expect(questionCountPenalty(0, 45)).toBe(15)
    expect(questionCountPenalty(28, 30)).toBe(8)
    expect(questionCountPenalty(6, 15)).toBe(0) // band 5.5–7 for 15 minutes
    expect(questionCountPenalty(4, 1)).toBe(0) // short calls are judged as 10 minutes: 3.7–4.7
    expect(questionCountPenalty(4, 8)).toBe(0)
  })

  it("stays within 0–100 and is a whole number", () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const score = oneUpScore(i)
        expect(Number.isInteger(score) && score >= 0 && score <= 100).toBe(true)
      }),
    )
  })

  it("never drops with one more One-Up line, never rises with one more One-Down line", () => {
    fc.assert(
      fc.property(inputs, (i) => {
        expect(oneUpScore({ ...i, up: i.up + 1 })).toBeGreaterThanOrEqual(oneUpScore(i))
        expect(oneUpScore({ ...i, down: i.down + 1 })).toBeLessThanOrEqual(oneUpScore(i))
      }),
    )
  })

  it("never drops as talk share moves toward the 36–50% band", () => {
    fc.assert(
      fc.property(inputs, fc.double({ min: 0, max: 1, noNaN: true }), (i, t) => {
        const closer = i.talkShare + (0.43 - i.talkShare) * t
        expect(oneUpScore({ ...i, talkShare: closer })).toBeGreaterThanOrEqual(oneUpScore(i))
      }),
    )
  })

  it("never drops as the question count moves toward its band", () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const { low, high } = questionBand(i.callMinutes)
        const q = i.sellerQuestions
        // One step toward the band, not past it.
        const step = q < low && q + 1 <= high ? 1 : q > high && q - 1 >= low ? -1 : 0
        if (step === 0) return
        const before = oneUpScore(i)
        const after = oneUpScore({ ...i, sellerQuestions: i.sellerQuestions + step })
        expect(after).toBeGreaterThanOrEqual(before)
      }),
    )
  })

  it("never rises with a longer monologue or more company story", () => {
    fc.assert(
      fc.property(inputs, fc.double({ min: 0, max: 600, noNaN: true }), (i, more) => {
        const base = {
          ...i,
          longestMonologueSec: i.longestMonologueSec ?? 0,
          companyStorySec: i.companyStorySec ?? 0,
        }
        expect(
          oneUpScore({ ...base, longestMonologueSec: base.longestMonologueSec + more }),
        ).toBeLessThanOrEqual(oneUpScore(base))
        expect(oneUpScore({ ...base, companyStorySec: base.companyStorySec + more })).toBeLessThanOrEqual(
          oneUpScore(base),
        )
      }),
    )
  })
})

describe("score of whole calls", () => {
  const call = [
    client(0, 20, words(40)),
    seller(20, 35, words(30), { questions: 1 }),
    client(35, 80, words(90)),
    seller(80, 100, words(40), { labels: [label("expertise", "up")] }),
    client(100, 140, words(80)),
    seller(140, 160, words(40), { labels: [label("counsel", "down")] }),
  ]

  it("turning a neutral seller line One-Up raises the score; One-Down lowers it", () => {
    const base = summarizeCall(call).score ?? NaN
    const upgraded = call.map((u, i) =>
      i === 1 ? { ...u, verdict: "up" as const, labels: [label("discovery", "up")] } : u,
    )
    const downgraded = call.map((u, i) =>
      i === 1 ? { ...u, verdict: "down" as const, labels: [label("discovery", "down")] } : u,
    )
    expect(summarizeCall(upgraded).score).toBeGreaterThan(base)
    expect(summarizeCall(downgraded).score).toBeLessThan(base)
  })

  it("a seller who talks over 65% of the time scores lower than one near 43%", () => {
    const balanced = summarizeCall(call).score ?? NaN
    const talky = call.map((u) =>
      u.self && u.end !== null && u.start !== null ? { ...u, end: u.start + 90 } : u,
    )
    expect(summarizeCall(talky).talkRatio.self).toBeGreaterThan(0.65)
    expect(summarizeCall(talky).score).toBeLessThan(balanced)
  })
})
