// one-up.md, use-of-time down signals: asking permission for time, apologising for taking it and
// promising to be quick frame the call as a cost, not as value.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "time-asks-for-time",
  principle: "use-of-time",
  polarity: "down",
  nudge: "Open with why the call is worth their time: the one thing you want to help them decide today.",
  patterns: [
    // "all i need is like fifteen minutes", "promise i won't keep you"
    { match: "all (i|we) need is .{0,2} #Value (minutes|mins|minute)" },
    { match: "(promise|swear) i (will not|won't) keep you" },
    // "is now a good time"
    {
      match:
        "is (now|this|it|today) (still)? (a|an)? (good|bad|ok|okay|convenient|decent) (time|moment|minute)",
    },
    // "how much time do you actually have today", "i don't want to keep you"
    { match: "how much time (do|have|did) (you|we) #Adverb? (have|got)", clause: "question" },
    // (but not "i don't want to keep you waiting on the pricing")
    { match: "(do not|did not) want to (keep|hold) you (if|too|any|longer|past|over|from)" },
    { match: "(do not|did not) want to (keep|hold) you$" },
    // "did i catch you at a bad time"
    { match: "(catch|caught|catching) you at (a|an) (bad|good|busy|ok|okay|alright|awkward) time" },
    // "happy to call back if you're slammed"
    { match: "(happy|glad) to (call|ring|phone) (you)? back (if|later|another)" },
    // "do you have a few minutes"
    {
      match:
        "(you have|have you got|got|you got) (a couple of|a few|a couple|a|two|five|ten|#Value) (minutes|mins|minute|moments|moment)",
      clause: "question",
    },
    // The same ask to anyone on the client's side: "do you guys have a few minutes", "i know
    // y'all are slammed".
    {
      match:
        "#ClientSide (have|got) (a couple of|a few|a couple|a|two|five|ten|#Value) (minutes|mins|minute|moments|moment)",
      clause: "question",
    },
    { match: "i know #ClientSide (are|is) #Adverb? (busy|slammed|swamped|buried|stretched)" },
    // "i just need fifteen minutes of your time"
    { match: "(i|we) #Adverb? (need|want|ask for|only need) (a few|a couple of|#Value) (minutes|mins)" },
    // "i won't take up too much of your time"
    {
      match:
        "(take|taking|took|steal|stealing) (up)? (too much|much|a lot|more than #Value|just #Value|only #Value|a few minutes)? of your time",
    },
    // "i'll try to be really quick", "i'll keep it super short i promise". A bare "i'll keep this
    // short, we're set for thursday" closes a call briskly; only the effort, the emphasis or the
    // promise makes it an apology for the client's time.
    { match: "(i will|i am going to|i'll) try to (be|keep it|keep this) #Adverb? (quick|brief|short)" },
    {
      match:
        "(i will|i am going to|i'll) (be|keep it|keep this) (super|really|very|real|extra|nice and) (quick|brief|short)",
    },
    { match: "(i will|i am going to|i'll) (be|keep it|keep this) (quick|brief|short) (i promise|promise)" },
    // "i know you're super busy"
    { match: "i know (you are|you're) #Adverb? busy" },
    // "do you have a quick minute"
    {
      match:
        "(you have|have you got|got|you got) (a|one) (quick|spare|few)? (minute|minutes|moment|sec|second)",
      clause: "question",
    },
    // "this will only take ten minutes of your day"
    { match: "(take|takes|taking|took) .{0,4} of your (time|day|afternoon|morning|week|schedule)" },
    // "this won't take long"
    {
      match:
        "(this|it|i|that|the call|we) (will not|should not|does not) take (long|much|too long|a lot|more than)",
    },
    // "sorry to take up your afternoon", "sorry to bother you": apologising for being on the call
    {
      match:
        "(sorry|apologies) (to|for) (take|taking|eat|eating|steal|stealing|use|using) (up|into)? (so much of|a bit of|some of)? your (time|day|afternoon|morning|evening)",
    },
    { match: "(sorry|apologies) (to|for) (bother|bothering) you" },
    // "if you can spare half an hour", "thanks for squeezing me in, i know your diary is packed"
    {
      match:
        "if you (can|could) spare (it|the time|a few minutes|half an hour|an hour|#Value minutes|a minute)",
    },
    { match: "(squeezing|squeeze|fitting|fit) me in" },
    {
      match:
        "your (diary|calendar|schedule|week) (is|must be) #Adverb? (packed|full|rammed|slammed|crazy|chaos)",
    },
    // "i won't keep you long"
    { match: "(will not|would not|do not want to) keep you (long|too long|for long|more than)" },
    // "could i grab fifteen minutes of your time"
    {
      match:
        "(minutes|mins|moments|seconds|hour|quarter of an hour|half an hour) of your (time|day|week|afternoon|morning)",
    },
    // "i'll try to keep it brief"
    { match: "(promise|try|going|want) to (be|keep it|keep this) #Adverb? (quick|brief|short)" },
    { match: "would you rather i (ring|call) (back|you back)" },
    // "i promise i'll only need fifteen minutes"
    { match: "(only|just) need (#Value|a few|a couple of) (minutes|mins)" },
    // "is now still okay for you", "is now alright"
    { match: "is now (still)? #Adverb? (okay|ok|alright|fine|good|convenient) for #ClientSide" },
    { match: "is now (still)? #Adverb? (okay|ok|alright|fine|good|convenient)$" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Asks whether now is a good time or apologises for taking the client's time."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "all we need is maybe ten minutes of your day",
    "i promise i won't keep you long",
    "i'd only need a quarter of an hour of your time, honestly",
    "i promise i'll only need ten minutes of your time",
    "before we start how much time do you actually have today",
    "i don't want to keep you if you need to jump off early",
    "have i caught you at an awkward time, happy to ring back later",
    "i won't keep you for long, i know it's busy",
    "thanks for fitting me in, i know your calendar is packed",
    "sorry to eat into your afternoon with this",
    "apologies for bothering you, i know it's month end",
    "is this an ok time to talk",
    "sorry did i catch you at a busy time",
    "you got a couple minutes to chat",
    "i only need ten minutes to show you how it works",
    "i won't take more than twenty of your time",
    "i'll keep it super short i promise",
    "i know you're really busy so thanks",
    "it won't take long at all",
    "could i borrow fifteen minutes of your time",
    "i'll try to keep it brief",
    "is this still a convenient moment for you or shall we reschedule",
    "is this still an okay moment to talk",
    "or would you rather i ring back later",
    "great, thanks for making the time, is now still okay for you, i know you're out on the road",
    "so, is now alright? i know you've a lot on before christmas",
  ],
  misses: [
    "all i need is the file by friday",
    "it shouldn't take an hour of your team's day, the import runs overnight",
    "how much time do your planners spend on the rota",
    "i don't want to keep you waiting on the pricing, it's in the doc",
    "i'll call you back with the revised numbers after lunch",
    "we won't keep you on the old contract once the new one starts",
    "can we squeeze the security review into thursday's session",
    "sorry to keep you waiting, the last call ran over",
    "thanks for taking the time to walk me round the depot",
    "the best time to start the pilot is after peak season",
    "thanks for taking the time to meet",
    "the report takes a few minutes to load",
    "i need a second to find the file",
    "okay i'll keep this short, we're set for thursday at three with you and the doctor",
    "what time works for the follow up",
    "you're busy in december right",
    "the upload won't take long",
    "is tuesday at ten a good slot for you",
    "is this the right moment in the rollout to bring finance in",
    "is now the right moment to bring in finance, do you think",
    "is now fine as a start date for the pilot",
  ],
  paraphrases: [
    "do you guys have a few minutes before your next meeting",
    "i know y'all are slammed this week so thanks for jumping on",
  ],
}
