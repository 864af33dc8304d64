/**
 * The blind calls' groups (tests/corpus/calls/README.md): which calls were read, which were not,
 * and which carry the writers' question counts. A call put in the wrong group would report a
 * development figure as an unread one.
 */
import { describe, expect, it } from "vitest"
import {
  callGroup,
  callNames,
  callQuestionReport,
  callsIn,
  readCall,
} from "../../../src/tools/call-questions"
import { callVerdictRows } from "../../../src/tools/call-verdicts"

describe("blind call groups", () => {
  it("puts each first-set writer's -1 and -2 among the read calls and the -3 among the unread", () => {
    for (const writer of ["a", "b", "c", "d"]) {
      expect(callGroup(`${writer}-1`)).toBe("read")
      expect(callGroup(`${writer}-2`)).toBe("read")
      expect(callGroup(`${writer}-3`)).toBe("unread")
    }
  })

  it("puts every call of the later writers in the second or third set, and every call in exactly one group", () => {
    expect(callsIn("second").every((name) => /^[e-h]-[1-5]$/.test(name))).toBe(true)
    expect(callsIn("third").every((name) => /^[i-l]-[1-5]$/.test(name))).toBe(true)
    const grouped = [
      ...callsIn("read"),
      ...callsIn("unread"),
      ...callsIn("second"),
      ...callsIn("third"),
    ].sort()
    expect(grouped).toEqual(callNames())
  })

  it("scores questions only on calls whose writer counted them, and says which call has none", () => {
    const [second] = callsIn("second")
    expect(second).toBeDefined()
    expect(readCall(second ?? "").some((turn) => turn.self && turn.asks !== undefined)).toBe(false)
    expect(() => callQuestionReport([second ?? ""], "written")).toThrow(/no "asks" count/)
    expect(callQuestionReport(callsIn("unread"), "written").sellerTurns).toBeGreaterThan(0)
  })

  it.each(["second", "third"] as const)("labels every seller turn of the %s set twice", (group) => {
    const names = callsIn(group)
    const sellerTurns = names.reduce((n, name) => n + readCall(name).filter((turn) => turn.self).length, 0)
    expect(callVerdictRows(new Set(names)).doublyLabelled).toBe(sellerTurns)
  })
})
