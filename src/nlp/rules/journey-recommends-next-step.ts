// Seed, principle 7: the seller leads the buyer's journey, recommending the next steps and who
// should be involved rather than waiting to be told.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "journey-recommends-next-step",
  principle: "lead-journey",
  polarity: "up",
  nudge: "Good: you're leading the process instead of waiting for it.",
  patterns: [
    // "who else should be on the next call so we don't lose a week"
    {
      match:
        "who (else)? (should|ought to|needs to|has to) (be on|join|come to|be in|sit in on) the next (call|meeting|session|conversation)",
      clause: "question",
    },
    // "the next step i'd recommend is…"
    { match: "(the|my|our) (next|first) step (i would|i|we) (recommend|suggest|propose)" },
    // "my suggestion for next steps"
    { match: "(suggestion|recommendation|proposal) for (the)? next (step|steps)" },
    // "the next step should be a working session"
    { match: "next step (should|would|could|needs to|has to) be", clause: "statement" },
    // "i'd suggest we loop in procurement"
    {
      match:
        "(suggest|propose|recommend) (that)? we (loop|bring|get|set|schedule|book|do|run|involve|pull|include|start|plan|hold|meet|pick|line)",
      // (not the day's arrangements: "i'd suggest we meet in reception, it's easier to find")
      ifNo: ["#Errand"],
    },
    // "let's book thirty minutes with your controller"
    {
      match:
        "(let us|let's) (set up|line up|book|schedule|set|get|put|arrange) .{0,5} with (your|the) (#Stakeholder|team|#Noun)",
    },
    // "let's schedule that review now"
    {
      match:
        "(let us|let's) (book|schedule|set up|arrange|line up) (that|a|the|an) (review|session|workshop|call|meeting|demo|walkthrough)",
    },
    // "we should get your it lead to confirm…"
    { match: "we should (get|bring|loop|involve|have|include) (in)? (your|the) #Stakeholder" },
    // "who should join the next session"
    {
      match:
        "(who|which #Noun) .{0,4} should (join|be in the room|be on the call|be involved|come|attend|be there)",
      clause: "question",
    },
    // "you'll want legal looking at the terms in parallel"
    {
      match: "(you will|you'll) want (your)? #Stakeholder .{0,3} (in|involved|looking|early|parallel|aboard)",
    },
    // "what i'd do next is…", "the next thing should be a data sample"
    { match: "what (i|we) would (do|suggest|recommend) next" },
    {
      match: "(the|our|my) next (thing|move|step) (should|would|could|needs|has|is|i)",
      clause: "statement",
      // (not a step in a form or a wizard: "in the form the next step is the billing address")
      ifNo: ["form", "wizard", "screen", "page", "field", "checkout", "signup"],
    },
    // "get your controller and ops lead in one room"
    { match: "(get|bring|put) .{0,6} in (one|a|the same) room" },
    // "i'd recommend we put a date on the decision"
    { match: "(recommend|suggest|propose) (that)? we #Verb", ifNo: ["#Errand"] },
    { match: "put a (date|deadline) on" },
    // "who else would need to see the business case"
    {
      match: "who .{0,4} (needs|need|should|has|have|would) to (see|review|read|approve|sign|weigh|join|be)",
      clause: "question",
    },
    { match: "before (it|this|that) goes to (the|your) #Stakeholder" },
    // "so let's start that now"
    { match: "(let us|let's) (start|kick off|begin) (that|this|the #Noun) (now|today|this week|next week)" },
    // "the way i'd sequence this is…"
    { match: "the way (i|we) would (sequence|do|run|approach|structure|stage|phase|order|plan|tackle)" },
    { match: "(sequence|stage|phase) (this|it|things|the work|the rollout|the decision)" },
    // "i'd bring your cfo into the next meeting"
    { match: "#Stakeholder .{0,4} (next|following) (meeting|call|session|conversation|step|round)" },
    // "let's get a working session on the calendar"
    { match: "(get|put|book|lock|pencil|have) .{0,5} on the (calendar|books|diary)", ifNo: ["#Negative"] },
    {
      match:
        "(working session|workshop|deep dive|scoping session|scoping call|review session|walkthrough) with (your|the)",
    },
    // "here's what i'd recommend as next steps"
    { match: "(recommend|suggest|propose) (as|for) (the)? next (step|steps)" },
    // "usually at this point we bring procurement in early"
    {
      match:
        "(at this point|at this stage|from here) (we|you|most teams|teams) (usually|typically|would|should)? (bring|get|loop|involve|do|run|set|pull|schedule)",
    },
    { match: "bring #Stakeholder+ in (early|now|first|sooner)" },
    // "the smart move is to get legal the draft now"
    {
      match:
        "the (smart|right|best|logical|sensible) (move|step|play|thing to do|sequence) (is|would be|here)",
    },
    // "who should i invite to the follow up"
    { match: "who should (we|i) (bring|invite|include|loop|involve|add|get)", clause: "question" },
    // "let me suggest a plan", "we meet with your controller on tuesday"
    { match: "(suggest|propose|lay out|sketch) a (plan|path|sequence|timeline)" },
    { match: "(meet|sit down|get together) with your #Stakeholder" },
    // "get procurement involved early rather than late"
    {
      match:
        "(get|bring|loop|have) #Stakeholder+ (involved|in|on board|engaged) (now|early|first|sooner|up front|from the start)",
    },
    // "so let's do that next week"
    {
      match:
        "(let us|let's) (do|schedule|book|set up|plan) (that|this|it) (next week|this week|tomorrow|on monday|on tuesday|on wednesday|on thursday|on friday|before)",
    },
    // "i'd bring in your director of engineering", "let's get your security team the documents"
    {
      match: "(would|us) (bring in|want|get|put|have|loop in|pull in) your #Stakeholder",
      clause: "statement",
    },
    {
      match: "(would|us) (bring in|want|get|put|have|loop in|pull in) your . #Stakeholder",
      clause: "statement",
    },
    // "what i'd recommend is we agree the success metrics now"
    { match: "what (i|we) would (recommend|suggest|propose) is" },
    // "we need your CFO and the head of claims in a room": who must join, named by the seller
    {
      match: "(need|get|want|bring) (your|the) .{1,8} in (a|one) room",
    },
    // "before you get quotes from anyone, get your accounts person to pull twelve months of data"
    { match: "before you (get|ask for|collect|request) (quotes|prices|pricing|proposals|bids) from" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Recommends a concrete next step and who should be part of it."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "who else should be on the next call so we don't lose a week",
    "before you get quotes from anyone have your accounts person pull a year of fuel data",
    "the first step i'd suggest is a data audit with your ops team",
    "my recommendation for next steps is a two week pilot",
    "the next step should be getting security comfortable",
    "i'd propose we bring your controller into the next conversation",
    "let's set up an hour with your it team next week",
    "who from finance should be on the call next time",
    "you'll want procurement involved early on this",
    "what i would do next is get legal and finance in the same room",
    "the next move should be a scoping call with your it lead",
    "who would need to review the proposal before it goes to the board",
    "the way i'd sequence this is legal first then a pilot",
    "let's get a scoping session with your ops team on the calendar",
    "here's what i'd suggest as next steps",
    "the smart move is to get security the documents now",
    "who should i invite to the follow up",
    "get procurement involved early rather than late",
    "i'd loop in your cfo before we scope anything",
    "before we talk numbers we need your finance lead and the head of operations in a room for half an hour",
  ],
  misses: [
    "who was on the last call",
    "can i suggest we take five minutes, i think your colleague needs to jump on another call",
    "i'd suggest we meet in reception, it's easier to find than the room upstairs",
    "i'd suggest we swap to the other link, this one keeps freezing",
    "in the form the next step is only the billing address then you are done",
    "what are the next steps on the calendar",
    "let's see how the week goes",
    "we should get lunch sometime",
    "i'll set up the room for thursday",
    "my recommendation engine example was just a joke",
    "who was on the call last week",
    "the next thing on my list is lunch",
    "the next thing on the calendar is lunch",
    "we need the projector in the room by nine",
  ],
  paraphrases: [
    "i'd get your ciso into the following session so security isn't a surprise later",
    "you'll want your sponsor looking at the business case early not the week before signing",
  ],
}
