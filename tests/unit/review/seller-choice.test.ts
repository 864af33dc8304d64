import { describe, expect, it } from "vitest"
import {
  fileMarksSeller,
  knownSeller,
  MAX_REMEMBERED_NAMES,
  rememberName,
  speakerShares,
} from "../../../src/ui/review/seller-choice"

const line = (speaker: string, text: string, self = false) => ({ speaker, text, self })

describe("speakerShares", () => {
  it("gives each speaker's share of the words, most talkative first", () => {
    const shares = speakerShares([
      line("Dana", "one two three"),
      line("Sam", "one two three four five six"),
      line("Dana", "four"),
      line("Lee", "hi there friend and more words here now"),
    ])
    expect(shares.map((s) => [s.speaker, s.words])).toEqual([
      ["Lee", 8],
      ["Sam", 6],
      ["Dana", 4],
    ])
    expect(shares.map((s) => s.share)).toEqual([8 / 18, 6 / 18, 4 / 18])
  })

  it("keeps file order for equal talk and gives zero shares when nobody said a word", () => {
    expect(speakerShares([line("B", "a b"), line("A", "c d")]).map((s) => s.speaker)).toEqual(["B", "A"])
    expect(speakerShares([line("A", "")]).map((s) => s.share)).toEqual([0])
  })
})

describe("fileMarksSeller", () => {
  it("is true when any line is the seller's, else false", () => {
    expect(fileMarksSeller([line("A", "x"), line("You", "y", true)])).toBe(true)
    expect(fileMarksSeller([line("A", "x"), line("B", "y")])).toBe(false)
    expect(fileMarksSeller([])).toBe(false)
  })
})

describe("knownSeller", () => {
  const speakers = ["Dana Reyes", "Sam Carter"]
  it("returns the speaker as the file spells it for a known name in another case or spacing", () => {
    expect(knownSeller(speakers, ["sam  carter"])).toBe("Sam Carter")
  })
  it("prefers the earlier known name when several match", () => {
    expect(knownSeller(speakers, ["Dana Reyes", "Sam Carter"])).toBe("Dana Reyes")
  })
  it("returns null for no match, a partial name, or a blank name", () => {
    expect(knownSeller(speakers, ["Sam"])).toBeNull()
    expect(knownSeller(speakers, [])).toBeNull()
    expect(knownSeller(["", "Dana"], ["  "])).toBeNull()
  })
})

describe("rememberName", () => {
  it("puts the new name first, once, tidied", () => {
    expect(rememberName(["Dana", "Sam Carter"], "  sam   carter ")).toEqual(["sam carter", "Dana"])
    expect(rememberName(["Dana"], "   ")).toEqual(["Dana"])
  })
  it("keeps at most the newest few names", () => {
    let names: string[] = []
    for (let i = 0; i < MAX_REMEMBERED_NAMES + 3; i++) names = rememberName(names, `Name ${i}`)
    expect(names).toHaveLength(MAX_REMEMBERED_NAMES)
    expect(names[0]).toBe(`Name ${MAX_REMEMBERED_NAMES + 2}`)
  })
})
