// Seed, principle 3: the seller makes good use of the conversation by spending it on what is
// valuable to the client and aiming it at a decision.
import { defineRule } from "../rule"

export default defineRule({
  id: "time-sets-value-agenda",
  principle: "use-of-time",
  polarity: "up",
  description: "Sets an agenda around what matters to the client or a decision to reach by the end.",
  nudge: "Good: a clear use of their time, aimed at a decision.",
  patterns: [
    // "i'd suggest we spend most of the hour on the forecast gap"
    { match: "(suggest|propose|recommend) (that)? we (spend|use|focus|prioritize|prioritise|dedicate)" },
    // "let me propose an agenda", "here's the plan for our time"
    { match: "(propose|suggest|here is) .{0,2} agenda" },
    { match: "plan for (today|the call|our time|the hour|this call)" },
    // "here's what i'd propose for our time today"
    { match: "(propose|suggest|plan) for (our|the|this) (time|call|hour|meeting|session)" },
    // "let's spend the time on your rollout", "use this slot to work through your numbers"
    { match: "(use|spend) (this|the|our|today's|today|these) (time|hour|call|slot|meeting|session|minutes|#Value minutes)? (to|on) #Determiner?", ifNo: ["#Negative"] },
    // "in the interest of your time"
    { match: "in the interest of (your|our)? time" },
    // "by the end of this call we should know…"
    { match: "by the end of (this|the|today's|our) (call|meeting|conversation|session|hour)" },
    // "i'd like to leave this call with a decision"
    { match: "leave (this|the|today's) (call|meeting|conversation|session) with" },
    // "what would make the next half hour worth it for you"
    { match: "what would make (the next|this|the|today's|our) .{0,3} (worth|useful|valuable|worthwhile|good)" },
    // "for this to be a good use of your hour"
    { match: "good use of (your|our) (time|hour|afternoon|morning|thirty minutes)" },
    // "what needs to come out of this conversation"
    { match: "(needs|has) to come out of (this|the|today's) (call|conversation|meeting|session)" },
  ],
  examples: {
    fires: [
      "i'd propose we focus the call on the two plants with the worst scrap",
      "here's the agenda i had in mind for today",
      "let's use the time to walk through your q3 numbers together",
      "in the interest of time i'll keep the background to a minute",
      "by the end of the meeting i'd like us to agree whether to run a pilot",
      "what would make this hour worth your while",
      "what has to come out of today's session for you",
    ],
    misses: [
      "did you get the agenda i sent over",
      "we spent too much on software last year",
      "let's not spend the time on slides",
      "the end of the quarter is busy for us",
      "i'll be in the office by the end of the day",
      "thanks for your time today",
    ],
  },
})
