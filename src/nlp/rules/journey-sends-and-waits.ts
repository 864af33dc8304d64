// one-up.md, lead-journey down signals: "I'll just send a proposal and follow up" leaves the client
// to navigate the decision alone.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "journey-sends-and-waits",
  principle: "lead-journey",
  polarity: "down",
  description: "Sends material and waits instead of agreeing the next step together.",
  nudge: "Before you send anything, agree the next meeting and who will review it with you.",
  patterns: [
    // "i'll just send over a proposal and follow up"
    {
      match:
        "(send|email|shoot|forward|fire|drop) (you|over|across|through)? (over|an email with|a note with)? (a|the|some|our|an)? (proposal|quote|pricing|info|information|brochure|one pager|price|estimate|overview|contract|paperwork|agreement|order form|materials|case studies|details|sow|terms) .{0,4} (and|then) .{0,2} (follow|check|circle|touch|you|let|wait|see|hear|go|take)",
    },
  ],
})

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "i'll just email over the pricing and circle back next month",
    "let me send you some info and you can take a look",
    "i'll fire across a quote and then check in with you",
    "i'll forward the brochure and we'll see what you think",
    "i'll send a proposal over and follow up in a few weeks",
    "i'll drop you an estimate and wait to hear back",
    "i'll email the agreement over and you can decide",
    "i'll send you an email with the quote and we'll take it from there",
  ],
  misses: [
    "i'll send the recording and notes tonight",
    "can you send over the org chart",
    "i sent the proposal to your cfo yesterday and she has questions",
    "the quote includes support",
    "i'll send the invite for the working session we just agreed",
    "please forward me the data extract",
  ],
}
