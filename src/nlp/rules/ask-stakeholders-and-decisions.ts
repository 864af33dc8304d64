// Seed, principle 2: the client knows their stakeholders and how things get decided inside
// their walls; asking for that corrects the seller's own One-Down position.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "ask-stakeholders-and-decisions",
  principle: "ask-what-they-know",
  polarity: "up",
  nudge: "Good: only they know who decides and who feels it first.",
  patterns: [
    // Who absorbs a failure there: "when a shipment slips, who hears about it first", "when a
    // claim bounces, who actually picks it up on your side"
    {
      match:
        "when .{1,8} who #Adverb? (hears|picks|finds|notices|deals|handles|owns|fixes|gets|catches|chases|sorts|absorbs|eats|pays)",
      clause: "question",
    },
    // "who else would need to sign off", "who would champion this internally"
    {
      match:
        "who (else|on|from|internally)? .{0,7} (sign|signs|signed|approve|approves|decide|decides|owns|own|champion|push|pushes|involved|feel|feels|lose|loses|care|cares|weigh|block|blocks|veto|fund|funds|resist|resists|hurt|hit|affected|impacted|suffer|suffers|notice|notices)",
      clause: "question",
      start: true,
      ifNo: ["next", "join"],
    },
    // "whose numbers get hit first"
    {
      match: "whose (numbers|budget|budgets|team|#Metric|job|kpi|kpis|targets|bonus|neck|name)",
      clause: "question",
    },
    // "which teams would lose something if this changed"
    {
      match:
        "(which|what) (groups|teams|departments|people|#Stakeholder|functions|roles) .{0,4} (lose|win|care|push|block|benefit|resist|feel|involved|object)",
      clause: "question",
    },
    // "what would your cfo say"
    {
      match:
        "(what|how) (would|will|does|do|did) (your|the)? #Noun? #Stakeholder+ .{0,2} (say|think|push|object|ask|want|worry|care|need|react|see|expect|require)",
      clause: "question",
    },
    // "what would she push back on"
    { match: "(who|what|where) .{0,5} push back", clause: "question" },
    // "how do decisions like this usually work on your side"
    {
      match: "how (do|does) (decisions|approvals|purchases|budgets|priorities) .{0,4} (work|happen)",
      clause: "question",
    },
    // "who's going to be most nervous about the change"
    {
      match:
        "who .{0,6} (nervous|worried|excited|upset|unhappy|affected|impacted|skeptical|resistant|opposed|comfortable|uncomfortable|supportive|responsible|accountable|against)",
      clause: "question",
    },
    // "who said no and why"
    { match: "(said|say|says|saying) no", clause: "question" },
    // "how does something like this get prioritized"
    {
      match:
        "(how|who|what|when|why|where) .{0,8} (prioritized|prioritised|approved|funded|decided|signed|greenlit|budgeted|escalated|vetted|killed|blocked|championed|freed|allocated|released)",
      clause: "question",
      // (not the seller's own purchase timing: "when are you looking to have something signed by")
      notIf: "(looking|hoping|planning|aiming|expecting|wanting|want) to (have|get)",
    },
    // "…before your coo will sign"
    { match: "(before|until|unless) (your|the) #Stakeholder", clause: "question" },
    // "how did that land internally"
    { match: "(how|what|who|why|where) .{0,8} (internally|politically)", clause: "question" },
    // any "who…" question about their people ("who ends up owning this"), but not call logistics
    {
      match: "(who|whose)",
      clause: "question",
      start: true,
      ifNo: [
        "founded",
        "invoice",
        "invoices",
        "billing",
        "call",
        "invite",
        "email",
        "meeting",
        "join",
        "joined",
        "joining",
        "calendar",
        "line",
        "copy",
        "cc",
        "sent",
        "send",
        "speaking",
        "notes",
        "next",
        "zoom",
        "link",
        "there",
        "knows",
        "cares",
        "turn",
        "present",
        "presenting",
        "maker",
        "competitors",
        "customers",
        "clients",
      ],
    },
    // "which of your regional directors would fight this"
    { match: "which of (your|the|their) .{0,2} #Plural", clause: "question" },
    { match: "which of (your|the|their) .{0,2} #Stakeholder", clause: "question" },
    // "how did the decision to keep the old vendor get made"
    { match: "(decision|decisions|choice) .{0,8} (made|happen|happened|come|decided)", clause: "question" },
    // "what's the unwritten rule about buying software"
    { match: "(unwritten|informal|real|actual) (rule|rules|process|way|politics)", clause: "question" },
    // "how do your store managers feel about the new rota"
    {
      match: "how (do|does|would|will|did) (your|the) .{0,2} #Plural (feel|think|react|view|see|respond)",
      clause: "question",
    },
    {
      match:
        "how (do|does|would|will|did) (your|the) .{0,2} #Stakeholder (feel|think|react|view|see|respond)",
      clause: "question",
    },
    { match: "who (besides|apart from|other than|beyond) you" },
    // "who actually wins that argument": how disagreements are settled inside their walls
    {
      match:
        "who (actually|really|usually|normally)? (wins|settles|breaks) (that|the|those|this) (argument|fight|debate|tie|disagreement|call)",
    },
    // "who actually writes the business case that goes to the board": who shapes the decision on paper
    {
      match:
        "who (actually|really|normally|usually|typically)? (drafts|draft|writes|write|prepares|prepare|puts together|owns|builds) (the|that|a)? .{0,2} (paper|papers|case|memo|submission|recommendation)",
      clause: "question",
    },
    // "when a new engineer joins, who actually approves their access today"
    {
      match:
        "who (actually|really|normally|usually|typically) (approves|approve|decides|decide|signs|sign|owns|own|handles|checks|chases)",
      clause: "question",
    },
    // "would it be fair to say the cabinet has the final word, or does the business office steer it"
    { match: "(has|have|gets|get) the final (word|say|call)", clause: "question" },
    // What a named person or "they" on the client's side did, usually does or makes of it:
    // "would anita see this as her problem", "what does he usually say when you query him", "did
    // they argue about whose fault it was". Only the client knows their own people. ("What would
    // they say" is left to discovery: a hypothetical that invites reflection.)
    {
      match:
        "(would|will|does|do|did) (#Person|he|she|they) #Adverb? (see|view|treat|count|call|consider|take|read) (this|that|it|them)",
      clause: "question",
      start: true,
    },
    {
      match: "what (does|do|did) (#Person|he|she|they) #Adverb? (say|do|think|want|ask|expect|need)",
      clause: "question",
      start: true,
      ifNo: ["demo", "call", "meeting", "invite", "email", "slides", "deck"],
    },
    {
      match:
        "did (#Person|he|she|they) #Adverb? (argue|push|object|fight|complain|refuse|resist|blame|dispute|block|veto|question|challenge|accept|agree)",
      clause: "question",
      start: true,
    },
    // "is there anyone else who'd need to be in the room when the board sees this"
    {
      match: "is there (anyone|anybody|someone|somebody) (else)? (who|that)",
      clause: "question",
      start: true,
      ifNo: ["join", "joining", "joined", "invite", "call", "link", "questions", "question", "dial"],
    },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Asks who is affected, who decides, and how decisions get made inside the client."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "when an order ships late, who usually hears about it first",
    "so when a shift goes unfilled, who actually picks it up",
    // the same without the comma a caption often drops (question detection splits it)
    "so when a shift goes unfilled who actually picks it up",
    "would it be fair to say the cabinet has the final word on this",
    "so who actually approves new access requests today",
    "who normally writes the business case that goes to the committee",
    "who else gets hurt when the month end close slips",
    "whose budget would this come out of",
    "which departments would push back hardest on a new workflow",
    "what would your controller think of a phased rollout",
    "how does spend like this normally get approved over there",
    "who would have to sign off on changing the intake form",
    "how do priorities like this usually get decided between the regions",
    "who's likely to be most skeptical of a new scheduling model",
    "how did the last proposal get killed",
    "what would it take before your board is comfortable",
    "who ends up carrying the blame if a shipment is late",
    "which of your plant managers would resist this",
    "how did the choice to build in house come about",
    "how do your store managers feel about the new rota",
    "out of curiosity who besides you gets pulled in when a site opens",
    "when sales and ops disagree on a delivery date who actually wins that argument today",
    "and would anita see this as her problem or as a finance problem",
    "when you query the site lead what does he usually say",
    "did they push back on the camera itself or on the tracking",
    "is there anyone else who'd need to be in the room when the board looks at this",
  ],
  misses: [
    "when we meet on tuesday who gets the invite",
    "sorry who was that who just joined",
    "when was the company started again and who founded it",
    "who should i address the invoice to this year",
    "who writes the release notes on your side, is it still dan",
    "who's joining the next call from your side",
    "who sent the calendar invite",
    "our cfo approved the budget last year",
    "the decision was made to move the meeting",
    "whose turn is it to present",
    "which teams are you on",
    "can you share the file internally after the call",
    "who's on the invite",
    "who's taking notes today",
    "do you have the budget approved",
    "is there anyone else joining us today",
    "what did they say about the demo last week",
    "did she get the invite i sent",
    "would he like a copy of the slides",
  ],
  paraphrases: [
    "how would your ciso react to a cloud only option",
    "whose churn number takes the hit if onboarding slips",
  ],
}
