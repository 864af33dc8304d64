// one-up.md, make-sense down signals: buzzwords ("AI-powered next-gen platform") sound like
// insight but tell the client nothing about their world.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "sense-buzzwords",
  principle: "make-sense",
  polarity: "down",
  nudge: "Drop the buzzword and say plainly what changes for them, with a number if you have one.",
  patterns: [
    // "our ai-powered next-gen platform"
    { match: "#Buzzword+ (#Offering|#Jargon|experience|approach|technology|tech|company|partner|way)" },
    // "it's a revolutionary all in one platform" (two buzzwords in a row)
    { match: "#Buzzword #Buzzword" },
    // "leverage synergies", "a holistic ecosystem"
    { match: "#Jargon" },
    // "we're really all about digital transformation"
    // (the trend names stay out of the lexicon: as #Buzzword they would reach the model's features,
    // and cross-validation lost 0.2 point with them there)
    { match: "all about (#Buzzword|digital transformation|future proofing|innovation|disruption)" },
    // "it really changes the game"
    { match: "(changes|change|changing) the game" },
    // "empowers your people"
    { match: "(empowers|empower|empowering) (your|the)? (people|teams|team|users|employees|workforce)" },
    // "our app is honestly disruptive"
    { match: "(our|the|this|it) .{0,3} (is|are) #Adverb? #Buzzword" },
    { match: "#Buzzword+ .{0,2} #Offering" },
    // "an ai native composable end to end intelligence layer"
    {
      match:
        "(ai native|composable|hyper personalized|headless|end to end) .{0,3} (platform|layer|solution|suite|engine|stack|cloud)",
    },
    { match: "(hyperautomation|hyper automation|intelligent orchestration|data first experiences)" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Marketing buzzwords in place of a concrete explanation."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "so we're really all about digital transformation and future proofing the business",
    "honestly our platform is next generation",
    "it's a truly next gen platform built for the modern enterprise",
    "our solution is world class and seamless",
    "we unlock synergies across your organization",
    "this is a game changer for your whole team",
    "it's an innovative turnkey approach",
    "our tool empowers your people to do their best work",
    "our app is honestly disruptive",
    "it's a state of the art cloud native tool",
    "we're basically an ai native composable data layer for modern finance teams",
    "it's all about hyperautomation and intelligent orchestration at scale",
  ],
  misses: [
    "it's all about the handover between the two shifts",
    "the next generation of nurses won't put up with paper rotas",
    "your handoff between intake and billing is where time goes",
    "the new platform from your erp vendor launches in june",
    "we changed the meeting time",
    "the game last night went to overtime",
    "that's a robust plan from your team",
    "i'll send the technology roadmap you asked for",
    "our platform is down for maintenance tonight",
    "the handoff from your erp was seamless last time you said",
    "the end to end process takes your team six days, where does it stall",
  ],
  paraphrases: [
    "we offer a bleeding edge cloud native suite for the whole firm",
    "honestly it's a revolutionary turnkey dashboard",
  ],
}
