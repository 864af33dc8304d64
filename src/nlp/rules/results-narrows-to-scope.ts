// Seed, principle 9 inverted: "that's outside what we do" excludes the changes the client needs
// beyond the product, and the seller's view of the problem shrinks to their catalogue.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "results-narrows-to-scope",
  principle: "holistic-results",
  polarity: "down",
  description: "Narrows the problem to the product's scope and drops the rest.",
  nudge: "Even if it's outside your product, help them see what else has to change and who could own it.",
  patterns: [
    // "that's outside what we do"
    {
      match:
        "(outside|beyond|out of) (what we do|our scope|scope|our wheelhouse|our lane|our remit|what we cover)",
    },
    // "not really something we get into", "isn't really our area"
    { match: "not #Adverb? (what we do|what we sell|what we cover)" },
    { match: "not #Adverb? our (area|concern|problem|thing|focus|lane|wheelhouse|department|job|remit)" },
    { match: "not #Adverb? something (we|that we) (do|get into|handle|touch|cover|deal with|offer)" },
    // "we only handle the billing side"
    {
      match:
        "we #Adverb? (only|just) (focus on|handle|do|provide|sell|cover|deal with|care about) (the)? #Noun",
    },
    // "the rest is on your side"
    { match: "the rest (is|would be|will be) (on|up to) (your side|you|your team|your end)" },
    // "let's focus on the scheduling module"
    {
      match:
        "(let us|let's) #Adverb? (focus|stick|stay) (on|to|with) (the|our) (#Offering|module|product|platform|software)",
    },
    // "we don't really get involved in the training side, that's on you"
    {
      match:
        "(do|does) not #Adverb? (get involved|do|handle|touch|cover|deal with|get into) (in|with)? (the|that|any)? .{0,2} (side|part|piece|stuff|bit)",
    },
    { match: "(that is|it is|that's|it's) on (you|your side|your team|your end)" },
    // "that's not what our product does"
    { match: "not what our (#Offering|product|platform|software|tool|team) (does|do|covers|handles|is for)" },
  ],
})

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "that's a bit beyond our scope so i'll leave it",
    "staffing isn't really our problem to be honest",
    "that's not something we deal with",
    "we really only sell the software",
    "the rest would be up to your team",
    "let's just stick to the platform for today",
    "we don't handle the onboarding piece that's on your team",
    "that's not what our product does so i'd leave it aside",
  ],
  misses: [
    "that's outside on the patio",
    "is that something your team deals with today",
    "we only have ten minutes left",
    "the rest of the team joins at two",
    "let's focus on your rollout plan",
    "it's not our first time working with a hospital",
  ],
}
