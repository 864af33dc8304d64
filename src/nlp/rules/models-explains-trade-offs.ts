// Seed, principle 8: teaching the concessions that come with each model helps the client decide
// well and sets the seller apart from sellers who only pitch.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "models-explains-trade-offs",
  principle: "teach-models",
  polarity: "up",
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
    // The trade-off class in other words: "the flip side of going regional is slower payouts",
    // "you get speed at the expense of control", "in exchange you give up the carrier contracts".
    { match: "the? #TradeOff+ (of|with|to|is)", notIf: "(price|depends|either|which|when|whether)" },
    {
      match: "#TradeOff+ (of|for) (#Noun|#Gerund|some|any|your|the|a)",
      notIf: "(price|depends|either|which)",
    },
    { match: "but #TradeOff+ (the|your|some|a|any|all|#Noun)", notIf: "(depends|either|which|when)" },
    // "a point solution is faster to deploy but…"
    {
      match:
        "(is|are) (faster|cheaper|quicker|easier|simpler|slower|pricier|harder|riskier|safer|more expensive|less flexible|more flexible) .{0,4} but",
    },
    { match: "(#Noun|#Plural) (win|wins) on (speed|price|cost|scale|flexibility|control|depth|fit)" },
    // "the broker is cheapest until you have more than fifty stores": where one approach stops winning
    { match: "(cheapest|cheaper|best|better) (until|below|above|once) you (have|hit|reach|pass|get)" },
    // "per patient looks cheaper, but for long follow-up it gets expensive"
    { match: "(looks|seems|sounds) (cheaper|cheap|simpler|easier|faster) but" },
    // "some vendors price per patient, some per study"
    { match: "some #Plural (price|charge|bill|sell) (per|by) .{1,3} (some|others) (per|by)" },
    // "rental only pays once you're over about fifty staff"
    {
      match:
        "only (pays off|pays|works out|makes sense) (once|if|when) (you are|you're|you) (over|above|past|bigger)",
    },
    // "serviced offices and a lease all trade flexibility against cost per desk"
    { match: "(trade|trades|trading) #Noun (against|off against|for)" },
    // "with a large firm you get depth of bench, but the team rotates"
    { match: "with a .{1,3} you get .{1,6} but" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Explains the trade-offs between approaches."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "with a large firm you get depth of bench but the team rotates",
    "co-working and a lease trade flexibility against cost per desk",
    "rental only pays once you're over about fifty staff",
    "leasing is cheaper until you hit about twelve vans",
    "the flat fee looks cheaper but with seasonal peaks it costs more",
    "some carriers charge by weight some by volume and it changes which one wins",
    "the tradeoff with a single vendor is less leverage at renewal",
    "let's go through the pros and cons of each",
    "the catch with best of breed is you own the integrations",
    "the real difference between the two models is who carries the risk",
    "compared to building in house the managed option is faster but less flexible",
    "it's really flexibility versus cost",
    "a suite gives you one contract but you lose depth in each module",
    "a point solution is faster to deploy but you end up stitching tools together",
    "point tools win on speed, platforms win on scale",
  ],
  misses: [
    "we traded emails last week",
    "the difference is small so don't worry",
    "compared to last quarter we're up",
    "the game was chicago vs boston",
    "there's a catch up call on friday",
    "it depends on your calendar",
    "the price is on page two of the quote",
    "either way works for me on thursday",
    "on the other hand i'm free friday",
    "who wins on your side if the rota moves to nights",
  ],
  paraphrases: [
    "the flip side of going regional is slower payouts to your drivers",
    "you get speed at the expense of some control over the carrier contracts",
    "an outside firm starts faster but you give up the institutional knowledge",
  ],
}
