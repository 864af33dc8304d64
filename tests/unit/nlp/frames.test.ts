/**
 * The non-move frames (frames.ts): a recap of the client's words and an answer to the client's
 * question. A recap silences the rules and an answer silences the One-Down rules (net.ts), so a
 * phrase that only looks like one must not carry the tag.
 */
import { describe, expect, it } from "vitest"
import { parse } from "../../../src/nlp/engine"
import { normalizeCaption } from "../../../src/nlp/normalize"

const hasTag = (text: string, tag: string): boolean => parse(normalizeCaption(text).text).has(`#${tag}`)

describe("recaps and answers are tagged as such", () => {
  it.each([
    "just confirming what you told me, the sign off sits with your finance director",
    "so playing back what you said, you have three depots and one planner",
    "what i've written down is one invoice per cost centre",
    "let me read that back to you, forty seats from march",
  ])("a recap: %s", (text) => {
    expect(hasTag(text, "Recap")).toBe(true)
  })

  it.each([
    "you asked what the onboarding includes, it's two workshops and a data import",
    "on the question of where backups live, they're in a second region",
    "on your question about tiers, standard has five admins",
    "you'd asked about the contract length, it's twelve months",
  ])("an answer: %s", (text) => {
    expect(hasTag(text, "Answer")).toBe(true)
  })

  it.each([
    "if you asked ten of your drivers what slows them down, what would they say",
    "when you asked the board last year, what did they push back on",
  ])("a question imagined or remembered is not an answer: %s", (text) => {
    expect(hasTag(text, "Answer")).toBe(false)
  })
})
