import { describe, expect, it } from "vitest"
import { FREQUENCY_LIMITS, TIME_THRESHOLDS } from "../../../src/nudges/config"
import {
  createPolicyState,
  current,
  markNotHelpful,
  mute,
  onTick,
  onUtterance,
} from "../../../src/nudges/policy"
import type { NudgePolicyState, NudgeSettings, TimeMetrics } from "../../../src/nudges/types"
import { at, label, lookup, metrics, said, settings, T0 } from "./helpers"

/** One tick at call second `sec` with these metrics (callElapsedSec follows the clock). */
function tick(
  state: NudgePolicyState,
  sec: number,
  overrides: Partial<TimeMetrics>,
  options: Partial<NudgeSettings> = {},
) {
  return onTick(state, metrics({ callElapsedSec: sec, ...overrides }), at(sec), settings(options))
}

const fresh = () => createPolicyState({ callStartedAtMs: T0 })

describe("monologue", () => {
  it("fires once the seller's stretch reaches the default threshold, not a second before", () => {
    expect(tick(fresh(), 300, { currentSellerMonologueSec: 74 }).nudge).toBeNull()
    const { nudge } = tick(fresh(), 300, { currentSellerMonologueSec: 75 })
    expect(nudge).toMatchObject({
      kind: "monologue",
      rule: "time:monologue",
      principle: "use-of-time",
      polarity: "down",
      evidence: "You have talked for 75 s straight",
      utteranceId: null,
      quiet: false,
      expiresAt: at(320),
    })
    expect(nudge?.suggestion.length).toBeGreaterThan(20)
  })

  it("follows the configured threshold", () => {
    expect(
      tick(fresh(), 300, { currentSellerMonologueSec: 60 }, { monologueThresholdSec: 60 }).nudge?.kind,
    ).toBe("monologue")
    expect(
      tick(fresh(), 300, { currentSellerMonologueSec: 80 }, { monologueThresholdSec: 90 }).nudge,
    ).toBeNull()
  })

  it("fires early in the call too (no warm-up: a pitch is a pitch)", () => {
    expect(tick(fresh(), 80, { currentSellerMonologueSec: 78 }).nudge?.kind).toBe("monologue")
  })

  it("fires once per stretch, and again for a new stretch", () => {
    let state = tick(fresh(), 300, { currentSellerMonologueSec: 80 }).state
    // Same stretch, long after every cooldown: still the same monologue.
    const same = tick(state, 500, { currentSellerMonologueSec: 280 })
    expect(same.nudge).toBeNull()
    state = tick(same.state, 520, { currentSellerMonologueSec: 0 }).state
    expect(tick(state, 800, { currentSellerMonologueSec: 90 }).nudge?.kind).toBe("monologue")
  })

  it("leaves early and counts as acted on once the seller stops", () => {
    const shown = tick(fresh(), 300, { currentSellerMonologueSec: 80 })
    const stopped = tick(shown.state, 305, { currentSellerMonologueSec: 0 })
    expect(current(stopped.state, at(305))).toBeNull()
    expect(stopped.state.log[0]?.outcome).toBe("acted-on")
    // Still talking: stays on screen.
    expect(current(tick(shown.state, 305, { currentSellerMonologueSec: 85 }).state, at(305))?.kind).toBe(
      "monologue",
    )
  })

  it("outranks a slow metric when both apply", () => {
    const both = tick(fresh(), 600, {
      currentSellerMonologueSec: 90,
      sellerTalkShare: 0.8,
      recentSellerTalkShare: 0.9,
    })
    expect(both.nudge?.kind).toBe("monologue")
  })

  it("respects the global cooldown after a rule nudge", () => {
    const ruled = onUtterance(
      fresh(),
      said("u1", 290, [label("generic-pain", "discovery", "down", "what keeps you up at night")]),
      at(290),
      settings(),
      lookup,
    )
    expect(tick(ruled.state, 300, { currentSellerMonologueSec: 80 }).nudge).toBeNull()
    expect(
      tick(ruled.state, 290 + FREQUENCY_LIMITS.normal.globalCooldownSec, { currentSellerMonologueSec: 125 })
        .nudge?.kind,
    ).toBe("monologue")
  })
})

describe("talk share", () => {
  const high = { sellerTalkShare: 0.72, recentSellerTalkShare: 0.8, totalTalkSec: 400 }

  it("fires far above 43 % after the warm-up, with the figure as evidence", () => {
    const { nudge } = tick(fresh(), 600, high)
    expect(nudge).toMatchObject({ kind: "talk-share", principle: "ask-what-they-know" })
    expect(nudge?.evidence).toBe("You have talked 72 % of the call (top calls: about 43 %)")
  })

  it("waits for the warm-up", () => {
    expect(tick(fresh(), TIME_THRESHOLDS.talkShareWarmupSec - 1, high).nudge).toBeNull()
    expect(tick(fresh(), TIME_THRESHOLDS.talkShareWarmupSec, high).nudge?.kind).toBe("talk-share")
  })

  it("does not fire below the threshold, or when the last minutes were balanced", () => {
    expect(tick(fresh(), 600, { ...high, sellerTalkShare: 0.6 }).nudge).toBeNull()
    expect(tick(fresh(), 600, { ...high, recentSellerTalkShare: 0.4 }).nudge).toBeNull()
  })

  it("needs enough talk measured to mean something", () => {
    expect(tick(fresh(), 600, { ...high, totalTalkSec: 60 }).nudge).toBeNull()
  })
})

describe("no seller question for a long stretch", () => {
  const quiet = { secondsSinceLastSellerQuestion: 320, sellerTalkSecSinceLastQuestion: 200 }

  it("fires after five minutes in which the seller did most of the talking", () => {
    const { nudge } = tick(fresh(), 900, quiet)
    expect(nudge).toMatchObject({
      kind: "no-questions",
      principle: "discovery",
      evidence: "No question from you for 5 min",
    })
  })

  it("does not fire below the threshold", () => {
    expect(tick(fresh(), 900, { ...quiet, secondsSinceLastSellerQuestion: 290 }).nudge).toBeNull()
  })

  it("does not interrupt a long client story", () => {
    expect(tick(fresh(), 900, { ...quiet, sellerTalkSecSinceLastQuestion: 100 }).nudge).toBeNull()
  })

  it("counts as acted on when the seller asks", () => {
    const shown = tick(fresh(), 900, quiet)
    const asked = tick(shown.state, 905, {
      secondsSinceLastSellerQuestion: 2,
      sellerTalkSecSinceLastQuestion: 2,
    })
    expect(asked.state.log[0]?.outcome).toBe("acted-on")
    expect(current(asked.state, at(905))).toBeNull()
  })
})

describe("interrogation", () => {
  it("fires on a burst of questions within a minute", () => {
    const { nudge } = tick(fresh(), 400, {
      sellerQuestionsLastMinute: TIME_THRESHOLDS.interrogationQuestions,
    })
    expect(nudge).toMatchObject({
      kind: "interrogation",
      principle: "discovery",
      evidence: "4 questions from you in the last minute",
    })
  })

  it("does not fire below the burst size", () => {
    expect(
      tick(fresh(), 400, { sellerQuestionsLastMinute: TIME_THRESHOLDS.interrogationQuestions - 1 }).nudge,
    ).toBeNull()
  })
})

describe("time-based nudges and the rest of the policy", () => {
  it("follow the principle switches", () => {
    const noDiscovery = settings().enabledPrinciples.filter((p) => p !== "discovery")
    expect(
      tick(fresh(), 400, { sellerQuestionsLastMinute: 6 }, { enabledPrinciples: noDiscovery }).nudge,
    ).toBeNull()
  })

  it("stay quiet once the call is muted", () => {
    const muted = mute(fresh())
    expect(tick(muted, 300, { currentSellerMonologueSec: 80, sellerQuestionsLastMinute: 6 }).nudge).toBeNull()
    expect(tick(fresh(), 300, { currentSellerMonologueSec: 80 }, { mutedForCall: true }).nudge).toBeNull()
  })

  it("respect not-helpful", () => {
    let state = fresh()
    for (let i = 0; i < 4; i++) state = markNotHelpful(state, "time:monologue")
    expect(tick(state, 300, { currentSellerMonologueSec: 80 }).nudge).toBeNull()
  })

  it("learn the call clock from the first tick, to spot stale utterances", () => {
    const state = tick(createPolicyState(), 100, {}).state
    expect(state.callStartMs).toBe(T0)
    const late = onUtterance(
      state,
      said("u1", 60, [label("generic-pain", "discovery", "down")]),
      at(100),
      settings(),
      lookup,
    )
    expect(late.nudge).toBeNull()
  })

  it("are silent when nothing applies", () => {
    const { nudge, state } = tick(fresh(), 900, {})
    expect(nudge).toBeNull()
    expect(state.correctiveShown).toBe(0)
  })
})
