/**
 * The caption normalizer: fillers out, stutters collapsed, apostrophes restored, and every
 * word still mapped to its span of the original text.
 */
import { describe, expect, it } from "vitest"
import { normalizeCaption, originalSpan } from "../../../src/nlp/normalize"

const clean = (text: string): string => normalizeCaption(text).text

describe("normalizeCaption", () => {
  it("drops hesitation sounds and filler phrases", () => {
    expect(clean("um so uh what does your team do")).toBe("so what does your team do")
    expect(clean("we saw you know a big drop")).toBe("we saw a big drop")
    expect(clean("i just need like fifteen minutes")).toBe("i just need fifteen minutes")
    // "uh huh" is a backchannel: both words go, so "huh" is not left behind to ask for agreement.
    expect(clean("it was a long one uh huh")).toBe("it was a long one")
  })

  it("keeps 'you know' and 'like' when they carry meaning", () => {
    expect(clean("do you know who owns it")).toBe("do you know who owns it")
    expect(clean("you know what i mean")).toBe("you know what i mean")
    // "you know best" defers to the client: the verb is the point, not a filler
    expect(clean("two shifts or three, you know best")).toBe("two shifts or three, you know best")
    expect(clean("teams like yours")).toBe("teams like yours")
  })

  it("collapses stutters and repeated pairs", () => {
    expect(clean("we we rolled it out")).toBe("we rolled it out")
    expect(clean("i think i think that works")).toBe("i think that works")
  })

  it("drops a false start that restarts the same question", () => {
    expect(clean("what do you what does your team need")).toBe("what does your team need")
  })

  it("restores apostrophes speech-to-text leaves out", () => {
    expect(clean("whats your budget")).toBe("what's your budget")
    expect(clean("youre right i dont know")).toBe("you're right i don't know")
    expect(clean("lets start")).toBe("let's start")
    expect(clean("it lets you export")).toBe("it lets you export")
    // the things that let you do something are an open class; the words before a suggestion are not
    expect(clean("and the dashboard lets you filter by region")).toBe(
      "and the dashboard lets you filter by region",
    )
    expect(clean("it just lets you export")).toBe("it just lets you export")
    expect(clean("okay so lets look at the numbers")).toBe("okay so let's look at the numbers")
    expect(clean("Thanks, both. Lets get going")).toBe("thanks, both. let's get going")
    expect(clean("ill send it")).toBe("i'll send it")
    expect(clean("she is ill today")).toBe("she is ill today")
    expect(clean("id recommend it")).toBe("i would recommend it")
    expect(clean("your customer id changed")).toBe("your customer id changed")
  })

  it("keeps words that name an object's own properties as words", () => {
    // The contraction table once was a plain object: "constructor" became Object's source text.
    expect(clean("the constructor of this valueof tostring thing")).toBe(
      "the constructor of this valueof tostring thing",
    )
  })

  it("reads i'd as would before a verb and as had before a participle", () => {
    expect(clean("i'd push back on that")).toBe("i would push back on that")
    expect(clean("i'd seen it before")).toBe("i'd seen it before")
  })

  it("lowercases and keeps sentence punctuation for the tagger", () => {
    expect(clean("Okay. So what's next? Fine,  thanks")).toBe("okay. so what's next? fine, thanks")
  })

  it("keeps a clock time whole: its colon is not a sentence break", () => {
    expect(clean("I'd go for the 9:30 rather than the 9")).toBe("i would go for the 9:30 rather than the 9")
    expect(clean("Agenda: pricing, then 10:15: break")).toBe("agenda. pricing, then 10:15. break")
  })

  it("maps any normalized span back to the original text", () => {
    const caption = normalizeCaption("Um, so whats   your BUDGET for this?")
    const start = caption.text.indexOf("what's")
    const end = caption.text.indexOf("budget") + "budget".length
    expect(originalSpan(caption, start, end)).toBe("whats   your BUDGET")
  })

  it("handles empty and punctuation-only captions", () => {
    expect(normalizeCaption("").tokens).toEqual([])
    expect(normalizeCaption(" ... ?! ").tokens).toEqual([])
  })
})
