import { describe, expect, it } from "vitest"
import { PRINCIPLE_IDS } from "../../../src/core/principles"
import { summarizeCall } from "../../../src/metrics/summary"
import { scoreBreakdown } from "../../../src/metrics/score"
import { client, label, seller, words } from "./build"

/** A four-minute scripted call whose every figure is worked out by hand below. */
const SCRIPTED = [
  client(0, 10, words(6)),
  seller(10, 40, words(10), { labels: [label("teach-models", "down", "company-story")] }),
  seller(40, 50, words(6), { questions: 1, kind: "open", labels: [label("discovery", "up")] }),
  client(50, 110, words(20)),
  seller(110, 120, words(6), {
    questions: 2,
    kind: "closed",
    labels: [
      label("discovery", "down", "pain-question"),
      label("discovery", "down", "budget-question"),
      label("ask-what-they-know", "down"),
    ],
  }),
  client(120, 125, words(4), { questions: 1 }),
  seller(125, 200, words(10), { labels: [label("counsel", "up"), label("expertise", "up")] }),
  seller(200, 230, words(8), { labels: [label("counsel", "down", "feature-pitch")] }),
  client(230, 240, words(5)),
]

describe("summarizeCall on a scripted call", () => {
  const summary = summarizeCall(SCRIPTED)

  it("measures talk share by time (covered seconds) and by words", () => {
    // Seller 30+10+10+75+30 = 155 s of 240 s; words 40 of 75.
    expect(summary.talkRatio).toEqual({ self: 0.646, byWords: 0.533, byTime: 0.646 })
    expect(summary.words).toEqual({ self: 40, client: 35 })
  })

  it("counts questions by side and kind, and spreads the seller's over quarters of the span", () => {
    // 0–240 s in quarters of 60 s: the open question at 40 s, the two closed ones at 110 s.
    // Stored without the "put to the client" facts (older calls): every question counts, and the
    // client spoke after each of them.
    expect(summary.questions).toEqual({
      self: 3,
      open: 1,
      closed: 2,
      client: 1,
      answered: 3,
      notPut: 0,
      byQuarter: [1, 2, 0, 0],
    })
  })

  it("measures stretches as runs of consecutive utterances of one side", () => {
    expect(summary.longestMonologue).toBe(105) // 125–230, two seller utterances in a row
    expect(summary.longestClientStory).toBe(60) // 50–110
    expect(summary.durationSec).toBe(240)
  })

  it("times company story from teach-models and counsel One-Down lines", () => {
    expect(summary.companyStory).toBe(60)
  })

  it("counts verdicts and principles for the seller, once per utterance and polarity", () => {
    expect(summary.verdicts).toEqual({ up: 2, down: 3, neutral: 0 })
    expect(summary.principles.discovery).toEqual({ up: 1, down: 1 })
    expect(summary.principles.counsel).toEqual({ up: 1, down: 1 })
    expect(summary.principles["teach-models"]).toEqual({ up: 0, down: 1 })
    expect(summary.principles["ask-what-they-know"]).toEqual({ up: 0, down: 1 })
    expect(summary.principles.expertise).toEqual({ up: 1, down: 0 })
    expect(summary.principles["compel-change"]).toEqual({ up: 0, down: 0 })
    expect(Object.keys(summary.principles)).toEqual([...PRINCIPLE_IDS])
  })

  it("scores 26 by the documented formula", () => {
    const parts = scoreBreakdown({
      up: 2,
      down: 3,
      talkShare: 155 / 240,
      sellerQuestions: 3,
      callMinutes: 4,
      longestMonologueSec: 105,
      companyStorySec: 60,
    })
    expect(parts.base).toBeCloseTo(50 - 50 / 7, 6) // 42.857
    expect(parts.talkPenalty).toBeCloseTo(80 * (155 / 240 - 0.5), 6) // 11.667
    expect(parts.questionPenalty).toBeCloseTo((15 * (11 / 3 - 3)) / (11 / 3), 6) // band for 10 min: 3.7–4.7; 2.727
    expect(parts.monologuePenalty).toBeCloseTo(2, 6) // 15 s over 90 s
    expect(parts.companyStoryPenalty).toBe(0)
    expect(summary.score).toBe(26)
    expect(summary.scoreNote).toBeNull()
  })
})

describe("summarizeCall edge cases", () => {
  it("an empty call: zeros, nulls, and no score", () => {
    const summary = summarizeCall([])
    expect(summary).toMatchObject({
      score: null,
      scoreNote: "not enough conversation to score",
      talkRatio: { self: 0, byWords: 0, byTime: null },
      questions: { self: 0, open: 0, closed: 0, client: 0, byQuarter: [0, 0, 0, 0] },
      longestMonologue: null,
      longestClientStory: null,
      companyStory: 0,
      durationSec: null,
      verdicts: { up: 0, down: 0, neutral: 0 },
    })
  })

  it("does not score under 3 seller utterances or under 30 seller words", () => {
    const twoLines = [seller(0, 5, words(40)), seller(5, 9, words(40)), client(9, 12, words(3))]
    expect(summarizeCall(twoLines).score).toBeNull()
    const fewWords = [seller(0, 1, words(9)), seller(1, 2, words(10)), seller(2, 3, words(10))]
    expect(summarizeCall(fewWords).score).toBeNull()
    const enough = [...fewWords, seller(3, 4, words(1))]
    expect(summarizeCall(enough).score).toEqual(expect.any(Number))
    expect(summarizeCall(enough).scoreNote).toBeNull()
  })

  it("without timings: talk share by words, no time figures, questions spread by order", () => {
    const untimed = [
      seller(null, null, words(30), { questions: 1 }),
      client(null, null, words(10)),
      seller(null, null, words(10)),
      seller(null, null, words(10), { questions: 2, labels: [label("counsel", "down")] }),
    ]
    const summary = summarizeCall(untimed)
    expect(summary.talkRatio).toEqual({ self: 0.833, byWords: 0.833, byTime: null })
    expect(summary.longestMonologue).toBeNull()
    expect(summary.durationSec).toBeNull()
    expect(summary.companyStory).toBeNull() // there was company story, but how long is unknown
    expect(summary.questions.byQuarter).toEqual([1, 0, 0, 2])
  })

  it("measures by time only when at least 80% of utterances are timed", () => {
    const mostlyUntimed = [
      seller(0, 10, words(5)),
      client(null, null, words(50)),
      seller(null, null, words(5)),
    ]
    expect(summarizeCall(mostlyUntimed).talkRatio.byTime).toBeNull()
    const fourOfFive = [
      seller(0, 10, "a"),
      client(10, 20, "b"),
      seller(20, 30, "c"),
      client(30, 40, "d"),
      seller(40, null, "e"),
    ]
    expect(summarizeCall(fourOfFive).talkRatio.byTime).toBe(0.5)
    // A start with no end still extends the span.
    expect(summarizeCall(fourOfFive).durationSec).toBe(40)
  })

  it("counts overlapping captions of one side once", () => {
    const overlapping = [seller(0, 10, "a"), seller(5, 15, "b"), client(15, 30, "c")]
    expect(summarizeCall(overlapping).talkRatio.byTime).toBe(0.5)
  })

  it("never judges the client, even if labels slipped through", () => {
    const summary = summarizeCall([
      client(0, 5, "x", { verdict: "down", labels: [label("counsel", "down")] }),
    ])
    expect(summary.verdicts).toEqual({ up: 0, down: 0, neutral: 0 })
    expect(summary.principles.counsel).toEqual({ up: 0, down: 0 })
    expect(summary.companyStory).toBe(0)
  })

  it("counts the closing run of questions when the client speaks next, and one for calls stored with the flag only", () => {
    const asked = { ...seller(0, 1, "who owns it, is it it or finance"), question: true, questionCount: 2 }
    const answer = client(2, 3, "finance")
    const withCount = { ...asked, addressedQuestions: 0, trailingQuestion: true, trailingQuestions: 2 }
    expect(summarizeCall([withCount, answer]).questions.self).toBe(2)
    // Stored before the count existed: the flag stands for one question.
    const flagOnly = { ...asked, addressedQuestions: 0, trailingQuestion: true }
    expect(summarizeCall([flagOnly, answer]).questions.self).toBe(1)
    // Nobody answered: the seller talked on.
    expect(summarizeCall([withCount, seller(2, 3, "anyway")]).questions.self).toBe(0)
  })

  it("counts a question flagged without a count as one", () => {
    const flagged = {
      ...seller(0, 1, "really"),
      question: true,
      questionCount: 0,
      questionKind: "closed" as const,
    }
    expect(summarizeCall([flagged]).questions).toMatchObject({ self: 1, closed: 1 })
  })
})
