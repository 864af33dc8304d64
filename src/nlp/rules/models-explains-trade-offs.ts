// Seed, principle 8: teaching the concessions that come with each model helps the client decide
// well and sets the seller apart from sellers who only pitch.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "models-explains-trade-offs",
  principle: "teach-models",
  polarity: "up",
  description: "Explains the trade-offs between approaches.",
  nudge: "Good: naming the trade-offs makes you the one who helps them compare.",
  patterns: [
    // "the trade-off is control versus speed"
    { match: "(trade off|trade offs|tradeoff|tradeoffs)" },
    // "the pros and cons of leasing"
    { match: "pros and cons" },
    // "the concession with centralizing is slower response"
    { match: "the (concession|concessions|downside|downsides|catch) (with|of|to) .{1,5} (is|are)" },
    // "the difference between a suite and best of breed"
    { match: "(the|a|big|main|real) difference between .{1,6} and" },
    { match: "difference between (the|these|those) #Value #Plural" },
    // "compared to hiring two more analysts"
    { match: "compared (to|with) #Gerund" },
    {
      match:
        "compared (to|with) (the|a|an) #Noun? (approach|option|route|model|agency|vendor|suite|alternative)",
    },
    // "control versus speed", "leasing vs buying"
    { match: "#Noun (versus|vs) #Noun", notIf: "(#Place|#Person|#Organization|#SportsTeam)" },
    // "gives you control but costs you flexibility"
    { match: "gives? you .{1,3} but .{0,2} (costs|cost|lose|loses|give|gives|sacrifice|sacrifices)" },
    // "costs more upfront but less after year one"
    { match: "(costs|cost) (more|less) .{0,3} but" },
    // "looks different depending on how regulated you are"
    { match: "(looks|is|works|plays out) (different|differently) depending on" },
    // "…whereas an agency is the reverse"
    { match: "whereas (an?|the|with|in|#Gerund) #Noun?" },
    // "the upside of the agency model is speed, the downside is…"
    { match: "the (upside|downside|catch) (is|of|with)" },
    // "a point solution is faster to deploy but…"
    {
      match:
        "(is|are) (faster|cheaper|quicker|easier|simpler|slower|pricier|harder|riskier|safer|more expensive|less flexible|more flexible) .{0,4} but",
    },
  ],
})

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "the tradeoff with a single vendor is less leverage at renewal",
    "let's go through the pros and cons of each",
    "the catch with best of breed is you own the integrations",
    "the real difference between the two models is who carries the risk",
    "compared to building in house the managed option is faster but less flexible",
    "it's really flexibility versus cost",
    "a suite gives you one contract but you lose depth in each module",
    "a point solution is faster to deploy but you end up stitching tools together",
  ],
  misses: [
    "we traded emails last week",
    "the difference is small so don't worry",
    "compared to last quarter we're up",
    "the game was chicago vs boston",
    "there's a catch up call on friday",
    "it depends on your calendar",
  ],
}
