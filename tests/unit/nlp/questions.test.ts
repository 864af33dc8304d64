/**
 * Question detection on live-caption text: lowercase, no question marks, fillers and run-ons.
 * Two lists in the house style: "returns true for…" and "returns false for…".
 */
import { describe, expect, it } from "vitest"
import { detectQuestions, isQuestion } from "../../../src/nlp/classify"

describe("isQuestion", () => {
  it.each([
    // question words with a verb after them
    "what does your team do when a shipment is late",
    "so how did the last rollout go",
    "um who else feels this before you do",
    "why did that stall",
    "which region would you start with",
    "how many people are on the night shift",
    "what's the reason they left",
    "where does the time actually go",
    "when does the contract renew",
    // yes/no questions: auxiliary before the subject
    "do you have a minute",
    "is there a budget for this",
    "are you the person who signs off",
    "can you hear me okay",
    "would the list look the same",
    "does next monday work",
    "have you ever measured it",
    "could you walk me through that",
    // requests for information
    "tell me about your intake process",
    "walk me through how approvals work",
    "i'm curious how you handle returns",
    "i was wondering if finance has seen this",
    "wondering if that's still the plan",
    "just wondering whether legal is involved",
    // tag questions and clipped forms
    "that's the plan right",
    "crazy week huh",
    "the data is messy isn't it",
    "you guys using salesforce",
    "got a few minutes",
    "any questions so far",
    // run-ons: the question comes after a statement
    "we rolled it out to forty sites how did it go for yours",
    "if nothing changes where is this number in a year",
    "before we start what do you already know about us",
    "sorry i missed that can you say it again",
    // auto-punctuated without question marks
    "So, what does your company do.",
    "Okay. And who else is involved.",
    // spoken forms: a name or "or" before the question, positive tags, "you mean", bare wh
    "cindy have you seen it",
    "or are you retired",
    "well did you see it",
    "we don't have a long season do you",
    "you mean the renewal",
    "which one",
    "has he done the training",
    "i mean did they sign",
    // mid-run inversions and spoken tags
    "we had a barbecue is it like steaks",
    "i met a guy from sales is it your brother",
    "crazy week eh",
    "so you guys like the oldies or what",
    // contracted negatives the tagger misreads, dropped auxiliaries, fronted topics, restarts
    "didn't acme sign with them last year",
    "they want it all in one place don't they",
    "you ever tried a pilot",
    "you guys ever looked at churn by region",
    "the warehouse in dallas have you ever been there",
    "now is that built in",
    "do would you prefer a call on friday",
    "is are they the ones who sign",
    // "what kind…" asks about a noun; dropped "are"/"do"/"have"; a question inverted after "you
    // know"; "if you… or not" put to the listener
    "what kind of scheduler is it",
    "what kind is it",
    "oh where you from",
    "where you going after this",
    "what you think about the new pricing",
    "how long you been at the clinic",
    "you know why do you keep the paper forms",
    "i wonder what do they charge for the add on",
    "i don't know if you've tried the new portal or not",
    "of your last ten lost deals how many stalled at the same stage",
    "out of all the sites which one runs late most",
    "had you heard much about our firm before this call",
    // declarative checks that end the turn, dialect tags, names and requests inside a run-on
    "so you run all of it from one warehouse",
    "so your drivers sleep on the road for those trips",
    "so the boilers on the east tower are original then",
    "sorry you said forty trucks or fourteen",
    "so what you're saying is the board wants a number first",
    "the depot is open on sundays, abi",
    "and without data you can't really disprove it, not so",
    "you're based in leeds, no",
    "ngozi is it showing now",
    "marc, is the left one the boiler you rebuilt",
    "and when you query the driver what does he usually say",
    "the spreadsheet just goes away can i show you the person record",
    "i'm conscious of time i'm curious whether today matched what you hoped to see",
    "and finance saw the weekend cost but not the retention saving is that fair",
    // a subject question after a fronted when/if clause, no comma between
    "so when a shift goes unfilled who picks it up",
    "when a claim bounces what happens",
    "when a claim bounces who actually owns it",
  ])("returns true for: %s", (text) => {
    expect(isQuestion(text)).toBe(true)
  })

  it.each([
    "what we found is that intake is the bottleneck",
    "what keeps me up at night is the audit",
    "what usually works is a two week pilot",
    "how we do it is pretty simple",
    "when we launched we saw a dip",
    "the thing is we never measured it",
    "that's right",
    "sounds good",
    "i know what you mean",
    "i'm not sure",
    "what a year it's been",
    "who knows what's coming",
    "we work with a partner who handles that",
    "the clinic that has the worst no show rate",
    "do the math on that later",
    "have a great weekend",
    "let me know if you need anything",
    "we tried it and it didn't stick",
    "the reason we switched is that the old tool was slow",
    "every hospital we've worked with underestimates the paperwork",
    // echoes, reported questions, agreement and embedded wh clauses
    "do you",
    "he goes do you want to dance",
    "so do i",
    "i forgot what it's called",
    "you're probably right",
    "they're not there",
    "how nice",
    "oh is that right",
    "are you serious",
    "i was like are you kidding",
    "so they asked me can you start monday",
    "yeah uh huh",
    "it was a long one uh huh",
    "i don't know if it's volume or what",
    "i don't know what that's for",
    "we'll have it checked tomorrow",
    "and was real pleased to see it",
    // inversions that state: a fronted negative, a parenthetical, an idiom, a relative clause
    "never have i seen a rollout this smooth",
    "only then did we see the gap",
    "it would i think take a quarter",
    "now is a good time to look at pricing",
    "it has everything that you could ever want",
    // greetings, pseudo-clefts without "do", reported thoughts, the generic "whether you…"
    "hey how you doing",
    "what you need is a cleaner handoff",
    "that's what you think",
    "i think why do they make us fill this in",
    "they charge you whether you use it or not",
    "of my friends who have children most moved away",
    "of course what happens is the rota slips",
    "had you asked us in march we would have had it live by now",
    "in the last ten deals which we lost the price came up",
    // statements shaped like declarative checks: narration, instructions, "and so", mid-turn
    "so you click here and it opens the report",
    "so you can see every truck on the map",
    "so you have to book it two days ahead",
    "and so you end up paying twice",
    "so you don't have to log in again",
    "so you said you had a few questions, go for it",
    "so you're right",
    "so you run it from one warehouse. we do the same for most of our clients",
    "we'll catch up then",
    "my honest answer is it proves whatever happened, good or bad",
    "the thing is it works",
    "jenny is a sweet kid",
    "it was it scared me to death",
    "the useful thing is figuring out which two of your clinics would be the test",
    // the question word after a verb that takes a clause is embedded, opener or not
    "when she shows what happens it helps",
    "when the team decided who owns it they moved on",
    "",
  ])("returns false for: %s", (text) => {
    expect(isQuestion(text)).toBe(false)
  })
})

describe("detectQuestions", () => {
  it("calls wh-questions and requests open, yes/no and tag questions closed", () => {
    expect(detectQuestions("what did you try last year").questionKind).toBe("open")
    expect(detectQuestions("tell me about your stakeholders").questionKind).toBe("open")
    expect(detectQuestions("can you walk me through it").questionKind).toBe("open")
    expect(detectQuestions("do you have budget").questionKind).toBe("closed")
    expect(detectQuestions("that's the plan right").questionKind).toBe("closed")
    expect(detectQuestions("we're done for today").questionKind).toBeNull()
  })

  it("counts every question in a run-on caption", () => {
    const facts = detectQuestions("what do you think is driving the overtime is it volume or rework")
    expect(facts.questionCount).toBe(2)
    expect(facts.questionKind).toBe("open")
    expect(detectQuestions("thanks for joining today").questionCount).toBe(0)
  })

  it("counts a choice between alternatives, or a question spelled out, once", () => {
    expect(
      detectQuestions("is that coming out of operating or is it getting capitalized").questionCount,
    ).toBe(1)
    expect(detectQuestions("Is it biomed, is it you, or is it kind of nobody?").questionCount).toBe(1)
    expect(detectQuestions("Was that a budget thing or a people thing, do you think?").questionCount).toBe(1)
    expect(detectQuestions("what metrics would you want on there").questionCount).toBe(1)
    expect(
      detectQuestions("i'm curious how kevin decides, like does he bundle projects by building")
        .questionCount,
    ).toBe(1)
    // Two questions stay two.
    expect(detectQuestions("So who owns that risk today? Is it biomed, or is it you?").questionCount).toBe(2)
  })

  it("does not need the question mark but honours one", () => {
    expect(isQuestion("the budget is approved?")).toBe(true)
    expect(isQuestion("the budget is approved")).toBe(false)
  })
})
