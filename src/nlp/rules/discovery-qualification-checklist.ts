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
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Runs a qualification checklist: budget, decision maker, authority."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
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
  ],
  misses: [
    "the budget spreadsheet was helpful",
    "we kept the pilot under budget",
    "who should be involved when the decision gets made",
    "you mentioned the budget review is in march",
    "the decision makers meet on tuesday",
    "is there parking at your office",
    "you made the right call",
    "you'd be the one running the pilot, so let's plan the first week around your rota",
    "the authority signs off every tender in march",
  ],
  paraphrases: [
    "quick one before we go further are you the executive sponsor on this",
    "so are you the sponsor for this or is there someone above you",
  ],
}
