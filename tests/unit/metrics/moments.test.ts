import { describe, expect, it } from "vitest"
import { PRINCIPLE_MOVES } from "../../../src/metrics/principle-moves"
import { topOneDownMoments, topOneUpMoments } from "../../../src/metrics/moments"
import { client, label, seller } from "./build"

const suggestions: Record<string, string> = {
  "company-story": "Teach the three ways companies solve this instead of the founding story.",
  "pain-question": "Ask which of their last ten deals stalled at the same stage.",
}
const lookup = (rule: string) => suggestions[rule]

const call = [
  seller(0, 10, "Is now a good time?", {
    id: "a",
    labels: [label("use-of-time", "down", "good-time", "Is now a good time")],
  }),
  client(10, 20, "Sure, but let me show you our numbers", { id: "c", verdict: "neutral", labels: [] }),
  seller(20, 80, "We were founded in 2009 and we're the leading provider.", {
    id: "b",
    labels: [label("teach-models", "down", "company-story", "we were founded in 2009")],
  }),
  seller(80, 90, "What keeps you up at night, and what are your pain points?", {
    id: "d",
    labels: [
      label("discovery", "down", "pain-question", "What keeps you up at night"),
      label("discovery", "down", "pain-question-2", "what are your pain points"),
      label("use-of-time", "down", "filler", "and"),
    ],
  }),
  seller(90, 95, "What are your biggest challenges?", {
    id: "e",
    labels: [label("discovery", "down", "pain-question", "What are your biggest challenges")],
  }),
  seller(
    95,
    120,
    "Across forty rollouts, finance in early doubled adoption. My recommendation is a one-region pilot.",
    {
      id: "f",
      labels: [
        label("expertise", "up", "pattern", "Across forty rollouts"),
        label("counsel", "up", "recommend", "My recommendation"),
      ],
    },
  ),
  seller(120, 130, "Who else feels this first?", {
    id: "g",
    labels: [label("ask-what-they-know", "up", "stakeholders", "Who else")],
  }),
]

describe("topOneDownMoments", () => {
  const moments = topOneDownMoments(call, lookup)

  it("ranks by how many principles went One-Down, then by length, one utterance per moment", () => {
    // d: two principles; b: one, 60 s; a: one, 10 s; e (5 s) repeats d's discovery slip.
    expect(moments.map((m) => m.utteranceId)).toEqual(["d", "b", "a"])
    expect(moments.map((m) => m.principle)).toEqual(["discovery", "teach-models", "use-of-time"])
  })

  it("gives the seller's exact words, the principle, rule and evidence", () => {
    expect(moments[1]).toEqual({
      utteranceId: "b",
      speaker: "You",
      text: "We were founded in 2009 and we're the leading provider.",
      evidence: "we were founded in 2009",
      principle: "teach-models",
      rule: "company-story",
      polarity: "down",
      start: 20,
      rewrite: suggestions["company-story"],
    })
  })

  it("takes the rewrite from the lookup and falls back to the principle's move", () => {
    expect(moments[0]?.rewrite).toBe(suggestions["pain-question"])
    const fallback = topOneDownMoments(call, () => undefined)
    expect(fallback[1]?.rewrite).toBe(PRINCIPLE_MOVES["teach-models"])
  })

  it("prefers a new principle over a second slip of the same one", () => {
    // e outranks a on nothing but its principle was already shown: it only comes once room is left.
    expect(topOneDownMoments(call, lookup, 5).map((m) => m.utteranceId)).toEqual(["d", "b", "a", "e"])
    const twoSlips = call.filter((u) => u.id === "d" || u.id === "e" || u.id === "b")
    expect(topOneDownMoments(twoSlips, lookup, 2).map((m) => m.utteranceId)).toEqual(["d", "b"])
  })

  it("never picks client lines or utterances whose verdict is not One-Down", () => {
    const ids = topOneDownMoments(call, lookup, 10).map((m) => m.utteranceId)
    expect(ids).not.toContain("c")
    expect(ids).not.toContain("f")
  })
})

describe("topOneUpMoments", () => {
  it("returns the seller's One-Up lines, richest first, with no rewrite", () => {
    const moments = topOneUpMoments(call)
    expect(moments.map((m) => [m.utteranceId, m.principle, m.rewrite])).toEqual([
      ["f", "expertise", null],
      ["g", "ask-what-they-know", null],
    ])
  })

  it("returns nothing for a call without One-Up lines", () => {
    expect(topOneUpMoments([seller(0, 1, "ok")])).toEqual([])
  })
})
