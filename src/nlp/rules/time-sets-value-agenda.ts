// Seed, principle 3: the seller makes good use of the conversation by spending it on what is
// valuable to the client and aiming it at a decision.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "time-sets-value-agenda",
  principle: "use-of-time",
  polarity: "up",
  nudge: "Good: a clear use of their time, aimed at a decision.",
  patterns: [
    // The time aimed at the client's own numbers or process: "let's put most of the hour into your
    // scrap numbers", "i'd spend the call on your intake workflow".
    {
      match:
        "(spend|put|use|focus) .{0,3} (time|hour|call|minutes|meeting|session) (on|into) (your|the) .{0,2} #Metric",
    },
    {
      match:
        "(spend|put|use|focus) .{0,3} (time|hour|call|minutes|meeting|session) (on|into) (your|the) .{0,2} #Process",
    },
    // "i'd suggest we spend most of the hour on the forecast gap"
    { match: "(suggest|propose|recommend) (that)? we (spend|use|focus|prioritize|prioritise|dedicate)" },
    // "let me propose an agenda", "here's the plan for our time"
    { match: "(propose|suggest|here is) .{0,2} agenda" },
    { match: "plan for (today|the call|our time|the hour|this call)" },
    // "here's what i'd propose for our time today"
    { match: "(propose|suggest|plan) for (our|the|this) (time|call|hour|meeting|session)" },
    // "let's spend the time on your rollout", "use this slot to work through your numbers"
    {
      match:
        "(use|spend) (this|the|our|today's|today|these) (time|hour|call|slot|meeting|session|minutes|#Value minutes)? (to|on) #Determiner?",
      ifNo: ["#Negative"],
    },
    // "in the interest of your time"
    { match: "in the interest of (your|our)? time" },
    // "by the end of this call we should know…"
    { match: "by the end of (this|the|today's|our) (call|meeting|conversation|session|hour)" },
    // "can we agree that by the end of today we'll know…" (a decision, not a delivery date)
    { match: "by the end of today (we|you|i) (will|would|should|can|need|want|have)" },
    // "i'd like to leave this call with a decision"
    { match: "leave (this|the|today's) (call|meeting|conversation|session) with" },
    // "what would make the next half hour worth it for you"
    {
      match: "what would make (the next|this|the|today's|our) .{0,3} (worth|useful|valuable|worthwhile|good)",
    },
    // "for this to be a good use of your hour"
    { match: "good use of (your|our) (time|hour|afternoon|morning|thirty minutes)" },
    // "what needs to come out of this conversation"
    { match: "(needs|has) to come out of (this|the|today's) (call|conversation|meeting|session)" },
    // "i'd like us to end this call knowing…"
    {
      match:
        "(end|finish|leave|wrap|close) (this|the|today's|our) (call|meeting|conversation|session|hour) (with|knowing|having|on)",
    },
    // "i'd rather spend the half hour on your data"
    {
      match:
        "(use|spend) (the next|our next|this|the|our|today's|these) .{0,2} (time|hour|call|slot|meeting|session|minutes) (to|on|for)",
      ifNo: ["#Negative"],
    },
    // "what do you most need from the next twenty minutes"
    {
      match:
        "(need|want|get|expect|hope) (out of|from) (the next|this|the|today's|our) .{0,2} (call|meeting|conversation|session|hour|minutes|time)",
    },
    // "my goal for today is a clear yes or no"
    {
      match:
        "(my|our|the) (goal|aim|objective|hope|plan|intent) for (today|this call|the call|this meeting|our time|the hour|this session|the next)",
    },
    // "make sure this is useful for you", "can we spend it on the two sites"
    {
      match:
        "(make sure|ensure) (our time|the call|this call|this|the|today|it) (is|will be|stays) (useful|valuable|worth|worthwhile|relevant)",
    },
    {
      match: "(spend|use|focus) (it|this|today|the time|our time|the call|the hour) on",
      ifNo: ["#Negative"],
    },
    // "what would you need to walk away with today"
    {
      match:
        "(walk away|come away|leave) (with|from) (the call|this call|the meeting|our time|this meeting|today|this)",
    },
    { match: "walk away with" },
    // "aim to agree on the pilot scope", "decide on it today"
    { match: "aim to (agree|decide|land|settle|choose|pick|leave)" },
    { match: "(agree|decide) on .{0,4} (today|before|by)" },
    // "let's make the most of the half hour"
    { match: "make the most of (the|our|this|today|your)" },
    // "get to a decision today"
    {
      match:
        "(decision|yes or no|answer|go or no go) (today|by the end|on this call|before we hang up|before we finish)",
    },
    // "keep the background to a minute and spend the rest on your questions"
    {
      match:
        "keep (the|our|my) (background|intro|intros|introductions|overview|pitch|slides|company bit) (short|brief|to|tight)",
    },
    { match: "spend the rest (of the time|of the call|of our time)? on" },
    // "what do you want to get out of today"
    { match: "(get|take) out of (the call|this call|our time|the meeting|this meeting|the hour|today|this)" },
    // "…for it to be worth your time"
    { match: "worth your (time|while|hour|afternoon|morning)" },
    // "by the time we hang up i'd like us to know…"
    { match: "by the time (we|you) (hang up|finish|wrap up|get off|leave|are done)" },
    // "quick proposal for the hour": the seller proposes how the call's time is spent
    {
      match: "(proposal|suggestion|plan) for (the|this|our) (hour|call|meeting|half hour|session|time)",
    },
    // "okay so proposal for today: ten minutes on…"
    {
      match: "(proposal|suggestion) for today",
    },
    // "shall we flip the agenda and start with your questions": the agenda bent toward what the client needs
    {
      match: "(flip|swap|change|reorder|switch) the agenda",
    },
    // "proposal for the next twenty minutes: your questions first, then what procurement needs"
    { match: "(proposal|suggestion|plan) for the (next|remaining|last) #Value? (minutes|half hour|hour)" },
    // "quick agenda proposal: ten minutes on how your approvals work"
    { match: "agenda (proposal|suggestion|idea)" },
    // "let's focus on the one question you need answered before the board"
    {
      match:
        "(let us|let's) (focus|spend|use) .{0,3} on the (one|two|main|key|big) (question|thing|decision|issue)",
    },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description =
  "Sets an agenda around what matters to the client or a decision to reach by the end."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "given you've only got twenty minutes let's focus on the one question you need answered",
    "quick agenda proposal ten minutes on your approvals then what you need decided",
    "quick proposal for the next twenty minutes, your open questions first then what finance needs from us",
    "by the end of today we should know if the two-site trial is worth it",
    "i'd propose we focus the call on the two plants with the worst scrap",
    "here's the agenda i had in mind for today",
    "let's use the time to walk through your q3 numbers together",
    "in the interest of time i'll keep the background to a minute",
    "by the end of the meeting i'd like us to agree whether to run a pilot",
    "what would make this hour worth your while",
    "what has to come out of today's session for you",
    "my aim for this call is to leave with a decision on scope",
    "what do you want out of the next half hour",
    "i'd like to wrap this meeting with a clear next step",
    "let's make the most of the hour and go straight to the backlog",
    "i'll keep the intro short and spend the rest on your questions",
    "by the time we wrap up we should know whether to test this",
    "quick proposal for the hour, ten minutes on how approvals work today and the rest on where money leaks",
    "my suggestion for today is we skip the product and spend it on your renewal numbers",
    "can we flip the agenda today and start with the budget question since that's what's blocking you",
  ],
  misses: [
    "the report will be with you by the end of today",
    "did you get the agenda i sent over",
    "we spent too much on software last year",
    "let's not spend the time on slides",
    "the end of the quarter is busy for us",
    "i'll be in the office by the end of the day",
    "thanks for your time today",
    "what do you want from the cafeteria",
    "my goal for the quarter is ten new logos",
  ],
  paraphrases: [
    "let's put most of the hour into your scrap numbers",
    "i'd rather spend the call on your intake workflow",
  ],
}
