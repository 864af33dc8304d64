// Seed, principle 7 inverted: asking the client what to do next hands them a journey they have
// walked far less often than the seller has.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "journey-hands-over-process",
  principle: "lead-journey",
  polarity: "down",
  nudge: "Propose the next step yourself: who should join, what to decide, and by when.",
  patterns: [
    // "kind of up to you how you want to run the eval"
    {
      match:
        "up to you how (you|your team|y'all) (want|wanna|would like|prefer) to (run|do|handle|play|structure|approach)",
    },
    // "what do you want to do next"
    { match: "what (do|would) you (want|like) to do (next|from here|now|after this)", clause: "question" },
    // "how would you like to proceed"
    {
      match:
        "how (would|do) you (want|like) to (proceed|move forward|take it from here|take this forward|go from here|play it|handle next steps|go forward)",
      clause: "question",
    },
    // "what are the next steps on your end"
    {
      match:
        "what (are|is) (the|your)? next (step|steps) (on your end|on your side|from your side|for you|from here)?",
      clause: "question",
    },
    // "just tell me how you want to move forward"
    { match: "(tell me|let me know) how you (want|would like) to (move forward|proceed|go|play it)" },
    // "whatever next step you prefer"
    { match: "whatever next (step|steps) you (prefer|want|like|choose)" },
    // "you can decide what you want to do"
    { match: "you (can|could)? (decide|let me know|tell me) (what|how|if) you (want|would like)" },
    // "so where do we go from here"
    { match: "(where|how) do (we|you) (go|proceed|move|take it) from here", clause: "question" },
    // "what would you like the next steps to be"
    {
      match: "what (do|would|will) you (see|want|like|think|have|envision|expect) .{0,3} next (step|steps)",
      clause: "question",
    },
    // "what are you thinking in terms of next steps"
    {
      match: "what .{0,4} you .{0,4} next (step|steps)",
      clause: "question",
      ifNo: ["proposed", "suggested", "outlined", "sent", "shared"],
    },
    // "how shall we proceed"
    {
      match:
        "how (should|do|would|shall) (we|i) (proceed|move forward|go forward|continue|take it from here|play it)",
      clause: "question",
    },
    // "i'll follow up in a couple of weeks and see where you're at"
    { match: "see (where you are|where you're|how you are|if you are|whether you are)" },
    // "so what would you like to do", "how do you picture the next steps"
    { match: "what (do|would) you (want|like) to do$", clause: "question" },
    { match: "how (do|would) you (see|envision|picture|want) .{0,3} next (step|steps)", clause: "question" },
    // "i'll leave the timing up to you"
    { match: "(leave|leaving) .{0,4} up to you" },
    { match: "(leave|leaving) (it|this|that|the ball) in your court" },
    // "happy to follow your process", "we'll fit into your buying process"
    {
      match:
        "(follow|go with|stick to|defer to|work within|fit into) (#ClientSide|whatever) (approval|buying|internal|procurement|purchasing)? #Process",
      notIf: "(policy|policies|security|training|incentive|incentives|culture|habit|habits|compliance)",
    },
    // "we'll follow whatever steps you guys need"
    { match: "(follow|go with|stick to|work to) whatever (steps|#Process) #ClientSide" },
    // "a trial or a second demo? up to you really"
    { match: "up to you (really|entirely|totally|honestly)" },
    { match: "(trial|demo|pilot|call) .{0,4} up to you" },
    { match: "you tell me what the next (step|steps) (should|would|are|will)" },
    { match: "you tell me who (needs|should|has) to (see|be|sign|join)" },
    // "i'm happy to fit in with whatever you usually do"
    { match: "fit (in)? with whatever (you|your)" },
    // "i'll leave it to you to work out who needs to be involved on your side"
    {
      match:
        "leave (it|that|this) (to|with) you to (work out|figure out|decide|sort out|choose) (who|what|how|when|whether|which)",
    },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = 'Hands the buying process back to the client ("what do you want to do next?").'

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "no pressure, it's totally up to you how you want to structure the trial",
    "i'll leave it to you to figure out who else should see it on your side",
    "i'm happy to fit in with whatever you normally do for choosing a provider",
    "so what would you like to do after this",
    "how do you want to move forward",
    "what's the next step from your side",
    "let me know how you'd like to proceed",
    "whatever next steps you prefer works for me",
    "have a think and you can tell me what you want to do",
    "where do we go from here",
    "what do you see as the next steps",
    "what were you thinking for the next steps",
    "how shall we proceed",
    "i'll follow up in a couple of weeks and see where you're at",
    "okay what do you want to do",
    "how do you picture the next steps",
    "i'll leave the timing up to you",
    "happy to follow your process on this",
    "we'll follow whatever steps you guys need",
    "do you want a trial or another demo, up to you really",
    "we could do a pilot or a second call, it's totally up to you",
    "you tell me what the next steps should be",
    "you tell me who needs to see it and i'll send it to them",
  ],
  misses: [
    "it's up to you how many seats, i'd start small though",
    "i'll leave it with you to send the signed copy back when it's printed",
    "what do you want me to cover in the recap",
    "the next steps are in the email i sent",
    "how would you like your coffee",
    "what did you do next after the audit",
    "tell me how the pilot went",
    "let me know how the board meeting goes",
    "what did you think of the next steps i proposed",
    "we will follow your security policy on data handling",
    "your team should follow the onboarding checklist",
    "it's up to you whether finance joins, but teams that bring them in early close faster",
    "you told me the next steps are a security review and a pilot",
  ],
  paraphrases: [
    "honestly we're happy to go with your approval workflow however it runs",
    "we'll fit into your buying process whatever shape it takes",
  ],
}
