import { describe, expect, it } from "vitest"
import { coachingFocus } from "../../../src/metrics/focus"
import { summarizeCall } from "../../../src/metrics/summary"
import { client, label, seller, words } from "./build"

describe("coachingFocus", () => {
  it("puts the biggest gaps from the research first, with this call's figures", () => {
    // 30 minutes: the seller talks 75% (1350 of 1800 s), asks 2 questions, one 150 s monologue.
    const call = [
      seller(0, 150, words(300), { questions: 1 }),
      client(150, 300, words(300)),
      ...Array.from({ length: 12 }, (_, i) => [
        seller(300 + i * 125, 400 + i * 125, words(200), { questions: i === 0 ? 1 : 0 }),
        client(400 + i * 125, 425 + i * 125, words(50)),
      ]).flat(),
    ]
    const summary = summarizeCall(call)
    expect(summary.talkRatio.self).toBe(0.75)
    expect(summary.durationSec).toBe(1800)
    const focus = coachingFocus(summary, call)
    expect(focus.map((f) => f.kind)).toEqual(["talk-share", "few-questions", "monologue"])
    expect(focus[0]?.detail).toContain("You had 75% of the talk (over 65% goes with lower conversion)")
    expect(focus[1]?.detail).toContain(
      "You asked 2 questions in about 30 min; the best discovery calls have 11–14.",
    )
    expect(focus[2]?.detail).toContain("Your longest uninterrupted stretch was 2 min 30 s")
  })

  it("in a well-balanced call, points at repeated One-Down habits and principles never used", () => {
    // Five minutes (judged as ten: 3.7–4.7 questions), 4 questions, 40% talk: no figure to fix.
    const call = [
      client(0, 60, words(100)),
      seller(60, 120, words(100), { questions: 2, labels: [label("discovery", "up")] }),
      client(120, 170, words(80)),
      seller(170, 200, words(50), {
        labels: [label("counsel", "down", "demo", "let me show you the product")],
      }),
      client(200, 250, words(80)),
      seller(250, 280, words(50), {
        questions: 2,
        labels: [label("counsel", "down", "feature", "feature X is unique")],
      }),
      client(280, 300, words(40)),
    ]
    expect(summarizeCall(call).talkRatio.self).toBe(0.4)
    const focus = coachingFocus(summarizeCall(call), call)
    expect(focus.map((f) => [f.kind, f.principle])).toEqual([
      ["repeated-one-down", "counsel"],
      ["unused-principle", "compel-change"],
      ["unused-principle", "teach-models"],
    ])
    expect(focus[0]?.detail).toContain(
      '2 One-Down moments on "Give counsel", e.g. "let me show you the product"',
    )
  })

  it("asks a seller who hardly spoke to bring expertise", () => {
    const call = [client(0, 100, words(200)), seller(100, 120, words(40)), client(120, 200, words(150))]
    const quiet = coachingFocus(summarizeCall(call), call).find((point) => point.kind === "talk-share")
    expect(quiet).toMatchObject({
      kind: "talk-share",
      principle: "expertise",
      title: "Bring more of what you know",
    })
    expect(quiet?.detail).toContain("You had 10% of the talk.")
  })

  it("names too many and front-loaded questions", () => {
    const call = [
      ...Array.from({ length: 8 }, (_, i) => seller(i * 10, i * 10 + 8, words(10), { questions: 1 })),
      client(80, 300, words(300)),
      seller(300, 320, words(20)),
    ]
    const kinds = coachingFocus(summarizeCall(call), call).map((f) => f.kind)
    expect(kinds).toContain("many-questions")
    expect(kinds).toContain("front-loaded-questions")
  })

  it("always gives three points, at most one per principle", () => {
    const call = [seller(0, 10, words(10)), client(10, 20, words(10))]
    const focus = coachingFocus(summarizeCall(call), call)
    expect(focus).toHaveLength(3)
    const principles = focus.map((f) => f.principle).filter((p) => p !== null)
    expect(new Set(principles).size).toBe(principles.length)
  })
})
