// Seed, principle 5: questions that make the client count or measure their own situation let
// them discover the size and pattern of a problem they live with.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "discovery-quantifies-patterns",
  principle: "discovery",
  polarity: "up",
  nudge: "Good: asking them to put a number on it makes the pattern visible.",
  patterns: [
    // "how many of your last ten deals stalled at legal"
    { match: "how (many|much) of (your|the|those|these|their|our) (last|past|recent)?", clause: "question" },
    {
      match: "how (many|much) of (last|this|next) (year's|month's|quarter's|week's|year|month|quarter)",
      clause: "question",
    },
    // "what percentage of the tickets are repeats"
    { match: "what (percentage|percent|share|proportion|fraction|portion) of", clause: "question" },
    // "have you ever tracked how many hours…"
    {
      match:
        "(have|has|did) (you|anyone|anybody|your #Noun) #Adverb? (tracked|measured|compared|calculated|quantified|looked at|counted|mapped|added up|checked|audited|lined up|timed|tallied|track|measure|compare|calculate|quantify|count|map)",
      clause: "question",
      ifNo: ["website", "site", "brochure", "deck", "invite", "email"],
    },
    // "when did anyone last measure how long onboarding takes"
    {
      match:
        "when (did|was|were) .{0,5} (measure|measured|check|checked|look|looked|review|reviewed|audit|audited|count|counted|track|tracked)",
      clause: "question",
    },
    // "how often does a rush order bump a planned one"
    {
      match:
        "how often (does|do|did|is|are|has|have) .{1,4} (happen|slip|miss|fail|break|stall|bump|come|get|go)",
      clause: "question",
    },
    // "out of the deals you lost, how many went to doing nothing"
    { match: "(out of|of) (the|your|those|all|every) .{1,6} how (many|much)", clause: "question" },
    // "if you took the last thirty tickets how many were repeats"
    { match: "(last|past) #Value? .{0,3} how (many|much)", clause: "question" },
    // "how many hours a week do your planners spend re-keying orders"
    {
      match:
        "how (many|much) (hours|days|minutes|time|#Metric|#PainWord) (a|per|each|every) (week|month|quarter|year|day|shift) .{0,4} (spend|spends|spent|lose|loses|lost|waste|wastes|wasted|burn|burns|sink|sinks)",
      clause: "question",
    },
    // "how many escalations did the night shift log last month" (a count of their own metric)
    {
      match:
        "how (many|much) (#Metric|#PainWord) (did|do|does|has|have|were|was) .{1,5} (last|past|per|a|each|every|this|in)",
      clause: "question",
    },
    // "are those two linked", "is that just a coincidence": asking the client to connect two facts of their own
    {
      match:
        "(those|these|the) two (things|numbers|problems|issues|facts)? (are|were|might be|could be)? (linked|connected|related)",
      clause: "question",
    },
    // "or is that just a coincidence": a pattern put to the client to test
    {
      match: "or (is|was) (that|it) (just)? (a)? coincidence",
    },
    // "how many of the deals you lost last year": counting their own history
    {
      match:
        "how many of the #Plural (you|your team|your reps|they) (lost|won|closed|signed|hired|dropped|churned|missed)",
    },
    // "if you pulled last month's orders, how many came in after the kitchen was slammed"
    { match: "if you (pulled|took|checked|counted|ran|looked) .{1,5} how (many|much)", clause: "question" },
    // "how much of the sick leave you're seeing comes from workload"
    { match: "how (much|many) of the .{1,8} (comes|come) (from|down)" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Asks the client to measure or count a pattern in their own results."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "how much of the sick leave you're seeing would you say comes from workload",
    "if you pulled last month's bookings how many came in after six",
    "how many of your top twenty accounts grew last year",
    "what share of the rework comes from the night shift",
    "have you ever calculated what a lost technician costs you",
    "has anyone compared the close rates of the two regions",
    "when was the churn data last reviewed by region",
    "how often does a rush order bump a planned one",
    "out of the orders that shipped late how many were rush orders",
    "looking at the last fifty returns how many were about sizing",
    "how many hours a week do your planners spend re-keying orders",
    "you told me returns peak in january and staff turnover peaks then too, do you think those two are linked",
    "the branches with the most complaints are they the ones with the newest managers or is that just a coincidence",
    "how many of the tenders you lost last year were decided on price alone",
  ],
  misses: [
    "how many of you are joining the workshop",
    "what part of town is your office in",
    "have you tried the new coffee place",
    "we measured twice before cutting",
    "when did you get back from vacation",
    "how often do you want the status emails",
    "out of the office until monday how about tuesday",
    "how many hours a day is the front desk staffed",
    "the two buildings are linked by a walkway",
  ],
  paraphrases: [
    "how much scrap did line two throw out last quarter compared with line one",
    "roughly how many readmissions did the ward see last month",
  ],
}
