// Seed, principle 10: counsel means telling the client what the seller would do in their place,
// including advice against buying more.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "counsel-in-your-shoes",
  principle: "counsel",
  polarity: "up",
  description: "Says what the seller would do in the client's position.",
  nudge: "Good: saying what you'd do in their place is counsel they can act on.",
  patterns: [
    // "if i were in your position i'd hold off"
    { match: "if i (were|was) (you|in your|running|in charge|them|your)" },
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
    },
    // "i wouldn't sign a three year deal"
    {
      match:
        "(i would not|i wouldn't) #Adverb? (sign|do|go|buy|start|commit|rush|touch|pick|bet|lock|choose|spend)",
    },
  ],
})

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "if i were running your ops team i'd fix the handoff first",
    "if it was my budget i'd spend it on training",
    "in your shoes i would wait for the new rules to settle",
    "what i'd do first is clean up the vendor master",
    "honestly i'd hold off on the second region",
    "i wouldn't commit to a five year term with anyone",
  ],
  misses: [
    "i'd love to hear more about that",
    "i'd like to introduce my colleague",
    "if i were to guess the call will run long",
    "what i would like is the org chart",
    "i'd be happy to send the notes",
    "i wouldn't know about your parking situation",
  ],
}
