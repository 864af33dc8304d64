// one-up.md, discovery down signals: checklist qualification (budget, authority) serves the
// seller's forecast, not the client's understanding.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "discovery-qualification-checklist",
  principle: "discovery",
  polarity: "down",
  nudge: "Skip the checklist: ask what a fix would be worth to them and who feels the problem first.",
  patterns: [
    // "do you have a budget for this"
    { match: "(do|does) (your #Noun|you guys|you) have (a|the|any)? budget", clause: "question" },
    { match: "(have|has) (your #Noun|you guys|you) got (a|the|any)? budget", clause: "question" },
    // "is there a budget yet"
    { match: "(is|was) there (a|any)? budget", clause: "question" },
    // "what's your budget for this"
    { match: "what is (your|the) budget", clause: "question" },
    // "how much budget have you set aside"
    { match: "how much (budget|money) (do|does|have|has|is|are|did)", clause: "question" },
    { match: "budget (set aside|allocated|earmarked)", clause: "question" },
    // "are you the decision maker", "who's the final decision maker"
    {
      match: "(are you|is it you|who is|is he|is she|is that) the (final|ultimate|main|key)? decision maker",
      clause: "question",
    },
    // "do you have signing authority"
    {
      match: "(do|does) (you|he|she) have (the)? (authority|signing authority|sign off authority)",
      clause: "question",
    },
    // "are you the one who makes the decision"
    {
      match:
        "(are you|is it you|is that you|would you be|will you be) the (one|person) (who|that) (makes|signs|decides|approves|has)",
      clause: "question",
    },
    // "who makes the final decision"
    {
      match:
        "(who is|who makes|who has) the (final|last|ultimate)? (decision maker|sign off|decision|call|say)",
      clause: "question",
    },
    // "is there funding set aside for a project like this", "are you the one making the decision"
    {
      match:
        "(money|funds|funding|dollars|spend) (set aside|allocated|earmarked|available|approved|budgeted)",
      clause: "question",
    },
    {
      match:
        "(are you|is it you|is that you) the (one|person|guy) (who|that)? (makes|making|signs|signing|decides|deciding|approves|approving|has|calls)",
      clause: "question",
    },
    // "so you'd be the one signing off on this, yeah?": the authority box as a tag question
    {
      match: "you would be the (one|person|guy) (signing|making|deciding|approving|who|that)",
      clause: "question",
    },
    // "a few quick ones for my notes: budget, authority, need, timeline" (the BANT list, named)
    { match: "(bant|budget authority)" },
    // "have you allocated a budget yet"
    { match: "(set|got|allocated|approved|secured) (a|the|any)? budget", clause: "question" },
    // "are you the executive sponsor on this" (the authority box, through the stakeholder class)
    {
      match: "(are you|is it you|is that you|would you be) the (final|ultimate|main|key|only)? #Stakeholder",
      clause: "question",
      ifNo: ["who else", "besides"],
    },
    // "are you the one with signing authority", "is there someone above you i should be talking to"
    {
      match: "(are you|is it you) the (one|person) with (the)? (signing|sign off)? authority",
      clause: "question",
    },
    {
      match: "(are you|is it you) the (one|person) (who|that) would (sign|decide|approve|make|have)",
      clause: "question",
    },
    { match: "(someone|somebody|anyone) above you", clause: "question" },
    // "have the funds been sanctioned", "have you got money put aside", "is there money for it"
    {
      match: "(funds|funding|money|budget) .{0,3} (sanctioned|approved|allocated|earmarked)",
      clause: "question",
    },
    { match: "(money|funds|budget|funding) (put|set|squirrelled|tucked) aside", clause: "question" },
    { match: "is there (money|funding|budget|cash) for (it|this|that)", clause: "question" },
    // "how much were you thinking of spending, just a ballpark"
    {
      match:
        "how much (were|are|was) (you|your team) (thinking|looking|planning|hoping|expecting|wanting) (of|to)? (spend|spending|invest|investing)",
      clause: "question",
    },
    // "just to qualify the opportunity", "see if you're a fit for our icp"
    { match: "to qualify (you|the opportunity|the deal|this opportunity|the lead)" },
    { match: "(a fit|fit) for (our|the) (icp|ideal customer profile)" },
    { match: "(qualifying|standard) questions" },
    {
      match: "is it (yourself|you) (that|who) (approves|signs|decides|makes|holds|controls)",
      clause: "question",
    },
    // "is the sign-off yours, or does it go up to someone else": the authority box as a question
    { match: "is the (sign off|signoff|decision|budget|final say|final call) yours", clause: "question" },
    // "what's your tech stack, just so i can fill in my notes": questions asked for the seller's form
    { match: "so i can fill (in|out) (my|the|this|our) (notes|form|crm|sheet|template|boxes)" },
    // "are you the one with signing authority"
    { match: "you .{0,4} (signing|spending|budget) authority" },
    // "how much have you set aside for advertising this year"
    {
      match:
        "how much (have you got|have you|do you have|you have) #Adverb? (set aside|budgeted|allocated|earmarked|got set aside)",
      clause: "question",
    },
    // "just for my form, how many employees have you got"
    { match: "for my (form|notes|crm|records|sheet|paperwork)" },
    // "would you be the one making the call on this, or is there someone else"
    {
      match:
        "(would|will|are) you be the (one|person) (making|signing|taking|who makes|who signs) (the|this)? (call|decision|sign off|signature)",
    },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Runs a qualification checklist: budget, decision maker, authority."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "not to be presumptuous, but would you be the one making the decision",
    "just for my form how many employees have you got",
    "just to check are you the one with signing authority",
    "roughly how much have you set aside for this next year",
    "which crm are you on just so i can fill in my notes",
    "and is the final say yours or does it go further up",
    "would you be the person who signs off on the spend",
    "have you got any budget for this kind of thing",
    "is there budget available this year",
    "what's the budget you're working with",
    "how much money is set aside for the project",
    "are you the final decision maker here",
    "do you have the authority to sign",
    "is it you who makes the final call",
    "who makes the final call on vendors",
    "is there funding set aside for a project like this",
    "are you the one who decides on vendors",
    "have you allocated a budget yet",
    "and just so i have it right you'd be the one signing off on the spend, yeah?",
    "couple of quick ones for the crm budget authority need timeline",
    "so are you the person with signing authority on this",
    "are you the one who'd approve it or is there someone above you i should loop in",
    "have the funds been approved for this yet",
    "have you got money set aside for the switch this year",
    "roughly how much are you looking to spend on this",
    "i just want to qualify the opportunity before we go further",
    "a few qualifying questions first seats region and contract end date",
    "so is it yourself that signs off the spend",
  ],
  misses: [
    "you'll be the one making the call to the carrier then",
    "the budget spreadsheet was helpful",
    "we kept the pilot under budget",
    "who should be involved when the decision gets made",
    "you mentioned the budget review is in march",
    "the decision makers meet on tuesday",
    "is there parking at your office",
    "you made the right call",
    "you'd be the one running the pilot, so let's plan the first week around your rota",
    "the authority signs off every tender in march",
    "the funds were approved in march so the rollout starts in may",
    "how much were you spending on agency temps before the new rota",
    "there's someone above you in the approval chain, so who should join the next call",
    "is it you that trains the new starters",
  ],
  paraphrases: [
    "quick one before we go further are you the executive sponsor on this",
    "so are you the sponsor for this or is there someone above you",
  ],
}
