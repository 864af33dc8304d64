// Seed, principle 10 and one-up.md: "we can do whatever you need" or "whatever you think is best"
// gives up the counsel that is the seller's greatest value.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "counsel-defers-to-client",
  principle: "counsel",
  polarity: "down",
  nudge: "Give your view: say which option you'd pick in their place and why.",
  patterns: [
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
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Defers to whatever the client wants instead of advising."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
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
  ],
  misses: [
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
  ],
  paraphrases: [
    "we'll go with whatever your procurement folks prefer honestly",
    "whatever the cfo decides we're happy to roll with",
  ],
}
