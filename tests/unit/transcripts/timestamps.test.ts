import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { formatTimestamp, parseTimestamp } from "../../../src/transcripts/timestamps"

describe("parseTimestamp", () => {
  it.each([
    ["00:00:01.000", 1],
    ["01:02:03.450", 3723.45],
    ["02:03.5", 123.5],
    ["00:00:04,250", 4.25],
    ["1:02", 62],
    ["1:02:03", 3723],
    ["100:00:00.000", 360000],
  ])("reads %s as %s s", (text, seconds) => {
    expect(parseTimestamp(text)).toBeCloseTo(seconds, 6)
  })

  it.each(["", "1", "00:60.000", "00:00:0X.000", "aa:bb", "1:2", "-00:01.000", "00:01.0000"])(
    "refuses %j",
    (text) => {
      expect(parseTimestamp(text)).toBeNull()
    },
  )

  it("round-trips every millisecond value it formats", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 * 3600 * 1000 }), (millis) => {
        const seconds = millis / 1000
        expect(parseTimestamp(formatTimestamp(seconds))).toBeCloseTo(seconds, 6)
        expect(parseTimestamp(formatTimestamp(seconds, ","))).toBeCloseTo(seconds, 6)
      }),
    )
  })
})
