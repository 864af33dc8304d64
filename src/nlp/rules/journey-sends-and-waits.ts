// one-up.md, lead-journey down signals: "I'll just send a proposal and follow up" leaves the client
// to navigate the decision alone.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "journey-sends-and-waits",
  principle: "lead-journey",
  polarity: "down",
  nudge: "Before you send anything, agree the next meeting and who will review it with you.",
  patterns: [
    // "i'll just send over a proposal and follow up"
    {
      match:
        "(send|email|shoot|forward|fire|drop|pop|ping|post|mail) (you|over|across|through)? (over|an email with|a note with)? (a|the|some|our|an)? (proposal|quote|pricing|info|information|brochure|one pager|price|estimate|overview|contract|paperwork|agreement|order form|materials|case studies|details|sow|terms) .{0,8} (and|then) .{0,2} (follow|check|circle|touch|you|let|wait|see|hear|go|take)",
    },
    // "i'll email you the deck and you can have a look" (any pitch material, then the client is left alone)
    {
      match:
        "(send|email|shoot|forward|fire|drop|pop|ping|post|mail) (you|over|across|through)? (a|the|some|our|an)? #Adjective? #PitchMaterial .{0,4} (and|then) .{0,3} (follow|check|circle|touch|you|let|wait|see|hear|go|take)",
    },
    // "i'll send the proposal over to you and your colleague and then just circle back friday"
    // (a pattern of its own: the wildcard above stops at the first "and")
    {
      match:
        "(send|email|shoot|forward) .{0,3} (proposal|quote|pricing|estimate) .{0,8} then .{0,1} (follow|check|circle|touch)",
    },
    {
      match:
        "(send|email|shoot|forward) (you|over)? (the|a|our|some)? #PitchMaterial .{0,8} then .{0,1} (follow|check|circle|touch)",
    },
    // "i'll put a quote together and you can mull it over": the client is left to decide alone
    {
      match:
        "(put|pull|throw) (a|the|our|some)? (proposal|quote|pricing|estimate|#PitchMaterial) together .{0,4} you (can|could|will)? (mull|think|look|review|have|digest|decide|sleep|chew|see)",
    },
    // "i'll put together a proposal, send it over tomorrow, and follow up early next week"
    {
      match:
        "(put together|pull together|write up|draft|whip up|prepare|throw together) (a|the|our|some|an)? (proposal|quote|pricing|estimate|#PitchMaterial) .{0,5} (send|shoot|email|forward) .{0,3} over",
    },
    // "email the presentation and wait for your feedback", "chase you up friday"
    {
      match:
        "(wait|await|waiting|awaiting) (for)? your (feedback|response|reply|decision|thoughts|go ahead|answer|revert|confirmation)",
    },
    {
      match:
        "(email|send|shoot|forward|pop|drop) (you)? (over)? (the|a|our)? #PitchMaterial .{0,5} (chase|nudge|hound)",
    },
    { match: "(share|send|forward|pass|circulate) .{0,4} (with|to) whoever" },
    { match: "whoever you think should (see|have|read|get) (it|this|that|them)" },
    { match: "see where your (head is|head) at" },
    {
      match: "(go through|look through|review|read) (it|them|this|that|these) at your (convenience|leisure)",
    },
    // "and then i'll follow up thursday to see if you've signed", "get a quote together and chase you monday"
    {
      match: "(follow up|check in|chase) .{0,5} see if you (have|had)? (signed|decided)",
    },
    {
      match:
        "(get|put|pull) (a|the|our|some)? (quote|proposal|pricing|estimate) together .{0,6} (chase|follow)",
    },
    { match: "(put|pull|get) (some)? (numbers|figures) together .{0,6} (check|follow|chase)" },
    // "i'll send it over and chase you next week"
    {
      match:
        "(send|pop|email|shoot|fire) (it|this|that|them) (over|across|through)? (and|then) (chase|follow|check)",
    },
    // "i'll prepare a quotation and ring you next week to see how you feel about it": material, then a call to collect a verdict
    {
      match:
        "(prepare|draft|write up|put together|send|email|get|mail) (you)? (a|the|our|an|some)? .{0,2} (proposal|quote|quotation|offer|pricing|estimate) .{0,8} (call|ring|phone|buzz) you .{0,4} to (see|hear|find out|check) (how|what|if|whether) you",
    },
    {
      match:
        "(send|email|mail|forward) .{0,3} #PitchMaterial .{0,8} (call|ring|phone|buzz) you .{0,4} to (see|hear|find out|check) (how|what|if|whether) you",
    },
    // "kindly revert once you have reviewed the quotation": the next move left to the client
    { match: "(kindly|please|do) revert" },
    // "i'll get a proposal over to you and follow up thursday"
    {
      match:
        "(get|getting) (you)? (a|the|our|some|an)? (proposal|quote|quotation|pricing|estimate|#PitchMaterial) (over|across|through|to you) .{0,4} (and|then) .{0,2} (follow|check|circle|touch|chase)",
    },
    // "i'll get pricing over to you by thursday and then chase you next week"
    {
      match:
        "(get|send) (the|our|some)? (pricing|proposal|quote|quotation|estimate) over .{0,6} (chase|follow|check|circle)",
    },
    // "i'll send the renewal quote across and chase you next week"
    {
      match:
        "(send|email|shoot|forward|fire|pop|drop) the .{0,2} (quote|proposal|pricing|estimate|quotation) (across|over|through) (and|then)",
    },
    // Sending something, then the seller's own chase: "i'll send over revised pricing early next
    // week and then i'll just follow up with y'all", "i'll send it over, and then i'll follow up"
    {
      match:
        "(i will|i'll) #Adverb? (send|email|shoot|forward|pop|fire|get) .{0,8} (and|then) (then)? i (will)? #Adverb? (follow up|chase|circle back|check in|touch base)",
    },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Sends material and waits instead of agreeing the next step together."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "i'll get a proposal over to you and follow up thursday",
    "i'll pop the proposal in your inbox tonight and check in next week",
    "i'll send the renewal quote across and chase you next week",
    "i'll get the quotation over to you by friday and then follow up after the weekend",
    "kindly revert once you've had a look at the estimate with your team",
    "i'll prepare a quotation for both sites and ring you on monday to see how you feel about it",
    "i will send you our offer by email and then call you friday to hear what you think",
    "i'll pull some pricing together and you can have a think",
    "i'll just email over the pricing and circle back next month",
    "let me send you some info and you can take a look",
    "i'll fire across a quote and then check in with you",
    "i'll forward the brochure and we'll see what you think",
    "i'll send a proposal over and follow up in a few weeks",
    "i'll drop you an estimate and wait to hear back",
    "i'll email the agreement over and you can decide",
    "i'll send you an email with the quote and we'll take it from there",
    "i'll pull together a quote, email it over friday and check back after",
    "i'll forward you the deck and you can pass it around",
    "i'll pop the quote across and we'll see how you go",
    "alright i will send the proposal over to you and to your colleague and then just circle back friday",
    "i'll mail the deck and wait for your feedback",
    "i'll pop the brochure over and chase you up on monday",
    "pass it round to whoever you think should see it",
    "i'll drop you a line next week to see where your head is at",
    "i'll send our profile so you can go through it at your convenience",
    "i'll send the order form and follow up friday to see if you've signed",
    "let me get the pricing together for both depots and i'll chase you next week",
    "i'll put some numbers together, email them across and check in next week",
    "i'll send it across and chase you friday",
    "um, well, i'll send over revised pricing, probably early next week, and then i'll just follow up with y'all after that",
    "so what i'll do is i'll send over the revised proposal, maybe by friday, and i follow up with you early next week",
  ],
  misses: [
    "i'll get the pricing over to you and you can decide in your own time",
    "i'll send the login details to your inbox after the call",
    "i'll call you friday to hear how the pilot went",
    "can you pull the shift data together so we can look at it on thursday",
    "can you pop the org chart across when you get a minute",
    "i'll send the recording and notes tonight",
    "can you send over the org chart",
    "i sent the proposal to your cfo yesterday and she has questions",
    "the quote includes support",
    "i'll send the invite for the working session we just agreed",
    "please forward me the data extract",
    "i'll put together the agenda and send it over before our working session",
    "we're waiting for your it team to whitelist the domain before the pilot starts",
    "take whoever you think should own the rota to the workshop on tuesday",
    "we'll check in on day ten to see if your pickers have had a chance to try the scanner",
    "let's put some numbers together on the call now so you can see the payback",
    "i'll send it over now, it's the login guide you asked for",
    "i'll send you the invite now and then we can follow up on the data questions next time",
  ],
  paraphrases: [
    "i'll shoot you our slides tonight and you can have a think over the weekend",
    "let me email over a short presentation and then we'll see where you land",
  ],
}
