// Seed, principle 2: the client knows their company better than the seller does; telling them how
// it works inverts who holds that knowledge.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "ask-tells-them-their-business",
  principle: "ask-what-they-know",
  polarity: "down",
  description: "Tells the client how their own company or people work instead of asking.",
  nudge: "Turn the claim into a question: ask how it actually works on their side.",
  patterns: [
    // "i know how procurement works at companies like yours"
    {
      match:
        "i know #Adverb? (how|what) .{0,4} (at|in|for) (companies|places|firms|organizations|organisations|teams|shops|businesses) like (yours|you)",
      clause: "statement",
    },
    // "your team obviously doesn't care about reporting"
    {
      match:
        "your #Noun{1,2} (definitely|obviously|clearly|surely|certainly|never) (#Auxiliary|#Verb|#Negative)",
      clause: "statement",
    },
    // "you don't need to involve your finance people"
    {
      match:
        "(you|they) (do not|will not|would not) need to (involve|ask|check with|loop in|bother|include) (your|the) #Stakeholder",
      clause: "statement",
    },
  ],
})

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "i know what matters to buyers at firms like yours it's always price",
    "your board obviously won't care about the details",
    "your reps clearly don't need more training",
    "you don't need to involve your legal team on this one",
    "i know how budgeting goes in companies like yours",
    "your managers definitely want more dashboards",
  ],
  misses: [
    "how does budgeting work in your company",
    "your team probably knows this better than me",
    "i know how busy your team is this month",
    "your board meets in may right",
    "do you need to involve your legal team",
    "companies like yours usually bring finance in early",
  ],
}
