import { describe, expect, it } from "vitest"
import { longestRun, runSeconds } from "../../../src/metrics/timing"

const line = (self: boolean, start: number, end: number) => ({ self, start, end })

describe("runSeconds (the monologue definition shared with the live timer)", () => {
  it("measures consecutive utterances of one side from first start to last end", () => {
    expect(runSeconds([line(true, 0, 10), line(true, 11, 30), line(false, 31, 40)], true)).toEqual([30])
  })

  it("is not broken by a short backchannel from the other side", () => {
    const utterances = [line(true, 0, 40), line(false, 40, 41), line(true, 41, 95)]
    expect(longestRun(utterances, true)).toBe(95)
  })

  it("is broken by a real client turn", () => {
    const utterances = [line(true, 0, 40), line(false, 40, 50), line(true, 50, 95)]
    expect(runSeconds(utterances, true)).toEqual([40, 45])
  })

  it("is broken by a long pause", () => {
    const utterances = [line(true, 0, 20), line(true, 30, 50)]
    expect(runSeconds(utterances, true)).toEqual([20, 20])
  })

  it("keeps a run without timings as null rather than guessing", () => {
    expect(runSeconds([{ self: true, start: null, end: null }], true)).toEqual([null])
  })
})
