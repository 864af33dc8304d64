// Seed, principle 2: the client knows their stakeholders and how things get decided inside
// their walls; asking for that corrects the seller's own One-Down position.
import { defineRule } from "../rule"

export default defineRule({
  id: "ask-stakeholders-and-decisions",
  principle: "ask-what-they-know",
  polarity: "up",
  description: "Asks who is affected, who decides, and how decisions get made inside the client.",
  nudge: "Good: only they know who decides and who feels it first.",
  patterns: [
    // "who else would need to sign off", "who would champion this internally"
    { match: "who (else|on|from|internally)? .{0,7} (sign|signs|signed|approve|approves|decide|decides|owns|own|champion|push|pushes|involved|feel|feels|lose|loses|care|cares|weigh|block|blocks|veto|fund|funds|resist|resists|hurt|hit|affected|impacted|suffer|suffers|notice|notices)", clause: "question", ifNo: ["next", "join"] },
    // "whose numbers get hit first"
    { match: "whose (numbers|budget|budgets|team|#Metric|job|kpi|kpis|targets|bonus|neck|name)", clause: "question" },
    // "which teams would lose something if this changed"
    { match: "(which|what) (groups|teams|departments|people|#Stakeholder|functions|roles) .{0,4} (lose|win|care|push|block|benefit|resist|feel|involved|object)", clause: "question" },
    // "what would your cfo say"
    { match: "(what|how) (would|will|does|do|did) (your|the) #Stakeholder+ .{0,2} (say|think|push|object|ask|want|worry|care|need|react|see)", clause: "question" },
    // "what would she push back on"
    { match: "(who|what|where) .{0,5} push back", clause: "question" },
    // "how does a decision like this get made", "how do purchases this size get approved"
    { match: "(decision|decisions|purchase|purchases|budget|budgets|approval|approvals|spend|investment|investments|money|funding|priorities|projects|changes) .{0,5} (made|approved|decided|funded|freed|signed|allocated|prioritized|prioritised)", clause: "question" },
    // "how do decisions like this usually work on your side"
    { match: "how (do|does) (decisions|approvals|purchases|budgets|priorities) .{0,4} (work|happen)", clause: "question" },
  ],
  examples: {
    fires: [
      "who else gets hurt when the month end close slips",
      "whose budget would this come out of",
      "which departments would push back hardest on a new workflow",
      "what would your controller think of a phased rollout",
      "how does spend like this normally get approved over there",
      "who would have to sign off on changing the intake form",
      "how do priorities like this usually get decided between the regions",
    ],
    misses: [
      "who's joining the next call from your side",
      "who sent the calendar invite",
      "our cfo approved the budget last year",
      "the decision was made to move the meeting",
      "whose turn is it to present",
      "which teams are you on",
    ],
  },
})
