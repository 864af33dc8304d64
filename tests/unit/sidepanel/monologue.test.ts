import { describe, expect, it } from "vitest"
import { computeTimeMetrics } from "../../../src/nudges"
import {
  callSecondsAt,
  currentMonologueSec,
  latestSellerStretch,
  monologueSecondsAt,
  type TimedTurn,
} from "../../../src/ui/sidepanel/monologue"

const seller = (start: number, end: number): TimedTurn => ({ self: true, start, end })
const client = (start: number, end: number): TimedTurn => ({ self: false, start, end })

describe("currentMonologueSec", () => {
  it("is 0 before anyone spoke and while only the client talks", () => {
    expect(currentMonologueSec([], 10)).toBe(0)
    expect(currentMonologueSec([client(0, 30)], 30)).toBe(0)
  })

  it("joins seller lines separated by short pauses into one stretch", () => {
    const turns = [seller(10, 30), seller(32, 60), seller(63, 90)]
    expect(currentMonologueSec(turns, 91)).toBe(80)
  })

  it("starts a new stretch after a pause longer than 5 s", () => {
    const turns = [seller(0, 40), seller(50, 70)]
    expect(currentMonologueSec(turns, 70)).toBe(20)
  })

  it("drops to 0 once the seller has been quiet for more than 5 s", () => {
    const turns = [seller(0, 80)]
    expect(currentMonologueSec(turns, 84)).toBe(80)
    expect(currentMonologueSec(turns, 86)).toBe(0)
  })

  it("ignores client backchannels shorter than 2 s but restarts after a real client turn", () => {
    expect(currentMonologueSec([seller(0, 30), client(30, 31), seller(31, 60)], 60)).toBe(60)
    expect(currentMonologueSec([seller(0, 30), client(28, 33), seller(33, 60)], 60)).toBe(27)
  })

  it("is 0 while the client is answering over the end of the seller's line", () => {
    expect(currentMonologueSec([seller(0, 30), client(20, 33)], 33)).toBe(0)
  })

  it("does not count words the clock has not reached yet", () => {
    expect(currentMonologueSec([seller(0, 100)], 50)).toBe(50)
  })

  it("sorts out-of-order lines without touching the caller's array", () => {
    const turns = [seller(32, 60), seller(10, 30)]
    expect(currentMonologueSec(turns, 60)).toBe(50)
    expect(turns[0]?.start).toBe(32)
  })

  it("agrees with the policy's monologue metric (the nudge and the amber timer line up)", () => {
    const turns: TimedTurn[] = [
      seller(0, 20),
      client(21, 35),
      seller(36, 50),
      client(50, 51),
      seller(52, 110),
    ]
    for (const now of [40, 60, 111, 114, 120]) {
      const policy = computeTimeMetrics(
        turns.map((t) => ({ ...t, question: false })),
        now,
      ).currentSellerMonologueSec
      expect(currentMonologueSec(turns, now)).toBeCloseTo(policy, 6)
    }
  })

  it("splits into a clock-free stretch and a cheap per-tick step", () => {
    const stretch = latestSellerStretch([seller(5, 50)])
    expect(stretch).toEqual({ start: 5, end: 50 })
    expect(monologueSecondsAt(stretch, 52)).toBe(45)
    expect(monologueSecondsAt(null, 52)).toBe(0)
  })
})

describe("callSecondsAt", () => {
  it("runs with the clock during the call and stops at the end", () => {
    expect(callSecondsAt(1_000, null, 31_000)).toBe(30)
    expect(callSecondsAt(1_000, 11_000, 31_000)).toBe(10)
    expect(callSecondsAt(1_000, null, 0)).toBe(0)
  })
})
