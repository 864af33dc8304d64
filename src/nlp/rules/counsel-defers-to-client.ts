// Seed, principle 10 and one-up.md: "we can do whatever you need" or "whatever you think is best"
// gives up the counsel that is the seller's greatest value.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "counsel-defers-to-client",
  principle: "counsel",
  polarity: "down",
  nudge: "Give your view: say which option you'd pick in their place and why.",
  patterns: [
    // "however you guys want to do it, we'll make it work"
    {
      match:
        "however (you guys|your team|y'all|you) (wants|want|wanna|prefers|prefer|like|likes) (to)? (do|run|play|handle|set up) (it|this|that)",
    },
    // "we can do whatever you need"
    {
      match:
        "(we|i) (can|could|will|would) #Adverb? (do|build|customize|customise|make|configure|tailor|adapt|change) (it|that)? (pretty much|basically|literally|just about)? (whatever|anything|however|everything)",
    },
    // "whatever you think is best"
    {
      match: "whatever (you think|you prefer|you decide|suits you|you feel) (is)? (best|right|fine)?",
      // ("the merger or whatever you want to call it" names a thing, it defers nothing)
      ifNo: ["call", "name"],
    },
    // "whatever you want" defers only when it opens the clause or follows the seller's own verb:
    // "you can type whatever you want in that field" describes a free-text box.
    { match: "whatever you want", start: true, ifNo: ["call", "name"] },
    { match: "(we|i) .{0,4} whatever you want", ifNo: ["call", "name"] },
    // "whatever works best for you" (plain "whatever works for you" is usually about a meeting time)
    { match: "whatever works best" },
    // "it's totally up to you"
    { match: "(is|totally|entirely|completely|really) up to you" },
    // "you tell me what you want and we'll make it happen"
    { match: "you tell me what you (want|need|prefer)" },
    // "totally your call"
    { match: "(totally|entirely|completely|really|all|it is|that is) your (call|decision|choice)" },
    // "whatever suits you is fine"
    {
      match:
        "whatever (works|you want|you like|you prefer|you decide|suits you) (for you)? (is|works) (fine|good|okay|ok|great|for us)",
    },
    // "we can configure it any way your team likes"
    {
      match:
        "(customize|customise|configure|tailor|build|adapt|change|set up) it (any way|anyway|however|whatever way|every way)",
    },
    // "we can set it up however works best for you"
    { match: "set (it|this|that|them) up (any way|anyway|however|whatever way|every way)" },
    // "whatever your cfo prefers" (#ClientSide: you, your, the client's stakeholders)
    // (a bare "you" is left to the patterns above: "type whatever you like" is a text box)
    {
      match:
        "whatever the? #ClientSide+ (#Noun && !#ClientSide) (prefer|prefers|want|wants|decide|decides|like|likes)",
      ifNo: ["call", "name"],
    },
    {
      match: "whatever the? (#ClientSide && !#Pronoun) (prefer|prefers|want|wants|decide|decides|like|likes)",
      ifNo: ["call", "name"],
    },
    // "you know your team better than me", "you know better, we'll go with your choice"
    { match: "you know (your|the) #Noun+ better than (me|us|i do|we do)" },
    { match: "you know (better|best)$" },
    {
      match:
        "(we will|i will|we would|we are happy to) (just)? go with your (choice|call|decision|preference|pick|lead)",
    },
    {
      match: "whichever (#Noun|#Verb)? you (feel comfortable|are comfortable|feel best|prefer)",
      ifNo: ["day", "time", "slot", "date", "#Date", "#Time"],
    },
    // "open to any engagement model you prefer", "you just tell us and we will do it"
    { match: "(open|flexible) to (any|whatever) .{0,3} you (prefer|want|like|choose|need)" },
    { match: "(just)? tell (us|me) and (we will|i will|we would) (do|build|make|deliver|sort) (it|that)" },
    { match: "(build|shape|design) (it|everything) around (that|whatever|what you)" },
    { match: "(work|do it|proceed) as per your (instructions|instruction|requirement|requirements|wishes)" },
    // "you know your business best, so just pick the package you like"
    {
      match: "your (business|company|team|people|needs|organisation|organization|shop|clinic|firm) best",
      // (not a lead-in to asking them: "you know your business best, so tell me where it breaks")
      ifNo: ["tell", "walk", "explain", "#Inquiry"],
    },
    // "honestly there's nothing we can't configure for you"
    { match: "nothing (we|it) (can not|cannot) (configure|build|customise|customize|do|handle|tailor)" },
    // "your call entirely, we'll go with whatever you decide"
    { match: "(go|run|roll) with whatever you (decide|choose|pick|prefer|want|think)" },
    // "whatever you reckon is best"
    { match: "whatever you reckon" },
    // "happy to do whatever you need", "glad to do anything you ask"
    {
      match:
        "(happy|glad|willing|ready) to do (whatever|anything) (you|your #Noun) (need|needs|want|wants|like|say|ask)",
    },
    // "we can tailor it completely, whatever format your team prefers"
    {
      match:
        "(tailor|customise|customize|configure|adapt|shape) (it|everything|the programme|the program) (completely|entirely|fully|however)",
    },
    // "whichever you feel is right"
    { match: "whichever (you feel|you think|you prefer|suits you) (is)? (right|best|fine)?" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Defers to whatever the client wants instead of advising."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "however your team wants to run it is fine by us",
    "happy to do whatever you need",
    "either way works for us honestly whichever you feel is right",
    "there's honestly nothing we can't configure for you",
    "we'll go with whatever you decide on the rollout",
    "yeah whatever you reckon works for the clinic",
    "we can tailor it completely to whatever your people want",
    "you know your business best so just pick the plan you like and we make it happen",
    "we'll set it up whatever way your team wants",
    "we can configure it however you like",
    "honestly we'll build whatever your team asks for",
    "whatever you prefer is fine by us",
    "it's really up to you which way we go",
    "you tell me what you need and we'll do it",
    "whatever works best for your team",
    "we can customise pretty much everything",
    "it's totally your call",
    "whatever suits you is fine",
    "whatever you want, we'll make it work",
    "we'll go with whatever you want on the rollout",
    "we can configure it any way your team likes",
    "honestly whichever plan you're comfortable with, you know your business better than me",
    "should we run two shifts or three, you know best",
    "we'll just go with your call on the staffing mix",
    "we are open to any pricing model you prefer",
    "any stack any region you just tell us and we will do it",
    "pick the cover you like and we'll build it around that",
    "our team will simply work as per your instructions",
  ],
  misses: [
    "however you run it today, what breaks first",
    "happy to do a quick recap if you need it",
    "you know your business best, so tell me where the hand-offs break",
    "whatever your team wants to call it, the rota still needs one owner",
    "once we set it up, your planners can change the rules any time",
    "after the merger or whatever you want to call it, the rota moved to head office",
    "what you think matters a lot here",
    "whatever happened to the old system",
    "you tell me when the board meets",
    "we can't do that for legal reasons",
    "it's up to the regulator not us",
    "we built whatever was in the spec last time",
    "whatever works for you on friday",
    "your call is at three",
    "whatever you pick someone on your side has to own it",
    "you can type whatever you want in that box, it's free text",
    "your reps can add whatever notes they want after the visit",
    "you know your team better than anyone, so who else should hear this before we decide",
    "whichever day you prefer for the kickoff is fine",
    "tell us the go live date and we will build the cutover plan backwards from it",
  ],
  paraphrases: [
    "we'll go with whatever your procurement folks prefer honestly",
    "whatever the cfo decides we're happy to roll with",
  ],
}
