// one-up.md, compel-change down signals: asking whether the client has a problem the seller could
// help with waits for them to diagnose themselves.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "change-asks-if-problem",
  principle: "compel-change",
  polarity: "down",
  nudge: "Don't ask if they have a problem: tell them the risk you see and what it's likely costing.",
  patterns: [
    // "do you have any problems we could help with"
    {
      match:
        "any (problems|issues|needs|challenges|pain points|areas|gaps) .{0,5} (help|assist|support) with?",
      clause: "question",
    },
    // "is there anything you need help with"
    { match: "(anything|something) .{0,3} (need|want|use) (help|support|assistance)", clause: "question" },
    { match: "(anything|something) .{0,3} use a hand", clause: "question" },
    // "is there anything we can do for you"
    {
      match: "(anything|something) (we|i) (could|can|might) (do|help|assist) (for|with)? (you|your)?",
      clause: "question",
    },
    // "do you have a need for this"
    { match: "(do|does) (you|your #Noun) have (a|any)? (need|use) for", clause: "question" },
    // "is there anything at all we could help you with"
    { match: "(anything|something) .{0,4} (we|i) (could|can|might) (help|assist|do)", clause: "question" },
    // "do you have a problem we can help with"
    {
      match:
        "(problem|problems|issue|issues|need|needs|challenge|challenges|pain) .{0,8} (help|assist|support)",
      clause: "question",
    },
    // "anything you're struggling with that we could help on"
    { match: "(struggling|struggle|stuck|trouble) .{0,5} (help|assist|support)", clause: "question" },
    // "any headaches on the billing side we could fix" (#PainWord: headaches, frustrations…)
    {
      match: "#PainWord .{0,4} (we|i) (could|can|might) .{0,3} (help|solve|fix|handle)",
      clause: "question",
    },
    // "is there a problem at the moment you think we could help with"
    {
      match: "(problem|#PainWord) .{0,8} (we|i) (could|can|might) .{0,3} (help|solve|fix|handle)",
      clause: "question",
    },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Asks whether the client has a problem the seller could help with."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "do you actually have a problem there that you'd want us to help with",
    "are there any issues we might be able to support you with",
    "is there anything your team could use a hand with right now",
    "anything we can help you with this quarter",
    "do you have a need for something like this",
    "any areas where we could help out",
    "is there something i could do for you there",
    "is there anything at all i could help with",
    "do you have a problem we can help with",
    "is there a problem right now that you think we could fix",
  ],
  misses: [
    "is there anything else i should know before the workshop",
    "we can help your planners with the exception queue",
    "do you need the invite resent",
    "any problems with the audio on your side",
    "i helped your colleague set up the trial",
    "what help did the last vendor give you",
    "we fixed the problem you reported last week",
  ],
  paraphrases: [
    "are there any headaches in dispatch we might help untangle",
    "got any frustrations with rostering we could solve for you?",
  ],
}
