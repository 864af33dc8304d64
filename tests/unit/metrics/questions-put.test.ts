/**
 * contracts.md §6: the summary counts the questions the seller put to the client, through the
 * real classifier (the same path as `npm run score`).
 */
import { describe, expect, it } from "vitest"
import { scoreTranscript } from "../../../src/core/call-json"
import type { TranscriptUtterance } from "../../../src/core/types"

let n = 0
const line = (self: boolean, text: string): TranscriptUtterance => ({
  id: `u${++n}`,
  speaker: self ? "You" : "Dana",
  self,
  text,
  start: null,
  end: null,
})
const seller = (text: string) => line(true, text)
const client = (text: string) => line(false, text)
const questions = (...lines: TranscriptUtterance[]) =>
  scoreTranscript(lines, { platform: "file", startedAt: null, endedAt: null }).summary.questions

describe("questions put to the client", () => {
  it("does not count questions the seller answers themselves", () => {
    const q = questions(
      seller("Why is this important? Because the audit is in March."),
      seller("so why does this matter because every hour of downtime costs money"),
      client("makes sense"),
    )
    expect(q.self).toBe(0)
    expect(q.notPut).toBe(2)
  })

  it("counts a question addressed to the client, and whether the client answered it", () => {
    expect(
      questions(seller("how do you approve purchases today"), client("finance signs off")),
    ).toMatchObject({
      self: 1,
      answered: 1,
    })
    // Addressed, but the seller talked on: put to the client, not answered.
    expect(
      questions(seller("how do you approve purchases today"), seller("anyway let me show the next screen")),
    ).toMatchObject({
      self: 1,
      answered: 0,
    })
  })

  it("counts an unaddressed question only when the client speaks next", () => {
    expect(questions(seller("who owns that"), client("our it lead"))).toMatchObject({ self: 1, answered: 1 })
    expect(questions(seller("who owns that"), seller("ok moving on to pricing"))).toMatchObject({
      self: 0,
      answered: 0,
    })
  })

  it("counts every question in the run that ends the turn when the client speaks next", () => {
    expect(
      questions(seller("why didn't it get approved, was it the payback or the timing"), client("timing")),
    ).toMatchObject({ self: 2, answered: 2 })
    // A choice between alternatives is one question.
    expect(
      questions(seller("is the text big enough or should i zoom in"), client("it's fine")),
    ).toMatchObject({
      self: 1,
    })
  })

  it("reads a self-answer after the question, and a reason for asking as no answer", () => {
    const q = questions(
      seller("so does it pay for itself? yes, inside the first year on those numbers."),
      seller("What does that mean for you? It means fewer calls at night."),
      seller("why are they so oversized, well, in eighty eight they sized for single glazing"),
      client("right"),
    )
    expect(q.self).toBe(0)
    // "because" after a question that is not a why-question says why the seller asks.
    expect(
      questions(
        seller("How many agencies are you using? Because that changes how we set up the logins."),
        client("four"),
      ).self,
    ).toBe(1)
  })

  it("counts a question called to someone by name, or about the seller's own pace, though the seller talks on", () => {
    expect(
      questions(seller("marc, is the left one on east original? anyway both burners are old"), client("yes"))
        .self,
    ).toBe(1)
    expect(
      questions(seller("Am I going too fast, by the way? I know I've clicked through a lot."), client("no"))
        .self,
    ).toBe(1)
  })

  it("counts a declarative check that ends the turn", () => {
    expect(
      questions(seller("so you run all of it from one warehouse"), client("yes, in leeds")),
    ).toMatchObject({
      self: 1,
      answered: 1,
    })
  })

  it("still marks every question-shaped line as a question on the utterance", () => {
    const call = scoreTranscript([seller("Why is this important? Because the audit is in March.")], {
      platform: "file",
      startedAt: null,
      endedAt: null,
    })
    expect(call.utterances[0]?.question).toBe(true)
    expect(call.summary.questions.self).toBe(0)
  })
})
