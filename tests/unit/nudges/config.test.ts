import { describe, expect, it } from "vitest"
import { FREQUENCY_LIMITS, PRIORITY, TTL_SEC } from "../../../src/nudges/config"
import { TIME_RULES } from "../../../src/nudges/time-rules"

describe("nudge configuration", () => {
  it("expires every nudge before the next corrective one may come, so they never overlap", () => {
    for (const limits of Object.values(FREQUENCY_LIMITS)) {
      expect(Math.max(TTL_SEC.rule, TTL_SEC.time, TTL_SEC.quiet)).toBeLessThanOrEqual(
        limits.globalCooldownSec,
      )
    }
  })

  it("orders the frequencies: rare is calmer than normal, normal calmer than frequent", () => {
    const { rare, normal, frequent } = FREQUENCY_LIMITS
    for (const key of [
      "globalCooldownSec",
      "ruleCooldownSec",
      "quietCooldownSec",
      "actedOnQuietSec",
    ] as const) {
      expect(rare[key]).toBeGreaterThan(normal[key])
      expect(normal[key]).toBeGreaterThan(frequent[key])
    }
    for (const key of ["cap", "quietCap"] as const) {
      expect(rare[key]).toBeLessThan(normal[key])
      expect(normal[key]).toBeLessThan(frequent[key])
    }
  })

  it("keeps per-rule cooldowns longer than the global one, and praise rarer than correction", () => {
    for (const limits of Object.values(FREQUENCY_LIMITS)) {
      expect(limits.ruleCooldownSec).toBeGreaterThan(limits.globalCooldownSec)
      expect(limits.quietCooldownSec).toBeGreaterThan(limits.globalCooldownSec)
      expect(limits.quietCap).toBeLessThan(limits.cap)
      expect(limits.actedOnQuietSec).toBeGreaterThan(limits.ruleCooldownSec)
    }
  })

  it("ranks every corrective time rule above reinforcement, with unique ids outside the rule namespace", () => {
    const ids = TIME_RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of TIME_RULES) {
      expect(rule.id).toBe(`time:${rule.kind}`)
      expect(rule.priority).toBeGreaterThan(PRIORITY.reinforcement)
    }
  })
})
