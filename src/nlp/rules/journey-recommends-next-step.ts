// Seed, principle 7: the seller leads the buyer's journey, recommending the next steps and who
// should be involved rather than waiting to be told.
import { defineRule } from "../rule"

export default defineRule({
  id: "journey-recommends-next-step",
  principle: "lead-journey",
  polarity: "up",
  description: "Recommends a concrete next step and who should be part of it.",
  nudge: "Good: you're leading the process instead of waiting for it.",
  patterns: [
    // "the next step i'd recommend is…"
    { match: "(the|my|our) (next|first) step (i would|i|we) (recommend|suggest|propose)" },
    // "my suggestion for next steps"
    { match: "(suggestion|recommendation|proposal) for (the)? next steps?" },
    // "the next step should be a working session"
    { match: "next step (should|would|could|needs to|has to) be" },
    // "i'd suggest we loop in procurement"
    { match: "(suggest|propose|recommend) (that)? we (loop|bring|get|set|schedule|book|do|run|involve|pull|include|start|plan|hold|meet|pick|line)" },
    // "let's book thirty minutes with your controller"
    { match: "(let us|let's) (set up|line up|book|schedule|set|get|put|arrange) .{0,5} with (your|the) (#Stakeholder|team|#Noun)" },
    // "let's schedule that review now"
    { match: "(let us|let's) (book|schedule|set up|arrange|line up) (that|a|the|an) (review|session|workshop|call|meeting|demo|walkthrough)" },
    // "we should get your it lead to confirm…"
    { match: "we should (get|bring|loop|involve|have|include) (in)? (your|the) #Stakeholder" },
    // "who should join the next session"
    { match: "(who|which #Noun) .{0,4} should (join|be in the room|be on the call|be involved|come|attend|be there)", clause: "question" },
    // "you'll want legal looking at the terms in parallel"
    { match: "(you will|you'll) want (your)? #Stakeholder .{0,3} (in|involved|looking|early|parallel|aboard)" },
  ],
  examples: {
    fires: [
      "the first step i'd suggest is a data audit with your ops team",
      "my recommendation for next steps is a two week pilot",
      "the next step should be getting security comfortable",
      "i'd propose we bring your controller into the next conversation",
      "let's set up an hour with your it team next week",
      "who from finance should be on the call next time",
      "you'll want procurement involved early on this",
    ],
    misses: [
      "what are the next steps on your side",
      "let's see how the week goes",
      "we should get lunch sometime",
      "i'll set up the room for thursday",
      "my recommendation engine example was just a joke",
      "who was on the call last week",
    ],
  },
})
