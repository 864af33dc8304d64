// one-up.md, lead-journey down signals: "what's your timeline to purchase" asks the client to run
// the process the seller should be leading.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "journey-asks-purchase-timeline",
  principle: "lead-journey",
  polarity: "down",
  nudge:
    "Work the date out together: share what has to happen before their deadline and suggest when to decide.",
  patterns: [
    // "what's your timeline to make a purchase"
    {
      match:
        "(timeline|timeframe|time frame|timing|time line) (to|for) (make a purchase|making a decision|making a purchase|purchase|purchasing|buy|buying|a decision|decide|deciding|sign|signing|moving forward)",
    },
    // "when are you looking to buy"
    {
      match:
        "when (are|were) you (looking|planning|hoping|aiming|expecting|thinking) to (buy|purchase|sign|decide|make|move|pull|commit|choose|select|pick|go)",
    },
    // "when do you think you'll be ready to decide"
    {
      match:
        "when (do|will|would) you .{0,4} ready to (buy|decide|make a decision|sign|purchase|move forward|commit)",
    },
    // "are you looking to buy this quarter or next"
    {
      match:
        "(are|were) you (looking|planning|hoping|aiming|expecting|thinking) to (buy|purchase|sign|make a decision|decide|move forward) (this|next|in|by|before|within)",
      clause: "question",
    },
    // "what's your buying timeline"
    { match: "(buying|purchasing|purchase|procurement) (timeline|timeframe|window)" },
    // "when do you plan on buying"
    {
      match:
        "when (do|does|will|would|are) (your #Noun|you guys|you) .{0,3} (buy|buying|purchase|purchasing|sign|signing|decide|deciding|commit|committing)",
      clause: "question",
    },
    // "when do you think you'll make a decision"
    { match: "when .{1,5} make a (decision|purchase|choice|final decision|call)", clause: "question" },
    // "when are you hoping to pull the trigger"
    { match: "when .{1,8} pull the trigger", clause: "question" },
    // "when are you hoping to have something in place by"
    { match: "when .{1,5} (have|get) (something|anything|it|this|a solution) in place", clause: "question" },
    // "kindly let me know your timelines for closure"
    {
      match:
        "your (timeline|timelines|timeframe|timeframes) (to|for) (closure|closing|close|sign off|signoff)",
    },
    // "when do you want a vendor chosen by"
    {
      match:
        "when (are|do|does|will|would) .{1,5} (have|get) (a|the|your)? (vendor|partner|provider|#Offering) (picked|chosen|selected|signed|in place)",
      clause: "question",
    },
    // "when do you expect to be choosing a platform" (the buying moment, through the offering class)
    {
      match:
        "when (are|were|do|does|will|would) (you guys|your #Noun|you) .{0,4} (buy|buying|purchase|purchasing|choose|choosing|pick|picking|select|selecting|switch|switching) (to|on)? (a|an|the|new|your)? .{0,2} #Offering",
      clause: "question",
    },
    // "what does your timeline look like for actually making a call on this"
    { match: "timeline look like for .{0,2} (making|deciding|buying|signing|purchasing|choosing)" },
    // "when are you hoping to get the paperwork signed by"
    {
      match:
        "when (are|do|would|were) you .{0,2} (looking|hoping|planning|aiming|expecting|wanting|want) to (have|get) .{0,3} signed",
      clause: "question",
    },
    // "what kind of timeframe are you looking at for a decision"
    { match: "(timeframe|timeline|time frame) are you looking at (for|to)", clause: "question" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Asks when the client plans to buy instead of shaping the timeline with them."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "what kind of timeframe are you looking at for a decision on the renewal",
    "when are you hoping to get the paperwork signed by",
    "when are you looking to have something signed",
    "when are you hoping to have something in place",
    "kindly let me know your timelines for closure and i will share the quotation",
    "are you hoping to sign before the end of the year",
    "so what's the timeframe for a decision on your end",
    "when are you hoping to sign",
    "when would you be ready to commit",
    "what's your purchasing timeline looking like",
    "what kind of timing for buying are we talking about",
    "when were you planning to make a decision",
    "when do you plan on purchasing",
    "when do you think you'll make a decision",
    "when are you hoping to pull the trigger on a new crm",
    "when do you want to have a partner chosen",
    "what does your timeline look like for actually signing this",
  ],
  misses: [
    "when did you get the new scanners in place",
    "your timeline for the audit is tight",
    "are you looking to hire this quarter or next",
    "the timeline you shared looks doable",
    "when are you back in the office",
    "the rollout timeline is in the proposal",
    "when will you be ready to share your screen",
    "i'm looking to buy a new bike",
    "what's the timing for the site visit",
    "when did you buy the current system",
    "when did you get the system in place",
    "what does your timeline look like for the warehouse move",
  ],
  paraphrases: [
    "when do you guys expect to be picking a scheduling tool",
    "so when do you see yourselves switching to a new dispatch platform",
  ],
}
