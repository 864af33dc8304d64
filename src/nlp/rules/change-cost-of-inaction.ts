// Seed, principle 6: the seller helps the client decide to change before outside forces decide;
// putting a price on standing still makes that cost visible.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "change-cost-of-inaction",
  principle: "compel-change",
  polarity: "up",
  nudge: "Good: a price on standing still makes the decision real.",
  patterns: [
    // "what does that add up to over a quarter"
    {
      match:
        "what (does|would|will) (that|it|this) (add up to|come to|work out to|cost you|cost) (over|across|in|per|each|every) (a|the|one)? (quarter|year|month|season|cycle)",
      clause: "question",
    },
    // "what is the workaround costing you"
    {
      match:
        "(what|how much) (is|are|was|were|does|do|will|would|has|have|did) .{0,5} (costing|cost) (you|your)",
    },
    // "the cost of waiting"
    {
      match:
        "cost of (waiting|doing nothing|inaction|delay|delaying|standing still|not acting|not changing|the status quo)",
    },
    // "doing nothing isn't free"
    {
      match:
        "(doing nothing|waiting|standing still|the status quo) (is not|has not|is|isn't|has) .{0,2} (free|cheap|option|costless|cost|price)",
    },
    // "every month this waits…", "every quarter you stay on the old system…"
    {
      match:
        "every (month|quarter|week|year|day|cycle|season) (this|you|it|that|we) (wait|waits|stay|stays|delay|delays|hold|holds|sit|sits|slip|slips|push|pushes)",
    },
    // "every month this carries on you're paying for two systems"
    { match: "every (month|quarter|week|year|day|cycle|season) (this|it|that) (carries|goes|drags) on" },
    { match: "every (month|quarter|week|year|day|cycle|season) (this|it|that) (continues|persists|lingers)" },
    // "the longer the old system stays the more it costs"
    {
      match:
        "the longer (you|we|it|this|that|the) .{0,6} the (more|harder|bigger|worse|pricier|costlier|riskier)",
    },
    // "how much is each week of delay worth"
    {
      match:
        "(each|every|per|a) (week|month|quarter|day|year) of (delay|waiting|inaction|downtime|doing nothing)",
    },
    { match: "(delay|waiting|inaction) (worth|cost|costs|costing)" },
    // "each quarter on the old contract costs you a full salary"
    { match: "(each|every) (week|month|quarter|year|day) .{0,5} (costs|cost|costing) (you|your|the|us)" },
    { match: "(old|current|manual|existing|legacy) .{0,3} (costs|costing) you" },
    // "each month without a fix is thirty grand in lost billings"
    {
      match:
        "(each|every|per) (week|month|quarter|day|year) (without|of|on|with|in) .{0,6} (lost|losing|cost|costs|worth|grand|thousand|dollars|million)",
    },
    {
      match:
        "in lost (revenue|billings|sales|margin|deals|customers|hours|productivity|time|orders|business)",
    },
    // "delaying means another quarter of carrying both licences"
    {
      match:
        "(waiting|delaying|holding off|pushing it) (another|a|one more)? (year|quarter|month|six months)? (means|costs|will cost|is costing)",
    },
    { match: "another (year|quarter|month|season) of (paying|running|losing|living|carrying|fighting)" },
    // Frames over #Inaction: a figure per period spent only to stay put ("three hundred hours a
    // year just to stand still"), or money leaking out per period
    {
      match: "#Value .{0,4} (a|per|each|every) (day|week|month|quarter|year) .{0,4} (to|for) #Inaction",
    },
    {
      match:
        "#Value .{0,3} (a|per|each|every) (week|month|quarter|year) .{0,2} (leaking|walking|bleeding) out",
    },
    // "postponing the switch is burning forty hours a week", "meanwhile it keeps draining…"
    {
      match: "#Inaction .{0,4} (costing|burning|draining|bleeding|eating|leaking|wasting)",
      clause: "statement",
    },
    // "each week you wait adds…", "real money every quarter you leave it"
    { match: "(#Inaction && #Duration) (you|we|they) (#Inaction && #Verb)" },
    // "every month the logs stay on paper is another month an inspector can write you up"
    { match: "#Inaction .{0,6} is another (day|week|month|quarter|year|season|cycle)" },
    // "has anyone put a number on what that exposure costs": asking the client to price the status quo
    {
      match:
        "(anyone|anybody|someone|somebody|you|ever) (put|putting|puts) a (number|price|figure|cost|value) on (what|that|this|the|it)",
    },
    // "every month the old core stays, you pay two vendors": the bill for standing still, per period
    {
      match:
        "(every|each) (month|quarter|week|year|day) .{1,5} (stays|stay|remains|remain|runs|run|sits|sit|lives|live) .{0,3} (you|your) .{0,2} (pay|lose|spend|burn|carry|waste)",
    },
    // "have you ever put a dollar figure on that": asking the client to price the status quo
    {
      match:
        "(anyone|anybody|someone|somebody|you|ever) (put|putting|puts) a (dollar|euro|pound|money|cash|rough|real) (number|price|figure|cost|value|amount) on",
    },
    // "you're one breakdown away from another hire bill": the risk carried by standing still
    { match: "(you are|you're) one #Noun away from" },
    // "every month the data stays in spreadsheets is another tender you can't bid on"
    { match: "(every|each) (month|quarter|week|year) .{1,6} (stays|stay|remains|remain) .{0,4} is another" },
    // "every month the manual reconciliation carries on, it's two people's week gone"
    { match: "(every|each) (month|quarter|week|year) the .{1,3} (carries|goes|drags) on" },
    // "have you ever worked out what an empty desk costs you per month"
    { match: "(worked out|calculated|figured out|added up) what .{1,5} (costs|cost) you" },
    // "the risk with waiting for the new ceo to settle in"
    { match: "the risk (with|of|in) (waiting|holding off|delaying|doing nothing|standing still)" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Puts a cost on the status quo or on waiting."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "so three people re-keying every week, what does that work out to over a year",
    "have you ever worked out what an empty desk costs you per month",
    "the risk with waiting for the new director is that your best people leave",
    "every month the manual matching carries on it's two people's week gone",
    "every month those two vans run past service you're one breakdown away from a hire bill",
    "every quarter the rota stays on paper is another audit finding",
    "every quarter the paper forms stay you lose another week of billing",
    "has anyone put a rough number on what those re-keyed claims cost",
    "what are the manual reconciliations costing your team each month",
    "how much did the last recall cost you all in",
    "every month this carries on you're paying for two systems that do the same job",
    "the cost of standing still here is roughly two hires a year",
    "waiting isn't free it just doesn't show up on a report",
    "every week you delay the switch the backlog grows by a few hundred",
    "the longer you run both systems the harder the cutover gets",
    "what's each month of delay costing the business",
    "every quarter on the legacy platform costs you an engineer",
    "each week without a fix is about ten grand in lost orders",
    "delaying means another quarter of carrying both licences",
    "has anyone put a number on what that exposure costs you if the auditor shows up",
  ],
  misses: [
    "what does that cost per seat",
    "what does the starter plan cost",
    "every year it goes to the same committee in june",
    "the cost of the license is on the quote",
    "every month we send a usage report",
    "how much did the flight cost",
    "the longer version of the deck is in the folder",
    "waiting room links are in the invite",
    "each month we review the costs together",
    "it's twelve dollars a month per seat for the starter plan",
    "we bill each quarter for the seats you actually use",
    "i'll put a price on the second site and send it over",
  ],
  paraphrases: [
    "postponing the switch is burning roughly forty hours of overtime a week",
    "that's ninety grand a year in agency fees just to kick the can",
    "each quarter you postpone is another quarter the auditors find the same gaps",
  ],
}
