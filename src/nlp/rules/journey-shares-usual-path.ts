// Seed, principle 7: the seller has walked many buyers through this journey and can show the path
// that tends to work and the order of decisions.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "journey-shares-usual-path",
  principle: "lead-journey",
  polarity: "up",
  nudge: "Good: a map of the journey helps them decide faster and better.",
  patterns: [
    // "the usual order is security review, then a pilot, then the contract"
    {
      match: "the (usual|normal|typical|standard) (order|sequence|path|route|way it goes) (is|goes)",
      clause: "statement",
    },
    // "teams that get this right usually bring finance in early"
    {
      match:
        "(#Peer|#Plural|ones) (that|who) (get|got|succeed|succeeded|move|moved|do|did|win|won|land|landed|nail|handle) .{0,4} (bring|get|involve|start|loop|pull|run|set|pick|build|pilot|begin|have|put|do|agree|define|align|lock|map|decide|plan)",
      // (not a billing rule: "casuals who don't pick up any shifts don't count towards the bill")
      notIf: "(do|did) not",
    },
    // "here's the usual order", "here's how these usually go"
    { match: "here is (the|how) (usual|typical|right|best)? (order|sequence|path|playbook|way)" },
    { match: "here is how .{1,3} (goes|go|works|work|plays|play|runs|run|unfolds|unfold)" },
    // "the way these usually go is…"
    // (not the client's own house described to them: "the way it works at your place is…"; the
    // matcher has no "not followed by", so one pattern needs a next word that is not at/in and the
    // other takes the verb at the end of the sentence)
    {
      match:
        "the way (these|this|it|deals|projects|rollouts|decisions) .{0,3} (go|goes|work|works|run|runs|plays|play|get) !(at|in)",
    },
    {
      match:
        "the way (these|this|it|deals|projects|rollouts|decisions) .{0,3} (go|goes|work|works|run|runs|plays|play|get)$",
    },
    // "what usually works is a two week proof"
    { match: "what (usually|typically|generally|normally|tends to) #Adverb? works? (is|best)" },
    // "let's plan backwards from your board date"
    { match: "(plan|work) backwards from" },
    // "what works best is getting security started in parallel"
    // (as a statement: "what works best for you, tuesday or thursday" books a slot)
    { match: "what #Adverb? (works|worked|has worked) (best|is)", clause: "statement" },
    { match: "in parallel" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Lays out the path and order of decisions that tends to work for buyers like them."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "the usual order is security review, then a pilot, then the contract",
    "honestly that's just the way these rollouts go",
    "clients who land this well usually start with one business unit",
    "here's the typical sequence legal review procurement then kickoff",
    "here's how these projects usually play out",
    "the way these decisions usually get made is finance first then ops",
    "what typically works best is a short paid pilot",
    "let's work backwards from your go live date",
  ],
  misses: [
    "is the usual order the one on the menu",
    "i suspect the way it works at your place is that the wards just wait for hr",
    "here's the link to the recording",
    "the way you described it makes sense",
    "first we had coffee then the tour then lunch",
    "it is priced per active member a month, so casuals who don't pick up any shifts don't count towards the bill",
    "what works for you on friday",
    "what works best for you, tuesday at ten or thursday afternoon",
    "the teams that joined late missed the intro",
    "we plan to attend the conference",
  ],
  paraphrases: [
    "hospitals that nail this usually pilot one ward first and widen from there",
    "dealer groups that land this well usually start by cleaning up their stock data",
  ],
}
