// Seed, principle 6: change before external or internal forces impose a timeline the client did
// not choose; projecting where things go if nothing changes shows that timeline.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "change-projects-consequences",
  principle: "compel-change",
  polarity: "up",
  nudge: "Good: showing where this goes if nothing changes helps them choose their own timing.",
  patterns: [
    // "say nothing changes, what does the overtime bill look like next year"
    { match: "(say|suppose|assume|imagine|picture) nothing (changes|changed|happens|moves)" },
    // "if nothing changes"
    { match: "if nothing (changes|changed|happens|moves|is done)" },
    // "if this stays the way it is"
    {
      match:
        "if (this|that|it|things) (stays|stay|remains|remain|keeps|keep) (the same|the way it is|as is|like this|going|on this path)",
    },
    // "where is this number in twelve months"
    { match: "(where|what) .{0,4} #Metric .{0,6} next (year|quarter)", clause: "question" },
    { match: "(where|what) .{0,4} #Metric .{0,6} #Value (months|years|quarters)", clause: "question" },
    { match: "(where|what) .{0,4} #Metric .{0,6} a year from now", clause: "question" },
    { match: "(where|what) .{0,4} #Metric .{0,6} in a year", clause: "question" },
    // "what happens to your margin if you wait"
    {
      match:
        "what (happens|will happen) (to|if|when) .{0,8} (wait|waits|waiting|renews|breaks|slips|slip|nothing|delay|delays|stays|fails|leaves|quits)",
      clause: "question",
    },
    // "the vendor picks your timeline for you"
    {
      match:
        "(#Noun && !#Pronoun) (will|would|gets to)? (pick|picks|choose|chooses|set|sets|decide|decides|dictate|dictates) (your|the) (timeline|timing|deadline|schedule)",
    },
    // "you're choosing the timeline, not the auditor"
    {
      match:
        "(you get to|you are|you) (choosing|choose|picking|pick|setting|set) (your|the) (own)? (timeline|timing|deadline|schedule)",
    },
    // "before the regulation forces your hand"
    { match: "(before|ahead of) (the|your|a) .{0,2} (forces|force|decides|decide|hits|lands|kicks|catches)" },
    // "if the error rate stays where it is"
    {
      match:
        "if .{0,3} #Metric+ (stays|stay|remains|remain|keeps|continues) (where|the same|the way|as|like|at|on|flat|high|low)",
    },
    {
      match:
        "if .{0,3} #Force+ (stays|stay|remains|remain|keeps|continues) (where|the same|the way|as|like|at|on|flat|high|low)",
    },
    // "the audit will force this anyway", "on your schedule or theirs"
    { match: "(is going to|will|would|could) force (this|it|your hand|you|a change|the issue|the decision)" },
    { match: "(on|at) your (own)? (schedule|timeline|terms|pace) or (theirs|the|someone|somebody)" },
    // "…if they spend another year on maintenance"
    {
      match: "(another|one more) (year|quarter|month|season|cycle|renewal) (of|on|with|in|stuck)",
      clause: "question",
    },
    // "if you stick with the current setup you'll lose another two nurses"
    {
      match:
        "if (you|we|they) (stick|stay|keep|continue|wait|hold|delay|leave|do nothing|don't|do not) .{0,8} (lose|losing|miss|fall|fail|pay|face|end|risk|burn|hit|run|repeat|locked|stuck)",
    },
    // (the cost as a verb: "if you don't track cost centers" names a field, it projects nothing)
    {
      match:
        "if (you|we|they) (stick|stay|keep|continue|wait|hold|delay|leave|do nothing|don't|do not) .{0,8} (will|would|could|might) (cost|costs)",
    },
    // "if you do nothing"
    { match: "(if|when) (you|we|they) (do|keep doing) nothing" },
    // "before you've fixed this"
    {
      match:
        "before (you have|we have|you|we) (fixed|solved|changed|addressed|dealt|sorted|fix|solve|change|address)",
      clause: "question",
    },
    // "if this carries on through peak…"
    {
      match: "if (this|it|that|things) (carries on|continues|keeps going|goes on|drags on|persists|keeps up)",
    },
    { match: "you will be (paying|losing|spending|burning|hiring|rehiring)" },
    // "whether you're ready or not", "on your own terms"
    { match: "whether (you are|you're|you) ready or not" },
    { match: "on your (own)? (terms|timeline|schedule)" },
    // "what does a year of this look like", "if you leave it"
    { match: "(year|years|months|quarter|quarters|another year|another quarter) of this" },
    { match: "if you (ignore|park|shelve|postpone|defer|put off) (it|this|that)" },
    { match: "if you leave (it|this|that) (alone|as is|for now|another|until|longer|be)" },
    { match: "if you leave (it|this|that)$" },
    // "…and you're still on the old contracts"
    { match: "(still|stuck) on the (old|current|existing|legacy|same)" },
    { match: "what happens to your .{1,3} if", clause: "question" },
    // "the audit is coming either way"
    { match: "(coming|happening|going to happen|arriving) (either way|regardless|anyway|no matter what)" },
    // A deadline ahead with today's state still in place: "if job costing is still in spreadsheets
    // by then, you're the one explaining the margin"
    { match: "if .{1,5} still .{0,7} then", ifNo: ["#Logistics", "raise", "reach", "shout"] },
    // Frames over #Metric and #Force: "if readmissions climb past…", "where do tariffs leave your…"
    {
      match:
        "if .{0,3} #Metric+ (climb|climbs|rise|rises|grow|grows|creep|creeps|drift|drifts|slide|slides) (past|above|again|further|another|into|through|any)",
    },
    {
      match:
        "if .{0,3} #Force+ (climb|climbs|rise|rises|grow|grows|creep|creeps|drift|drifts|slide|slides) (past|above|again|further|another|into|through|any)",
    },
    // "if the decision slides past march": what delay does to the client's own dates
    {
      match:
        "if (the|this|that|your) (decision|choice|project|migration|rollout|approval|signoff) (slides|slips|drifts|stalls|waits)",
    },
    // "say you keep patching the old system for two more years": the cost of carrying on, projected
    {
      match:
        "(say|suppose|imagine|picture) you (keep|carry on|stick with|stay on|continue) .{0,6} (another|more|longer|years|year|months|quarters)",
    },
    // "say the manual timesheets stay exactly as they are, what does overtime look like by summer"
    {
      match:
        "(say|suppose|imagine|assume|picture) .{1,5} (stay|stays|remain|remains) (exactly|just)? (as they are|as it is|as is|the same|unchanged|the way they are|the way it is)",
    },
    // "if we don't start by june you're walking in with the same findings": a deadline missed leaves them where they are
    {
      match:
        "if (you|we|they) (do not|don't) (start|begin|act|move|decide|sign|kick off) .{0,4} (by|before|this|in) .{0,8} (same|again|still|walking|walk|stuck)",
    },
    // "whether you choose the migration timeline or the vendor chooses it for you"
    { match: "you (choose|pick|set) the .{0,2} (timeline|timing|date|deadline) or" },
    // "if it renews on the same terms you're locking in another 1.2 million"
    { match: "(locking|lock|locked) (in|yourself into) another" },
    // "if the approvals side stays the same, how many late corrections are you dealing with by next year"
    { match: "(stays|stay|remains|remain) the same .{0,8} how (many|much)" },
    // "waiting till after your budget review probably means you end up in the back hall"
    { match: "#Inaction .{0,7} means you" },
    // "if the reporting isn't sorted by january, your team is doing it all by hand again"
    {
      match:
        "if .{1,4} (is|are) not (sorted|fixed|done|ready|live|finished|resealed|replaced|upgraded|signed) (by|before)",
    },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Projects what happens if nothing changes, or who sets the timeline if they wait."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "suppose nothing changes, where's the backlog by spring",
    "if the reporting isn't sorted by january your team is doing it by hand again",
    "if that roof isn't resealed before winter the insurer will exclude it",
    "if the rota stays the same how many agency shifts are you paying for by christmas",
    "waiting till after the board meets probably means you lose the slot",
    "the question is whether you set the migration timeline or the vendor sets it for you",
    "renew as is and you're locking in another three years of the old rates",
    "suppose the paper rota stays exactly as it is, where is overtime by christmas",
    "if we don't start by march you're walking into the same inspection findings again",
    "if you keep running it by hand it'll cost you a second planner by spring",
    "if nothing is done about attrition you'll be rehiring half the floor by spring",
    "if things stay as is what does the backlog look like next year",
    "where will your cost per claim be a year from now",
    "what happens to the rollout if your lead engineer leaves",
    "if you wait, the audit sets the timeline for you, not you",
    "better to move before the new rule kicks in and decides for you",
    "if turnover stays where it is what does your training budget look like",
    "the regulator will force the issue eventually",
    "if you stick with the spreadsheet you'll lose another quarter of data",
    "if you do nothing what does peak season look like",
    "if this carries on you'll be paying overtime all summer",
    "better to move on your own terms",
    "if you stay on the spreadsheet you'll face the same findings next audit",
    "if the decision slides past march the renewal decides for you and you're locked in another year",
    "say you keep patching the old system for two more years, what does that maintenance bill look like by then",
  ],
  misses: [
    "say nothing about it to the vendor yet",
    "that field is optional, so you can leave it blank if you don't track cost centers",
    "if nothing else comes up i'll see you thursday",
    "what happens next is i send the recap",
    "where are you going on holiday next year",
    "we set the timeline together in the kickoff",
    "before the call i read your annual report",
    "if it stays sunny we'll do the site visit outside",
    "if the weather stays like this we'll eat outside",
    "if you leave it on the table i'll grab it",
    "if you're still having audio trouble by then just dial in",
    "if the price climbs past the quote we'll flag it",
    "if the project moves to the second floor we'll need new badges",
    "say you keep the current seats, the invoice stays the same",
  ],
  paraphrases: [
    "if readmissions stay high into the winter the penalties land on your q3 numbers",
    "what happens to your throughput if the night lead quits in march",
    "if tariffs climb again next spring your landed cost eats the whole margin",
  ],
}
