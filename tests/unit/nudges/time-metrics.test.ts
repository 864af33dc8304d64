import { describe, expect, it } from "vitest"
import { BACKCHANNEL_SEC, computeTimeMetrics, type TimedUtterance } from "../../../src/nudges/time-metrics"

const seller = (start: number, end: number, question = false, questionCount?: number): TimedUtterance => ({
  self: true,
  start,
  end,
  question,
  ...(questionCount === undefined ? {} : { questionCount }),
})
const client = (start: number, end: number): TimedUtterance => ({ self: false, start, end, question: false })

describe("computeTimeMetrics", () => {
  it("returns calm figures for an empty call", () => {
    expect(computeTimeMetrics([], 30)).toEqual({
      callElapsedSec: 30,
      currentSellerMonologueSec: 0,
      sellerTalkShare: 0,
      recentSellerTalkShare: 0,
      totalTalkSec: 0,
      secondsSinceLastSellerQuestion: 30,
      sellerTalkSecSinceLastQuestion: 0,
      sellerQuestionsLastMinute: 0,
    })
  })

  it("measures the seller's current stretch across short pauses", () => {
    const m = computeTimeMetrics([client(0, 10), seller(10, 40), seller(42, 70), seller(73, 95)], 96)
    expect(m.currentSellerMonologueSec).toBe(85)
  })

  it("ends the stretch at a real client turn, not at a backchannel", () => {
    const backchannel = computeTimeMetrics(
      [seller(0, 40), client(40, 40 + BACKCHANNEL_SEC - 0.5), seller(41, 90)],
      90,
    )
    expect(backchannel.currentSellerMonologueSec).toBe(90)
    const turn = computeTimeMetrics([seller(0, 40), client(40, 50), seller(51, 90)], 90)
    expect(turn.currentSellerMonologueSec).toBe(39)
  })

  it("ends the stretch at a long pause, and is 0 once the seller stopped", () => {
    expect(computeTimeMetrics([seller(0, 40), seller(50, 90)], 90).currentSellerMonologueSec).toBe(40)
    expect(computeTimeMetrics([seller(0, 90)], 100).currentSellerMonologueSec).toBe(0)
    expect(computeTimeMetrics([seller(0, 80), client(82, 100)], 100).currentSellerMonologueSec).toBe(0)
  })

  it("computes talk share by time, overlaps counted once, over the call and recently", () => {
    const m = computeTimeMetrics(
      [seller(0, 60), seller(30, 90), client(90, 120), seller(120, 300), client(300, 330)],
      330,
    )
    expect(m.totalTalkSec).toBe(330)
    expect(m.sellerTalkShare).toBeCloseTo(270 / 330)
    // Last 180 s (150..330): seller 150 s, client 30 s.
    expect(m.recentSellerTalkShare).toBeCloseTo(150 / 180)
  })

  it("clips a live utterance at now and ignores broken timings", () => {
    const m = computeTimeMetrics([seller(0, 50), { ...seller(10, 5) }, { ...seller(Number.NaN, 20) }], 30)
    expect(m.totalTalkSec).toBe(30)
  })

  it("tracks the seller's questions: last one, talk since, burst in the last minute", () => {
    const m = computeTimeMetrics(
      [
        seller(0, 10, true),
        client(10, 20),
        seller(100, 110, true, 2),
        seller(112, 120, true),
        seller(125, 200),
        client(200, 230),
      ],
      230,
    )
    expect(m.secondsSinceLastSellerQuestion).toBe(110)
    expect(m.sellerTalkSecSinceLastQuestion).toBe(75)
    expect(m.sellerQuestionsLastMinute).toBe(0)
    expect(
      computeTimeMetrics([seller(100, 110, true, 2), seller(112, 120, true), seller(130, 135, true)], 140)
        .sellerQuestionsLastMinute,
    ).toBe(4)
  })

  it("ignores client questions", () => {
    const m = computeTimeMetrics([{ ...client(0, 10), question: true }], 20)
    expect(m.sellerQuestionsLastMinute).toBe(0)
    expect(m.secondsSinceLastSellerQuestion).toBe(20)
  })
})
