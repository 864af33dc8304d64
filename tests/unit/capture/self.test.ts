import { describe, expect, it } from "vitest"
import {
  createSelfMatcher,
  hasYouMarker,
  isYouLabel,
  nameKey,
  stripNameMarker,
  YOU_LABELS,
} from "../../../src/capture/self"

describe("isYouLabel (Meet's label for the user's own captions)", () => {
  it.each([
    "You",
    "you",
    " You ",
    "Du",
    "Vous",
    "Tú",
    "Você",
    "Tu",
    "Jij",
    "Вы",
    "あなた",
    "你",
    "Sam Rivera (You)",
    "Sam (Du)",
  ])("returns true for %s", (label) => expect(isYouLabel(label)).toBe(true))
  it.each(["Dana Lee", "Youssef", "Your Name", "Priya Shah", "", "You Tube", "Sam Rivera (Host)"])(
    "returns false for %s",
    (label) => expect(isYouLabel(label)).toBe(false),
  )
  it("lists every label once", () => {
    expect(new Set(YOU_LABELS.map((label) => label.toLocaleLowerCase())).size).toBe(YOU_LABELS.length)
  })
})

describe("names", () => {
  it("strips roster markers and compares names regardless of case, accents and 'Last, First' order", () => {
    expect(stripNameMarker("Sam Rivera (You)")).toBe("Sam Rivera")
    expect(hasYouMarker("Sam Rivera (You)")).toBe(true)
    expect(nameKey("Rivera, Sam")).toBe(nameKey("sam rivera"))
    expect(nameKey("José Núñez (Guest)")).toBe(nameKey("Jose Nunez"))
  })
})

describe("createSelfMatcher", () => {
  const matcher = createSelfMatcher(["Sam Rivera", "  "], () => "Samuel R.")

  it("trusts what the page said first", () => {
    expect(matcher("Dana Lee", true)).toBe(true)
    expect(matcher("Sam Rivera", false)).toBe(false)
  })

  it.each([
    "Sam Rivera",
    "sam rivera",
    "Rivera, Sam",
    "Sam Rivera (Guest)",
    "Samuel R.",
    "You",
    "Dana (You)",
  ])("returns true for %s", (speaker) => expect(matcher(speaker, null)).toBe(true))

  it.each(["Dana Lee", "Sam", "Samantha Rivera", "Unknown", "Participant 1", "Du", "Sen", ""])(
    "returns false for %s",
    (speaker) => expect(matcher(speaker, null)).toBe(false),
  )

  it("works without any known name", () => {
    expect(createSelfMatcher([], () => null)("Sam Rivera", null)).toBe(false)
  })
})
