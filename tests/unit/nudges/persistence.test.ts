import { describe, expect, it } from "vitest"
import {
  createPolicyState,
  current,
  dismiss,
  markNudgeNotHelpful,
  mute,
  onTick,
  onUtterance,
} from "../../../src/nudges/policy"
import type { Nudge, NudgePolicyState } from "../../../src/nudges/types"
import { at, label, lookup, metrics, roundTrip, said, settings, T0 } from "./helpers"

type Step = (state: NudgePolicyState) => { state: NudgePolicyState; nudge: Nudge | null }

const pain = label("generic-pain", "discovery", "down", "what keeps you up at night")
const story = label("company-story", "teach-models", "down", "we were founded in 2009")
const agenda = label("value-agenda", "use-of-time", "up", "let us decide by the end of this call")
const counselUp = label("recommendation", "counsel", "up", "my recommendation is to pilot first")

/** A call's worth of policy calls: live revisions, ticks, feedback, dismissals, mute. */
const script: Step[] = [
  (s) => onUtterance(s, said("u1", 20, [story], { final: false, revision: 1 }), at(20), settings(), lookup),
  (s) => onUtterance(s, said("u1", 22, [story], { final: false, revision: 2 }), at(22), settings(), lookup),
  (s) => onUtterance(s, said("c1", 30, [], { self: false }), at(30), settings(), lookup),
  (s) => onTick(s, metrics({ callElapsedSec: 100, currentSellerMonologueSec: 80 }), at(100), settings()),
  (s) => onUtterance(s, said("u2", 110, [agenda]), at(110), settings(), lookup),
  (s) => onUtterance(s, said("u3", 160, [pain]), at(160), settings(), lookup),
  (s) => ({ state: markNudgeNotHelpful(s, current(s, at(161))?.id ?? ""), nudge: null }),
  (s) => onUtterance(s, said("u4", 400, [counselUp]), at(400), settings(), lookup),
  (s) => ({ state: dismiss(s, current(s, at(402))?.id ?? "", at(402)), nudge: null }),
  (s) =>
    onTick(
      s,
      metrics({ callElapsedSec: 700, sellerTalkShare: 0.8, recentSellerTalkShare: 0.8 }),
      at(700),
      settings(),
    ),
  (s) => onUtterance(s, said("u5", 760, [pain]), at(760), settings(), lookup),
  (s) => ({ state: mute(s), nudge: null }),
  (s) => onUtterance(s, said("u6", 900, [story]), at(900), settings(), lookup),
]

function play(persist: boolean) {
  let state = createPolicyState({ callStartedAtMs: T0 })
  const nudges: (Nudge | null)[] = []
  for (const step of script) {
    const result = step(persist ? roundTrip(state) : state)
    state = result.state
    nudges.push(result.nudge)
  }
  return { state, nudges }
}

describe("state persistence", () => {
  it("is plain JSON: a round trip gives back an equal state", () => {
    const { state } = play(false)
    expect(roundTrip(state)).toEqual(state)
    expect(JSON.stringify(roundTrip(state))).toBe(JSON.stringify(state))
  })

  it("behaves identically when the state is reloaded from storage before every call", () => {
    const straight = play(false)
    const reloaded = play(true)
    expect(reloaded.nudges).toEqual(straight.nudges)
    expect(reloaded.state).toEqual(straight.state)
    // The script is not trivial: it shows nudges of several kinds and records feedback.
    expect(straight.nudges.filter((n) => n !== null).map((n) => n.kind)).toEqual([
      "rule",
      "monologue",
      "rule",
      "rule",
      "talk-share",
      "rule",
    ])
    expect(straight.state.log.map((entry) => entry.outcome)).toEqual([
      null,
      "acted-on",
      "not-helpful",
      "dismissed",
      null,
      null,
    ])
    expect(straight.state.muted).toBe(true)
  })

  it("never mutates the state it is given", () => {
    let state = createPolicyState({ callStartedAtMs: T0 })
    for (const step of script) {
      const before = JSON.stringify(state)
      const result = step(state)
      expect(JSON.stringify(state)).toBe(before)
      state = result.state
    }
  })

  it("keeps its memory bounded over a long call", () => {
    let state = createPolicyState({ callStartedAtMs: T0 })
    for (let i = 0; i < 500; i++) {
      state = onUtterance(
        state,
        said(`u${i}`, 10 + i * 10, [pain], { final: false }),
        at(10 + i * 10),
        settings(),
        lookup,
      ).state
    }
    expect(state.utterances.length).toBeLessThanOrEqual(40)
    expect(JSON.stringify(state).length).toBeLessThan(20_000)
  })
})
