// Seed, principle 9 inverted: limiting the problem to what the product fixes ("our software takes
// care of that") leaves out the changes the client must make themselves.
import { defineRule } from "../rule"

export default defineRule({
  id: "results-product-fixes-all",
  principle: "holistic-results",
  polarity: "down",
  description: "Claims the product alone solves the problem.",
  nudge: "Say what the product covers and what they'll still need to change: process, owners, incentives.",
  patterns: [
    // "our platform solves that", "the software takes care of all of that"
    { match: "(our|the) (#Offering|system) #Adverb? (solves|fixes|handles|eliminates|covers|automates|removes|resolves) (that|this|it|all|everything|those|them)" },
    { match: "(our|the) (#Offering|system) #Adverb? (takes|take|will take) care of (that|this|it|all|everything|those|them)" },
    // "that problem just goes away"
    { match: "(that|the|this|whole) (problem|issue|headache|pain) #Adverb? (goes away|go away|disappears|disappear|vanishes|is gone|will go away|solves itself)" },
  ],
  examples: {
    fires: [
      "our tool fixes all of that",
      "the platform automatically handles everything you just described",
      "our app takes care of it end to end",
      "once it's live the whole headache goes away",
      "the software eliminates that entirely",
      "our system resolves those in real time",
    ],
    misses: [
      "the system you have today handles invoices fine",
      "your team takes care of that internally right",
      "the problem came up in the audit",
      "our tool needs your data to be clean first",
      "the software team takes care of releases",
      "your platform solves a different problem",
    ],
  },
})
