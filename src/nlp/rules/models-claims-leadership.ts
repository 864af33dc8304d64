// Seed, principle 8: claiming to be the leader is the same claim every competitor makes, so it
// differentiates nothing.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "models-claims-leadership",
  principle: "teach-models",
  polarity: "down",
  nudge: "Replace the ranking with a model: how clients like them choose between approaches, and why.",
  patterns: [
    // "we're the leading provider"
    {
      match:
        "we are (the|a) (leading|largest|biggest|number one|#1|top|best|premier|fastest growing|only|preferred|dominant) (#Noun|provider|vendor|platform)?",
    },
    // "we're one of the fastest growing vendors in this space"
    {
      match:
        "we are #Adverb? one of the (leading|largest|biggest|fastest growing|fastest-growing|top|best known|most trusted|most popular|most used) #Noun?",
    },
    // "ranked number one"
    {
      match:
        "(ranked|rated|named|voted|recognized|recognised) (number one|#1|best|top|first|the best|the top|a leader|as a leader|#Ordinal)",
    },
    // "we've won a bunch of awards"
    // (the seller's company or product: "that film won all kinds of awards" is small talk)
    { match: "(we|#SellerSide|#Offering) .{0,4} (won|win|winning) .{0,4} (award|awards|prizes)" },
    { match: "award winning" },
    // "a leader in the magic quadrant"
    { match: "(leader|leaders) in (the|our|this)? .{0,2} (quadrant|category|space|market|industry)" },
    // "the market leader"
    { match: "(market|industry|category) (leader|leading)" },
    // "we won best workplace software two years running"
    { match: "(we|#SellerSide|#Offering) .{0,4} (won|win|winning|named|voted) best" },
    { match: "(two|three|four|five|#Value) years running" },
    // Standing claimed through the company-story class: "trusted by over half the credit unions
    // in ohio", "gartner put us in the top right again".
    {
      match:
        "#SellerSide (are|is|were|was|have been|has been)? #Adverb? #CompanyStory by (over|more than|most|half|thousands|hundreds|#Value)",
      notIf: "(founded|founder|founders|co-founder|cofounder|started|headquartered|raised)",
    },
    {
      match: "#CompanyStory (named|ranked|rated|put|placed|calls|called|lists|listed|picked) (us|our)",
      notIf: "(founded|founder|founders|co-founder|cofounder|headquartered|raised|employees|offices)",
    },
    { match: "(gold|platinum|premier|preferred|elite) partner" },
    // "what makes us different from the other agencies is…"
    { match: "what makes us (different|unique|special|stand out)" },
    // "we're basically the figma for construction scheduling"
    { match: "#SellerSide (are|is) (basically|essentially|kind of|sort of|like) the #Noun for" },
    // "we're actually the number one supplier of pipette tips"
    {
      match:
        "#SellerSide (are|is) #Adverb (the|a) (leading|largest|biggest|number one|top|premier|preferred) #Noun",
    },
    // "we were named startup of the year"
    { match: "#SellerSide .{0,3} (named|voted|crowned) .{0,4} of the year" },
    // "europe's number one partner for executive education"
    {
      match:
        "(europe's|america's|asia's|africa's|australia's|britain's|the uk's|the world's|the region's|the country's) (number one|leading|biggest|largest|top|favourite|favorite)",
    },
    // "redfish is the leading provider of…", "they're probably the biggest in the market"
    {
      match:
        "(is|are) the (leading|largest|biggest|number one|top) (provider|vendor|supplier|platform|company|player|insurer|broker|name) (of|in|for)",
      clause: "statement",
    },
    {
      match:
        "(they are|it is|#Offering is) (probably|easily|by far)? the (biggest|largest|best) in the (market|industry|business|country|region)",
      clause: "statement",
    },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Claims market leadership, rankings or awards."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "we were named fintech startup of the year last year",
    "we're europe's number one partner for this",
    "we're actually the number one supplier of lab gloves in the region",
    "we're basically the stripe for freight payments",
    "what makes us different from the other firms is we actually pick up the phone",
    "we're actually one of the most trusted names in payroll",
    "we're the largest independent provider in the region",
    "we were voted best in class two years in a row",
    "we've won three industry awards this year alone",
    "it's an award winning platform",
    "we're a leader in the analyst quadrant for this category",
    "we're honestly the market leader here",
    "we're a gold partner with the big cloud vendors",
    "so, uh, redfish is the leading provider of predictive maintenance in the midstream space",
    "it's through one of the specialist insurers, they're probably the biggest in the market",
  ],
  misses: [
    "my daughter's film won all kinds of awards last year",
    "she won best actress in the school play",
    "you're one of the largest growers in the valley, right",
    "you're the leading site for that product line right",
    "your team won the account last year",
    "the award ceremony is in june",
    "who's leading the project on your side",
    "we ranked the options by cost",
    "we are the last call of your day i bet",
    "the clinic was founded by two surgeons",
    "the report was trusted by the board",
    "who is the preferred supplier on your current framework",
    "who is the biggest supplier in your region",
    "your biggest competitor is probably the best in the market on price, isn't it",
  ],
  paraphrases: [
    "we're trusted by over half the credit unions in ohio",
    "gartner put us in the top right corner again this year",
  ],
}
