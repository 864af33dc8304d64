// Seed, principle 2: the client knows what was tried before and what is possible inside their
// four walls; the seller can only learn it by asking.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "ask-history-and-constraints",
  principle: "ask-what-they-know",
  polarity: "up",
  nudge: "Good: their history and constraints are theirs to tell, and you need them.",
  patterns: [
    // "is there anything inside procurement that usually slows a new vendor down"
    {
      match:
        "is there (anything|anyone|something|someone) (inside|within|in #Stakeholder|on your side|at your end) .{0,3} (that|who) #Adverb? (slows|blocks|holds|stalls|kills|trips|delays)",
      clause: "question",
    },
    // "what did your team try last time", "what have you tested so far"
    {
      match:
        "what (did|have|has) .{0,3} (try|tried|attempt|attempted|test|tested|pilot|piloted|consider|considered)",
      clause: "question",
    },
    // "what's been tried before"
    { match: "what (has|is)? been (tried|attempted|done|considered)", clause: "question" },
    // "why did it fizzle out"
    {
      match:
        "why (did|does|do|has|have|would) .{1,4} (stop|stall|fail|fizzle|die|stick|stopped|stalled|failed|fizzled|died|stuck|work)",
      clause: "question",
    },
    // "what happened the last time you switched"
    {
      match: "what happened (the last time|last time|when|after|before|last year|the first time)",
      clause: "question",
    },
    // "could you tell me a bit about what happened, just so i understand where it fell through"
    {
      match: "(tell|talk|walk) me #Adverb? (a bit|a little|more)? (about|through) what happened",
      clause: "question",
    },
    // "what got in the way"
    { match: "(got|get|gets|stood|stand|stands|came|come|comes) in the way", clause: "question" },
    // "you mentioned the rollout didn't stick, what happened there"
    { match: "what happened (there|with that|with it|after that|to it|to that)", clause: "question" },
    // "what's stopped this from getting funded"
    {
      match:
        "what (has|is)? (stopped|stopping|blocked|blocking|prevented|killed|stalled) (this|it|that|you|the)",
      clause: "question",
    },
    // "what are the politics around…", "what's the real constraint here"
    {
      match:
        "(constraint|constraints|politics|blocker|blockers|obstacle|obstacles|roadblock|roadblocks|barrier|barriers|sensitivities|red lines|non negotiables|limits|sticking point)",
      clause: "question",
    },
    // "why didn't the last attempt stick"
    {
      match: "(last|previous|past|earlier|first) (attempt|try|project|rollout|initiative|vendor|effort|go)",
      clause: "question",
    },
    // "what's realistic inside your four walls"
    {
      match:
        "(inside|within) your (four walls|walls|org|organization|organisation|company|business|team|group)",
      clause: "question",
    },
    // "what's possible on your side"
    { match: "what is (possible|realistic|feasible|doable|off the table|on the table)", clause: "question" },
    // "what have you already ruled out", "what did you look at before"
    {
      match:
        "(what|why|how|who|which|where) .{0,6} (already|previously|historically|ruled|tried|attempted|considered|looked)",
      clause: "question",
      ifNo: ["know", "heard", "familiar"],
    },
    {
      match: "(look|looked|considered|evaluated|tried) at? (before|previously|last time|last year)",
      clause: "question",
    },
    // How their work gets done now: "how do you handle returns today", "how does a return get
    // handled at the moment"
    {
      match:
        "how (do|does) (you|your #Noun|they|the team) #Adverb? (handle|manage|deal with|process|track|run|schedule|approve|price|report|plan|staff|route|organise|organize|check) .{1,4} (today|now|currently|nowadays)",
      clause: "question",
    },
    {
      match:
        "how (do|does) (a|an|the|your)? #Noun+ (get|gets) #Adverb? (handled|done|processed|approved|tracked|managed|escalated|routed|booked|signed off|checked|priced)",
      clause: "question",
    },
    // "how have you handled this in the past"
    {
      match:
        "how (have|did|do) (you|your #Noun|they) (handle|handled|deal|dealt|approach|approached|tackle|tackled|manage|managed|solve|solved) (this|it|that|these|those)",
      clause: "question",
    },
    // "what's made it hard to fix until now"
    {
      match: "(made|makes|make) it #Adverb? (hard|difficult|tough|tricky|impossible|slow)",
      clause: "question",
    },
    // "where would the resistance come from on the shop floor"
    { match: "(pushback|resistance|objections|concerns|buy in|buy-in)", clause: "question" },
    // "what made people stop using it", "who pulled the plug on it"
    {
      match:
        "what made (people|them|folks|everyone|everybody|you|the #Noun|your #Noun) (stop|quit|abandon|drop|give up)",
      clause: "question",
    },
    { match: "(pulled|pull|pulls) the plug on (it|that|this|them)", clause: "question" },
    {
      match:
        "(pulled|pull|pulls) the plug on the? (#Process|#Offering|project|pilot|rollout|initiative|program|programme)",
      clause: "question",
    },
    // "why did the onboarding overhaul get shelved" (#Process: the change that stalled; compromise
    // cannot follow `.{0,6}` with a tag OR group, so one pattern per tag)
    {
      match: "(what|why|how) .{0,6} #Process .{0,4} (stalled|failed|stopped|scrapped|shelved)",
      clause: "question",
    },
    // "how come the old scheduling software got scrapped" (#Offering: the tool that was dropped)
    {
      match: "(what|why|how) .{0,6} #Offering .{0,4} (stalled|failed|stopped|scrapped|shelved)",
      clause: "question",
    },
    // "when your qa team pushed back before, what was the real objection"
    {
      match:
        "what (was|were|is) the (real|actual|main|underlying)? (objection|objections|pushback|sticking point|blocker)",
      clause: "question",
    },
    // "how does your sales team actually follow up on event leads today"
    {
      match:
        "how (does|do) your .{1,3} (actually|really|currently) (follow|handle|run|work|deal|manage|decide|approve|process|chase)",
      clause: "question",
    },
    // "how does the handover from sales to the print floor work today"
    { match: "how (does|do) the #Process .{0,8} (work|run|happen)", clause: "question" },
    // Asking the client to lay out how their own process runs: "walk me through how you reconcile
    // diesel at month end", "talk me through the last time it went wrong" (not "walk me through
    // what you guys do": what their company does is on its website)
    {
      match: "(walk|talk|take|run) me (through|over) (how|the way|the last time|what happens|the #Process)",
      ifNo: [
        "link",
        "invite",
        "login",
        "password",
        "slides",
        "deck",
        "agenda",
        "contract",
        "pricing",
        "proposal",
        "quote",
        "invoice",
      ],
    },
    // (a pattern of its own: an optional term inside a multi-word choice never matches)
    { match: "(walk|talk|take|run) me (through|over) your #Adjective? #Process" },
    // Whether anyone inside has already acted: "has anyone ever trialled a different pattern",
    // "has anybody costed the overtime", "i'm curious whether anybody actually looks at that
    // screen". Only the client can say what their people did or do.
    {
      match:
        "(has|have|did) (anyone|anybody|someone|somebody|nobody) (ever|already|actually|really|yet)? #Verb",
      clause: "question",
      start: true,
      ifNo: ["questions", "question", "joined", "join", "link", "invite", "hear", "heard"],
    },
    {
      match: "(whether|if) (anyone|anybody|someone|somebody) (ever|already|actually|really)? #Verb",
      clause: "question",
      ifNo: ["questions", "question", "joined", "join", "joining", "link", "invite", "hear", "minutes"],
    },
    // What set off something that happened there: "what made it fall apart", "what made that
    // change", "what made things slip". (The client as the subject is a motive question, not a
    // history: "what made you take the call".)
    {
      match: "what (made|caused|drove|pushed) (that one|this one|it|that|this|things|them) #Adverb? #Verb",
      clause: "question",
      start: true,
    },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description =
  "Asks what was tried before, what got in the way, and the constraints inside the client."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "what made that one stall out in the end",
    "is there anything in legal that usually holds these up",
    "how do you handle returns today",
    "how does a return get handled today",
    "before we talk stands how does your sales team actually follow up on leads today",
    "how does the handover from your sales office to the floor work today",
    "when finance pushed back last year what was the real objection",
    "you said the old portal never took off, what happened with that",
    "what have you already tried to bring the error rate down",
    "why did the last rollout stall",
    "what happened when you tried to centralize scheduling",
    "what usually gets in the way when you change a process there",
    "what are the constraints on hiring this year",
    "what's feasible for your team before the summer",
    "what's been attempted so far on the returns problem",
    "which options have you already ruled out",
    "which options did you look at before",
    "what's been the biggest blocker when you've tried this before",
    "what went wrong with the previous rollout",
    "how have you handled this in the past",
    "what's made it so hard to fix until now",
    "where would the resistance come from on the shop floor",
    "what made the nurses stop using the old app",
    "who pulled the plug on the pilot",
    "has anyone ever trialled a different shift pattern, even on one line?",
    "and has anybody actually costed what the overtime does to retention",
    "i'm curious whether anybody actually reads that exception report during the day",
    "okay and what made it fall apart after three months?",
    "walk me through how you reconcile fuel at month end please",
    "can you talk me through the last time a shift went unfilled",
    "i was wondering if you could tell me a bit about what happened, just so i understand it",
  ],
  misses: [
    "is there anything in the deck that slows the page down for you",
    "how do you handle it if the link drops",
    "how does the invite get sent",
    "what did you think of the keynote",
    "we tried calling but the line was busy",
    "what happened to the audio just now",
    "sorry that got in the way of your lunch",
    "our team is inside the building now",
    "the constraint on our side is just the calendar",
    "have you already got the invite",
    "the last attempt at the call failed so i redialed",
    "who pulled the plug on the projector",
    "has anyone got questions before i move on",
    "did anybody else just join the call",
    "i'm curious whether anyone has questions so far",
    "what made you take this call today",
    "can you walk me through the invite link, it isn't opening",
    "i'll walk you through how we do it",
    "let me tell you about what happened at our offsite",
    "so walk me through what you guys do, what kind of work do you take on",
    "anyone tried the new coffee place downstairs, it's great",
  ],
  paraphrases: [
    "why did the onboarding overhaul get shelved last spring",
    "how come the old scheduling software got scrapped after a year?",
  ],
}
