// Seed, principle 3: cut every part of the conversation that is not valuable to the client,
// starting with the standard pitch they could predict.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "time-skips-the-pitch",
  principle: "use-of-time",
  polarity: "up",
  nudge: "Good: skipping the pitch leaves the time for what they care about.",
  patterns: [
    // "i'll skip the slides"
    {
      match:
        "skip (the|our|my|any)? (#PitchMaterial|intro|introductions|pitch|formalities|usual intro|background)",
    },
    // "i'll spare you the company overview"
    { match: "spare you (the|our|my|a)? (company)? (#PitchMaterial|pitch|intro|history|story)" },
    // "we don't need to go through the deck"
    {
      match:
        "(do not|does not|no) need to (go through|walk through|do|see|look at|sit through) (the|our|a|any)? #PitchMaterial",
    },
    // "let's not do the usual intro"
    {
      match: "not do (the|a|our) (usual|standard|normal)? (intro|introductions|pitch|overview|presentation)",
    },
    // "rather than a pitch…", "than present anything"
    {
      match:
        "(rather than|instead of) (a|the|our|my)? (pitch|#PitchMaterial|presentation|presenting|pitching)",
    },
    { match: "than (present|pitch|presenting|pitching) (anything|at you|to you)" },
    // "i didn't bring slides on purpose"
    {
      match:
        "(did not|will not|am not going to|not going to|do not) (bring|use|show|do|present) (any|a|the|my|our)? #PitchMaterial",
    },
    // "let's park the intros", "get straight to your numbers"
    {
      match:
        "(park|parking|skip|skipping|drop|dropping|cut|cutting|ditch|ditching|forget|save|bypass|bypassing) (the|our|all the|any)? (intros|introductions|intro|pitch|slides|deck|overview|small talk|formalities|background|presentation|company story)",
    },
    { match: "(get|go|jump|dive|cut) straight (to|into)" },
    // "i could give you the whole company history but you really don't need it"
    {
      match:
        "i could (give|walk|take|run|talk) you (through)? (the|our|a|my)? (whole|full|usual|long)? (company history|history|pitch|deck|slides|overview|intro) but",
    },
    // "let's skip the company intro, you can read that on our site"
    {
      match:
        "(skip|park|drop|spare you) (the|our|my|any)? company (intro|overview|story|pitch|background|presentation|slides)",
    },
    { match: "read (that|it|about us|all that) on (our|the) (site|website)" },
    // "i won't bore you with our slides"
    { match: "(will not|am not going to|not going to|do not want to) bore you" },
    // "instead of our overview i'll take five minutes on what we see in legal ops"
    { match: "instead of (our|the|my|a) (company)? (overview|intro|introduction|background|history|story)" },
    // "rather than go through slides, could we spend the half hour on…"
    {
      match:
        "(rather than|instead of) (go|going|click|clicking|run|running|walk|walking|flick|flicking) through .{0,2} #PitchMaterial",
    },
    // "maybe we leave the demo for another day"
    { match: "leave the #PitchMaterial for (another|a later|next|the next)" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Drops the slides or company intro to spend the time on the client's issue."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "rather than go through our slides could we spend the time on the findings",
    "let's leave the demo for another day and focus on the grant deadline",
    "so instead of our overview i'll share five minutes of what we're seeing in your sector",
    "i could run you through the usual pitch but i'd rather hear about the backlog",
    "honestly i'm ditching the slides today, tell me where the month-end close hurts",
    "let's skip the intro slides and get into your numbers",
    "i'll spare you the pitch you've heard it from three vendors already",
    "you don't need to sit through a presentation today",
    "instead of a presentation i brought three questions",
    "i'd rather dig into your data than present anything",
    "we can skip the formalities and look at the backlog",
    "i didn't bring any slides today on purpose",
    "let's park the intros and get straight to the data",
    "i'll skip the company overview since you can read about us on the website",
  ],
  misses: [
    "i could walk you through the export settings if that helps",
    "can you skip to slide four of your deck",
    "i'll send the presentation after the call",
    "the pitch from the other vendor was long",
    "we need to go through the contract line by line",
    "sorry the slides didn't load",
    "i skipped lunch today",
    "i didn't bring my charger",
    "let's park the car out front",
  ],
  paraphrases: [
    "you don't need to sit through a demo today, let's look at your backlog",
    "let's skip the brochure and go right to your rota problem",
  ],
}
