// Seed, principle 1: the seller is meant to know more; quizzing the client about the seller's
// own company puts the client in the expert's chair for no gain.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "expertise-asks-what-they-know-about-us",
  principle: "expertise",
  polarity: "down",
  // "good question, do you happen to know if we support that?": handing the question back fails the answer
  inAnswers: true,
  nudge: "Skip the quiz about you: share one thing you've learned from clients like them instead.",
  patterns: [
    // "what do you already know about us"
    { match: "what do you #Adverb? know about (us|our|what we|who we)", clause: "question" },
    // "have you heard of us before"
    { match: "(have|had) you #Adverb? heard (much|anything)? (of|about) (us|our)", clause: "question" },
    // "what have you heard about us so far"
    { match: "what (have|had) you heard about (us|our)", clause: "question" },
    // "are you familiar with what we do"
    { match: "familiar with (us|our|what we|who we)", clause: "question" },
    // "do you know much about our company"
    {
      match: "do you know #Adverb? (much|anything)? about (us|our company|what we do|who we are)",
      clause: "question",
    },
    // "how familiar are you with our company"
    { match: "how familiar .{0,3} with (us|our|what we|who we)", clause: "question" },
    // "have you come across us before"
    {
      match:
        "(come across|run into|seen|used|worked with) (us|our company|our #Offering) (before|yet|already)?",
      clause: "question",
    },
    // "have you checked out our case studies"
    {
      match:
        "(looked at|look at|been to|visited|seen|read|checked out) our (website|site|page|materials|case studies|linkedin|#PitchMaterial)",
      clause: "question",
    },
    // "i'm curious how much you already know about us" (the ask as a statement)
    {
      match:
        "#Inquiry .{0,3} (how|what|whether|if) much? you #Adverb? (know|knew|have heard|heard) (about|of) (us|our|what we|who we)",
    },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Asks the client what they know about the seller's own company."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "out of curiosity had you heard much about our firm before this call",
    "have you heard much about us before today",
    "so how much do you know about us already",
    "have you ever heard of our firm",
    "what have you heard about our company",
    "are you familiar with our platform at all",
    "do you know anything about what we do",
    "before we start are you familiar with who we are",
    "have you come across our company before",
    "have you checked out our case studies",
  ],
  misses: [
    "have you heard much about the new reporting rules",
    "what do you know about the new rules coming in",
    "have you heard back from legal",
    "are you familiar with the audit findings",
    "you may have heard of the new tariff schedule",
    "do you know who owns the budget",
    "i know a bit about your company from the annual report",
    "i'm curious what you know about the new rules",
    "have you seen the presentation your cfo shared",
  ],
  paraphrases: [
    "so i'm wondering how much you already know about us",
    "have you had a chance to look at our pitch deck",
  ],
}
