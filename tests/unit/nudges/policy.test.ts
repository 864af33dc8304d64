import { describe, expect, it } from "vitest"
import { FREQUENCY_LIMITS } from "../../../src/nudges/config"
import { isFillerOnly } from "../../../src/nudges/evidence"
import {
  createPolicyState,
  current,
  dismiss,
  markNotHelpful,
  markNudgeNotHelpful,
  mute,
  onUtterance,
  ruleOfNudge,
  sellerFeedback,
  toNudgeSettings,
} from "../../../src/nudges/policy"
import type { NudgePolicyState, NudgeSettings, UtteranceEvent } from "../../../src/nudges/types"
import { at, label, lookup, said, settings, T0 } from "./helpers"

const companyStory = label(
  "company-story",
  "teach-models",
  "down",
  "we were founded in 2009 by two engineers",
)
const genericPain = label("generic-pain", "discovery", "down", "what keeps you up at night")
const budget = label("budget-question", "discovery", "down", "what's your budget for this")
const stakeholders = label("stakeholder-question", "ask-what-they-know", "up", "who else feels this first")
const reframe = label("reframe-question", "discovery", "up", "what would have to be true for this to work")

/** Feeds events in order, each at the call second its utterance ends; returns the final state and what showed. */
function run(events: UtteranceEvent[], options: { state?: NudgePolicyState; settings?: NudgeSettings } = {}) {
  let state = options.state ?? createPolicyState({ callStartedAtMs: T0 })
  const shown: (string | null)[] = []
  for (const event of events) {
    const result = onUtterance(state, event, at(event.end), options.settings ?? settings(), lookup)
    state = result.state
    shown.push(result.nudge?.rule ?? null)
  }
  return { state, shown }
}

describe("what a nudge says", () => {
  it("carries the principle title, the quoted evidence and the rule's own suggestion", () => {
    const { nudge } = onUtterance(
      createPolicyState(),
      said("u1", 10, [genericPain]),
      at(10),
      settings(),
      lookup,
    )
    expect(nudge).toMatchObject({
      kind: "rule",
      principle: "discovery",
      polarity: "down",
      rule: "generic-pain",
      title: "Help them discover",
      evidence: "“what keeps you up at night”",
      suggestion: "Ask what changed in the last two quarters that made this urgent.",
      utteranceId: "u1",
      createdAt: at(10),
      expiresAt: at(25),
      quiet: false,
    })
  })

  it("uses the registry's title when it has one, and the principle summary when the rule is unknown", () => {
    const titled = onUtterance(
      createPolicyState(),
      said("u1", 10, [budget]),
      at(10),
      settings(),
      lookup,
    ).nudge
    expect(titled?.title).toBe("Ask, don't qualify")
    const unknown = label("mystery-rule", "counsel", "down", "let me show you the product")
    const fallback = onUtterance(
      createPolicyState(),
      said("u1", 10, [unknown]),
      at(10),
      settings(),
      lookup,
    ).nudge
    expect(fallback?.suggestion).toBe(
      "Your advice and recommendations are the value; the product is only part of it.",
    )
  })

  it("shortens long evidence at a word boundary so it reads at a glance", () => {
    const words = "what are your pain points ".repeat(8).trim()
    const long = label("generic-pain", "discovery", "down", words)
    const evidence = onUtterance(createPolicyState(), said("u1", 10, [long]), at(10), settings(), lookup)
      .nudge?.evidence
    expect(evidence).toMatch(/^“.+…”$/)
    const kept = evidence?.slice(1, -2) ?? ""
    expect(kept.length).toBeGreaterThan(45)
    expect(kept.length).toBeLessThanOrEqual(90)
    expect(words.startsWith(`${kept} `)).toBe(true)
  })
})

describe("whose words nudge", () => {
  it("never nudges about a client utterance, even one carrying labels", () => {
    const client = said("c1", 10, [companyStory, genericPain], { self: false })
    const { state, shown } = run([client, { ...client, revision: 2 }])
    expect(shown).toEqual([null, null])
    expect(current(state, at(10))).toBeNull()
    expect(state.correctiveShown).toBe(0)
  })

  it("does not nudge on filler words, nor on a filler rule", () => {
    const fillerEvidence = label("generic-pain", "discovery", "down", "um, you know, like")
    const fillerRule = label("filler-words", "use-of-time", "down", "basically we basically")
    expect(run([said("u1", 10, [fillerEvidence]), said("u2", 70, [fillerRule])]).shown).toEqual([null, null])
  })

  it("stays quiet about principles the seller turned off", () => {
    const off = settings({ enabledPrinciples: ["counsel", "expertise"] })
    expect(run([said("u1", 10, [genericPain, companyStory])], { settings: off }).shown).toEqual([null])
  })
})

describe("isFillerOnly", () => {
  it.each(["um", "Uh, um...", "you know, like, basically", "I mean, sort of, right?", "  ", "ok so well"])(
    "returns true for %j",
    (text) => expect(isFillerOnly(text)).toBe(true),
  )
  it.each(["um we were founded in 2009", "you know our founder", "like the leading provider", "budget"])(
    "returns false for %j",
    (text) => expect(isFillerOnly(text)).toBe(false),
  )
})

describe("live utterances: evidence stability", () => {
  const live = (revision: number, labels = [companyStory], end = 10 + revision) =>
    said("u1", end, labels, { final: false, revision, start: 5 })

  it("fires on the second identical revision, not the first", () => {
    expect(run([live(1), live(2)]).shown).toEqual([null, "company-story"])
  })

  it("flags a company story while it is still being told (before the final caption)", () => {
    const { state } = run([live(1), live(2)])
    expect(current(state, at(12))?.utteranceId).toBe("u1")
    expect(state.utterances[0]?.final).toBe(false)
  })

  it("waits when the evidence changed between revisions", () => {
    const changed = label(
      "company-story",
      "teach-models",
      "down",
      "we were founded in 2009 by two engineers and",
    )
    expect(run([live(1), live(2, [changed]), live(3, [changed])]).shown).toEqual([
      null,
      null,
      "company-story",
    ])
  })

  it("does not count a replayed revision as a second sighting", () => {
    expect(run([live(1), live(1), live(1)]).shown).toEqual([null, null, null])
  })

  it("ignores an older revision arriving late", () => {
    expect(run([live(1), live(3), live(2)]).shown).toEqual([null, "company-story", null])
  })

  it("fires at once when the first revision seen is final", () => {
    expect(run([said("u1", 10, [companyStory], { revision: 4 })]).shown).toEqual(["company-story"])
  })

  it("fires a rule once per utterance, even when its final revision comes after the cooldowns", () => {
    const frequent = settings({ frequency: "frequent" })
    const { shown } = run(
      [
        live(1, [companyStory], 10),
        live(2, [companyStory], 12),
        said("u1", 200, [companyStory], { revision: 3, start: 5 }),
      ],
      {
        settings: frequent,
      },
    )
    expect(shown).toEqual([null, "company-story", null])
  })

  it("takes the nudge down when the final caption no longer holds the quoted words", () => {
    const { state } = run([live(1), live(2), said("u1", 13, [], { revision: 3, start: 5 })])
    expect(current(state, at(13))).toBeNull()
    expect(state.log[0]?.outcome).toBe("retracted")
  })
})

describe("one nudge at a time, priorities", () => {
  it("picks the time-sensitive company story over a generic question in the same utterance", () => {
    expect(run([said("u1", 10, [genericPain, companyStory])]).shown).toEqual(["company-story"])
  })

  it("lets the registry mark a rule urgent (or not) over the principle default", () => {
    const urgentPain = (rule: string) =>
      rule === "generic-pain"
        ? { suggestion: "x", urgent: true }
        : rule === "company-story"
          ? { suggestion: "y", urgent: false }
          : undefined
    const { nudge } = onUtterance(
      createPolicyState(),
      said("u1", 10, [companyStory, genericPain]),
      at(10),
      settings(),
      urgentPain,
    )
    expect(nudge?.rule).toBe("generic-pain")
  })

  it("prefers a corrective nudge to a reinforcement in the same utterance", () => {
    expect(run([said("u1", 10, [stakeholders, genericPain])]).shown).toEqual(["generic-pain"])
  })

  it("shows a One-Up moment as a quiet reinforcement that leaves sooner", () => {
    const { state } = run([said("u1", 10, [stakeholders])])
    const shown = current(state, at(10))
    expect(shown).toMatchObject({ polarity: "up", quiet: true, principle: "ask-what-they-know" })
    expect(current(state, at(17.9))).not.toBeNull()
    expect(current(state, at(18))).toBeNull()
  })

  it("never lets a reinforcement replace a corrective nudge on screen", () => {
    const { state, shown } = run([said("u1", 10, [genericPain]), said("u2", 14, [stakeholders])])
    expect(shown).toEqual(["generic-pain", null])
    expect(current(state, at(14))?.rule).toBe("generic-pain")
  })

  it("lets a corrective nudge replace a reinforcement on screen", () => {
    const { state, shown } = run([said("u1", 10, [stakeholders]), said("u2", 12, [genericPain])])
    expect(shown).toEqual(["stakeholder-question", "generic-pain"])
    expect(current(state, at(12))?.rule).toBe("generic-pain")
  })

  it("keeps a second corrective nudge off screen while the first is showing", () => {
    const { state, shown } = run([said("u1", 10, [genericPain]), said("u2", 15, [companyStory])])
    expect(shown).toEqual(["generic-pain", null])
    expect(current(state, at(15))?.rule).toBe("generic-pain")
  })
})

describe("expiry and late prompts", () => {
  it("is on screen until it expires, then gone", () => {
    const { state } = run([said("u1", 10, [genericPain])])
    expect(current(state, at(24.999))?.rule).toBe("generic-pain")
    expect(current(state, at(25))).toBeNull()
  })

  it("never nudges about an utterance that ended long ago (call clock known)", () => {
    const state = createPolicyState({ callStartedAtMs: T0 })
    const old = onUtterance(state, said("u1", 10, [genericPain]), at(45), settings(), lookup)
    expect(old.nudge).toBeNull()
    const fresh = onUtterance(state, said("u1", 40, [genericPain]), at(45), settings(), lookup)
    expect(fresh.nudge?.rule).toBe("generic-pain")
  })

  it("never nudges about an utterance far behind the latest one seen (call clock unknown)", () => {
    const { shown } = run(
      [said("c1", 100, [], { self: false }), said("u1", 60, [genericPain]), said("u2", 95, [budget])],
      {
        state: createPolicyState(),
      },
    )
    expect(shown).toEqual([null, null, "budget-question"])
  })
})

describe("cooldowns and caps", () => {
  const normal = FREQUENCY_LIMITS.normal

  it("waits the global cooldown between corrective nudges of different rules", () => {
    const early = run([
      said("u1", 10, [genericPain]),
      said("u2", 10 + normal.globalCooldownSec - 1, [companyStory]),
    ])
    expect(early.shown).toEqual(["generic-pain", null])
    const later = run([
      said("u1", 10, [genericPain]),
      said("u2", 10 + normal.globalCooldownSec, [companyStory]),
    ])
    expect(later.shown).toEqual(["generic-pain", "company-story"])
  })

  it("waits the longer per-rule cooldown before the same rule again", () => {
    const t = 10 + normal.ruleCooldownSec
    expect(
      run([said("u1", 10, [genericPain]), said("u2", 100, [genericPain]), said("u3", t - 1, [genericPain])])
        .shown,
    ).toEqual(["generic-pain", null, null])
    expect(run([said("u1", 10, [genericPain]), said("u3", t, [genericPain])]).shown).toEqual([
      "generic-pain",
      "generic-pain",
    ])
  })

  it("stops at the per-call cap", () => {
    // A new rule every 50 s: only the cap limits it.
    const events = Array.from({ length: 20 }, (_, i) =>
      said(`u${i}`, 10 + i * 50, [label(`rule-${i}`, "discovery", "down", `pain question ${i}`)]),
    )
    const { shown, state } = run(events)
    expect(shown.filter((rule) => rule !== null)).toHaveLength(normal.cap)
    expect(shown.slice(normal.cap).every((rule) => rule === null)).toBe(true)
    expect(state.correctiveShown).toBe(normal.cap)
  })

  it("gives reinforcements their own, smaller cap and a longer gap", () => {
    const events = Array.from({ length: 20 }, (_, i) =>
      said(`u${i}`, 10 + i * 60, [label(`up-${i}`, "counsel", "up", `my recommendation is option ${i}`)]),
    )
    const { shown } = run(events)
    // 60 s apart but quietCooldown is 120 s: every other one, up to the quiet cap.
    expect(shown.slice(0, 4)).toEqual(["up-0", null, "up-2", null])
    expect(shown.filter((rule) => rule !== null)).toHaveLength(normal.quietCap)
  })

  it("does not let a reinforcement start the corrective cooldown", () => {
    expect(run([said("u1", 10, [stakeholders]), said("u2", 20, [genericPain])]).shown).toEqual([
      "stakeholder-question",
      "generic-pain",
    ])
  })

  it("holds praise back right after a corrective nudge", () => {
    expect(run([said("u1", 10, [genericPain]), said("u2", 30, [stakeholders])]).shown).toEqual([
      "generic-pain",
      null,
    ])
  })
})

describe("frequency setting", () => {
  // A One-Down line with a new rule every 15 s for 15 minutes.
  const events = Array.from({ length: 60 }, (_, i) =>
    said(`u${i}`, 10 + i * 15, [label(`rule-${i % 30}`, "discovery", "down", `checklist question ${i}`)]),
  )
  const count = (frequency: NudgeSettings["frequency"]) =>
    run(events, { settings: settings({ frequency }) }).shown.filter((rule) => rule !== null).length

  it("shows fewer nudges on rare than normal, and more on frequent", () => {
    const rare = count("rare")
    const normal = count("normal")
    const frequent = count("frequent")
    expect(rare).toBe(FREQUENCY_LIMITS.rare.cap)
    expect(normal).toBe(FREQUENCY_LIMITS.normal.cap)
    expect(frequent).toBe(FREQUENCY_LIMITS.frequent.cap)
    expect(rare).toBeLessThan(normal)
    expect(normal).toBeLessThan(frequent)
  })

  it("spaces nudges by the frequency's global cooldown", () => {
    for (const frequency of ["rare", "normal", "frequent"] as const) {
      const { state } = run(events, { settings: settings({ frequency }) })
      const times = state.log.map((entry) => entry.createdAt)
      const gaps = times.slice(1).map((time, i) => (time - (times[i] ?? 0)) / 1000)
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(FREQUENCY_LIMITS[frequency].globalCooldownSec)
    }
  })

  it("maps the stored settings onto the policy's settings", () => {
    expect(
      toNudgeSettings({ nudgeFrequency: "rare", nudgePrinciples: ["counsel"], monologueThresholdSec: 60 }),
    ).toEqual({ frequency: "rare", enabledPrinciples: ["counsel"], monologueThresholdSec: 60 })
  })
})

describe("mute for this call", () => {
  it("takes the nudge down and keeps everything quiet afterwards", () => {
    const first = run([said("u1", 10, [genericPain])])
    const muted = mute(first.state)
    expect(current(muted, at(11))).toBeNull()
    expect(
      run([said("u2", 300, [companyStory]), said("u3", 400, [stakeholders])], { state: muted }).shown,
    ).toEqual([null, null])
  })

  it("can be undone", () => {
    const unmuted = mute(mute(createPolicyState({ callStartedAtMs: T0 })), false)
    expect(run([said("u1", 10, [genericPain])], { state: unmuted }).shown).toEqual(["generic-pain"])
  })

  it("also honours mutedForCall in the settings", () => {
    expect(
      run([said("u1", 10, [genericPain])], { settings: settings({ mutedForCall: true }) }).shown,
    ).toEqual([null])
  })
})

describe("dismiss", () => {
  it("takes the nudge down, records it, and does not reset the cooldown", () => {
    const first = run([said("u1", 10, [genericPain])])
    const id = current(first.state, at(10))?.id ?? ""
    const dismissed = dismiss(first.state, id, at(12))
    expect(current(dismissed, at(12))).toBeNull()
    expect(dismissed.log[0]?.outcome).toBe("dismissed")
    expect(run([said("u2", 20, [companyStory])], { state: dismissed }).shown).toEqual([null])
  })

  it("ignores an id that is not on screen", () => {
    const first = run([said("u1", 10, [genericPain])])
    expect(current(dismiss(first.state, "nudge-999", at(11)), at(11))?.rule).toBe("generic-pain")
  })
})

describe("not helpful", () => {
  it("lowers the rule's priority below a rule it used to beat", () => {
    const state = markNotHelpful(createPolicyState({ callStartedAtMs: T0 }), "company-story")
    expect(run([said("u1", 10, [companyStory, genericPain])], { state }).shown).toEqual(["generic-pain"])
  })

  it("stretches that rule's cooldown by one more length per click", () => {
    const ruleCooldown = FREQUENCY_LIMITS.normal.ruleCooldownSec
    const first = run([said("u1", 10, [genericPain])])
    const disliked = markNotHelpful(first.state, "generic-pain")
    expect(run([said("u2", 10 + ruleCooldown, [genericPain])], { state: disliked }).shown).toEqual([null])
    expect(run([said("u2", 10 + 2 * ruleCooldown, [genericPain])], { state: disliked }).shown).toEqual([
      "generic-pain",
    ])
  })

  it("silences a rule after enough clicks, and a reinforcement after one", () => {
    let state = createPolicyState({ callStartedAtMs: T0 })
    for (let i = 0; i < 3; i++) state = markNotHelpful(state, "generic-pain")
    state = markNotHelpful(state, "stakeholder-question")
    expect(run([said("u1", 10, [genericPain]), said("u2", 1000, [stakeholders])], { state }).shown).toEqual([
      null,
      null,
    ])
  })

  it("works from the nudge id the side panel sends, and takes the nudge down", () => {
    const first = run([said("u1", 10, [genericPain])])
    const id = current(first.state, at(10))?.id ?? ""
    expect(ruleOfNudge(first.state, id)).toBe("generic-pain")
    const next = markNudgeNotHelpful(first.state, id)
    expect(current(next, at(11))).toBeNull()
    expect(next.rules["generic-pain"]?.notHelpful).toBe(1)
    expect(next.log[0]?.outcome).toBe("not-helpful")
    expect(markNudgeNotHelpful(first.state, "nudge-404")).toBe(first.state)
  })

  it("can be carried to the seller's next call", () => {
    const state = markNotHelpful(markNotHelpful(createPolicyState(), "company-story"), "company-story")
    expect(sellerFeedback(state)).toEqual({ "company-story": 2 })
    const nextCall = createPolicyState({ callStartedAtMs: T0, notHelpful: sellerFeedback(state) })
    expect(nextCall.rules["company-story"]?.notHelpful).toBe(2)
    expect(run([said("u1", 10, [companyStory, genericPain])], { state: nextCall }).shown).toEqual([
      "generic-pain",
    ])
  })
})

describe("acted on: no repeat", () => {
  const ruleCooldown = FREQUENCY_LIMITS.normal.ruleCooldownSec
  const actedOnQuiet = FREQUENCY_LIMITS.normal.actedOnQuietSec

  it("marks the nudge acted on when the next seller utterance is One-Up on the same principle", () => {
    const { state } = run([said("u1", 10, [genericPain]), said("u2", 20, [reframe])])
    expect(state.log[0]?.outcome).toBe("acted-on")
    expect(current(state, at(20))).toBeNull()
  })

  it("does not repeat that rule for a while, longer than its usual cooldown", () => {
    const acted = run([said("u1", 10, [genericPain]), said("u2", 20, [reframe])])
    expect(run([said("u3", 10 + ruleCooldown + 5, [genericPain])], { state: acted.state }).shown).toEqual([
      null,
    ])
    expect(run([said("u3", 20 + actedOnQuiet, [genericPain])], { state: acted.state }).shown).toEqual([
      "generic-pain",
    ])
    // Control: without acting on it, the rule comes back after its cooldown.
    const ignored = run([said("u1", 10, [genericPain]), said("u2", 20, [])])
    expect(run([said("u3", 10 + ruleCooldown + 5, [genericPain])], { state: ignored.state }).shown).toEqual([
      "generic-pain",
    ])
  })

  it("does not count a One-Up label on another principle", () => {
    const { state } = run([said("u1", 10, [genericPain]), said("u2", 20, [stakeholders])])
    expect(state.log[0]?.outcome).toBeNull()
    expect(state.rules["generic-pain"]?.suppressedUntil).toBeNull()
  })

  it("does not count the nudged utterance itself", () => {
    const { state } = run([
      said("u1", 10, [genericPain]),
      said("u1", 12, [genericPain, reframe], { revision: 2 }),
    ])
    expect(state.log[0]?.outcome).toBeNull()
  })
})

describe("confidence", () => {
  it("never interrupts the seller with a weak label, but does with the same words said confidently", () => {
    const weak = { ...genericPain, strength: 0.5, source: "model" as const }
    const sure = { ...genericPain, strength: 0.9, source: "model" as const }
    expect(run([said("u1", 10, [weak])]).shown).toEqual([null])
    expect(run([said("u1", 10, [sure])]).shown).toEqual(["generic-pain"])
  })
})
