// Seed, principle 10: counsel means telling the client what the seller would do in their place,
// including advice against buying more.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "counsel-in-your-shoes",
  principle: "counsel",
  polarity: "up",
  nudge: "Good: saying what you'd do in their place is counsel they can act on.",
  patterns: [
    // "if i were in your position i'd hold off"
    // (not help with the day: "if i were you i'd bring a charger, the hall has few sockets")
    { match: "if i (were|was) (you|in your|running|in charge|them|your)", ifNo: ["#Errand"] },
    // "if it were my call"
    { match: "if it (were|was) (my|me) (call|decision|money|team|plant|budget)?" },
    // "in your shoes i would…"
    { match: "in your (shoes|position|seat|place) (i would|i|i'd)" },
    // "what i would do is…"
    { match: "what i (would|'d) do (in your|if i|here|is|first)" },
    // "honestly i'd start with the night shift"
    {
      match:
        "(i would|i'd) #Adverb? (hold off|push back|go with|be careful|stay away|start|wait|avoid|skip|pilot|keep|prioritize|prioritise|fix|renegotiate|hold|delay|phase)",
      ifNo: ["#Errand"],
      // (not "i'd rather keep this to the tool itself": that narrows the scope)
      notIf: "rather keep (this|it|us|things) (to|on)",
    },
    // "i wouldn't sign a three year deal"
    {
      match:
        "(i would not|i wouldn't) #Adverb? (sign|do|go|buy|start|commit|rush|touch|pick|bet|lock|choose|spend)",
    },
    // "candidly i wouldn't renew the payroll contract"
    {
      match: "(i would not|i wouldn't) #Adverb? #Infinitive",
      notIf:
        "(know|say|mind|think|want|expect|be|have|call|guess|imagine|recommend|suggest|dream|blame|worry|like|love|miss|put it|care|remember|recall|hear|see)",
    },
    // "frankly i'd postpone the second clinic" (#Inaction verbs: wait, postpone, sit on…)
    { match: "(i would|i'd) #Adverb? (#Inaction && #Verb)" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Says what the seller would do in the client's position."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "if i were running your ops team i'd fix the handoff first",
    "if it was my budget i'd spend it on training",
    "in your shoes i would wait for the new rules to settle",
    "what i'd do first is clean up the vendor master",
    "honestly i'd hold off on the second region",
    "i wouldn't commit to a five year term with anyone",
    "candidly i wouldn't renew the payroll contract yet",
  ],
  misses: [
    "if i were you i'd join from the desktop app, the captions are better there",
    "i'd go with the hotel by the harbour for the workshop, it's the only one with parking",
    "i'd love to hear more about that",
    "i'd like to introduce my colleague",
    "if i were to guess the call will run long",
    "what i would like is the org chart",
    "i'd be happy to send the notes",
    "i wouldn't know about your parking situation",
    "i wouldn't say we're the cheapest option out there",
  ],
  paraphrases: [
    "frankly i'd postpone the second clinic until the billing team is settled",
    "if it's me i'd sit on the upgrade until the new fiscal year",
  ],
}
