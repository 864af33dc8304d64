// Seed, principle 1 inverted: a seller who cannot answer about their own offer and defers
// everything to colleagues hands the knowledge advantage away.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "expertise-defers-own-domain",
  principle: "expertise",
  polarity: "down",
  // "good question, I'm honestly not sure, I'll check with product": deferring fails the answer
  inAnswers: true,
  nudge: "Answer with what you do know from other clients first, then name the one detail you'll confirm.",
  patterns: [
    // "i'm not sure how our pricing works"
    {
      match: "not #Adverb? (sure|certain) (how|if|whether|what|about|when) (our|we|the #Offering)",
      clause: "statement",
    },
    // "i dont know whether we support sso"
    {
      match: "(no idea|do not know|unsure) (how|if|whether|what|about|when) (our|we|the #Offering)",
      clause: "statement",
    },
    // "i have no idea how the reporting module calculates that"
    {
      match:
        "no idea (how|what|if|whether|why) (it|the|that) .{0,3} (works|work|calculates|handles|does|integrates)",
      clause: "statement",
    },
    // "i'd have to check with my manager", "let me ask the product team", "i'll have to ask one of
    // our specialists"
    {
      match:
        "(have|need|let me|going) to? (check|ask|find out|double check|confirm|verify|loop in|pull in) (with|from|in)? (one of)? (my|our|the|someone|somebody) .{0,2} (manager|team|product|engineering|boss|solutions|implementation|technical|tech|folks|guy|guys|people|colleague|colleagues|engineers|specialist|specialists|expert|experts)",
    },
    // "i'm not sure, let me find out and get back to you"
    { match: "not #Adverb? sure .{0,5} (find|check|ask|circle|confirm)" },
    // "i'm not the right person for the technical side"
    { match: "not #Adverb? the (right|best) person" },
    // "i couldn't tell you how long that takes"
    { match: "(could|can) not tell you (how|what|if|whether|when|why)" },
    // "i don't really know how our integrations work"
    {
      match: "(do|did) not #Adverb? know (how|if|whether|what|when|why|where) (our|we|the #Offering)",
      clause: "statement",
    },
    // "it" only when what follows is about the product ("i don't know if it integrates with sage");
    // "i don't know if it's going to rain" is not the seller's domain
    {
      match:
        "(do|did) not #Adverb? know (how|if|whether|what) it (#Capability|works|does|handles|integrates|supports|calculates|connects|scales|syncs)",
      clause: "statement",
    },
    // "that's above my pay grade", "i'll find that out for you"
    { match: "(above|over|beyond) my pay grade" },
    { match: "(i will|let me|i'll) find (that|it|this)? out (for you|and get back|and come back)" },
    // "i'd have to double-check that with the team"
    {
      match:
        "(have|need) to (double check|check|confirm|verify) (that|it|this) with (the|my|our) (team|manager|boss|product|engineering|tech|folks|people|colleagues|engineers)",
    },
    // "i'd have to get back to you on that"
    { match: "(have|need) to get back to you" },
    // "that's more of a question for our product people"
    {
      match:
        "(question|one) for (our|my|the) .{0,3} (people|team|folks|guys|colleagues|experts|department|engineer|engineers|side)",
    },
    // "i'd need to check with someone on the pricing"
    { match: "(have|need) to (check|ask|confirm|verify) with (someone|somebody|a colleague)" },
    // "i'm kind of new here so…"
    {
      match:
        "i am (kind of|pretty|fairly|quite|still|really)? new (here|so|to this|to the company|at this|in this role)",
    },
    // "not sure, i'll have to check with product"
    {
      match:
        "(check|ask|confirm|verify) with (product|engineering|tech|solutions|implementation|support|my manager|my boss|the product team|the tech team)",
    },
    // "i don't actually know the answer to that one", "let me ask around"
    { match: "(do|did) not #Adverb? know the answer" },
    { match: "(ask|check) around" },
    // "i'm not the technical person, i'll loop in our engineer"
    {
      match:
        "not #Adverb? (the|a) (technical|tech|product|right|best|most technical) (person|guy|one|expert)",
    },
    {
      match:
        "(loop|pull|bring) in (our|my|an|a|one of our) (engineer|engineers|expert|experts|specialist|product|solutions|technical|tech|sales engineer|architect)",
    },
    // "i'd have to double check what our sla says"
    {
      match:
        "(have|need) to (double check|check|confirm|verify|look up|find out) (what|how|if|whether|when) our",
    },
    // "i actually don't know, i'll find out", "don't quote me"
    { match: "not #Adverb? know .{0,4} (find|check|ask|get|circle|confirm)" },
    {
      match:
        "(i will|let me|i'll) (find out|check|confirm|double check) and (get back|come back|circle back|let you know)",
    },
    { match: "(do not|don't) quote me" },
    // "i'm not super familiar with how our billing works"
    {
      match: "not #Adverb? (familiar|sure|certain|clear) (with|on|about|how|if|whether|what) .{0,2} (our|we)",
    },
    // "i'm not one hundred percent sure on our renewal terms"
    { match: "not (a hundred|one hundred|100) percent sure" },
    // "i'd need to run that by our tech team"
    { match: "run (that|this|it) (by|past) (our|my)" },
    // "no clue, let me find out"
    { match: "(no clue|not a clue)", clause: "statement" },
    // "i can't say whether our connector supports that", "that's above my pay grade"
    { match: "(could|can) not (say|answer|speak to) (how|what|if|whether|when|why)" },
    { match: "above my pay grade" },
    // "i'm not really an expert on the accounting side"
    { match: "i am #Adverb? not #Adverb? (an|the) expert (on|in|when)", clause: "statement" },
    { match: "find (someone|somebody) (who|that) (knows|can answer|can tell)" },
    // "you'd have to talk to our engineers", "i don't know the technical details"
    {
      match:
        "(talk|speak) to (our|my) (product team|tech team|engineers|engineering|product|technical|tech|solutions|specialists|experts|team)",
    },
    { match: "not #Adverb? know (the|all the) (technical|details|specifics|answer|ins)" },
    // "i'd need to ask the installers", "i will revert once i confirm with the team"
    { match: "need to (ask|check with) (the|our|my) #Noun+", clause: "statement" },
    { match: "(i will|we will|let me) revert" },
    {
      match:
        "(no idea|not sure|do not know|could not tell you) (what|how|whether) .{0,6} (is|are) (typical|normal|usual|standard|average)",
    },
    // "i would defer to my colleague on the integration", "i'd have to go back and check with deal desk"
    { match: "(i would|i will|let me) defer to (my|our) #Noun+" },
    { match: "i .{0,4} go back and (check|ask|confirm|find)", clause: "statement" },
    // "that's a bit outside my area, i'd need to pull in my SE"
    { match: "(outside|beyond) my (area|wheelhouse|expertise|lane|remit)" },
    // "let me take that away and ask someone on the product side"
    { match: "(take|taking) (that|this|it) away and (ask|check|find|confirm)" },
    // "i'm not really the tax person"
    { match: "not #Adverb? the #Noun person" },
    // "i'd need to confirm with head office whether we even cover it"
    { match: "(check|confirm|ask) (with)? head office (whether|if|how|what)" },
    // "i'd probably defer to our engineers on that one"
    {
      match:
        "(defer|refer) (that|this|it)? to (our|my) (engineers|engineering|product|tech|technical|se|colleagues|specialists|experts|developers)",
    },
    // "i can't really say what's typical"
    { match: "(can not|cannot) #Adverb? say what is (typical|normal|usual|standard|realistic)" },
    // "i'd have to ring the factory"
    {
      match:
        "(have|need) to (ring|call|phone|email|ask) the (factory|manufacturer|supplier|warehouse|mothership)",
    },
    // "i can never keep track of our own plans"
    { match: "(never|not) keep track of our" },
    // "i'm not sure what typical savings look like"
    { match: "not #Adverb? sure what (typical|normal|usual|realistic|average) #Noun" },
    // "i'd rather not put a number on it"
    { match: "(rather|prefer) not (to)? put a (number|figure) on (it|that)" },
    // "i'm afraid it's a bit beyond me" (not bewilderment: "how anyone copes is beyond me")
    { match: "afraid .{0,5} beyond me" },
    // "i'm not terribly technical, so i'll ask someone in the office"
    { match: "i am not (terribly|very|super|that|particularly|massively|hugely|overly|the most)? technical" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Admits not knowing their own product or company and defers to colleagues."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "i'd rather not guess on that, i'm not terribly technical, i'll ask someone in the office",
    "i'm afraid the warranty terms are a bit beyond me, i'll have to check with one of our engineers",
    "i'm not sure what typical savings look like for that",
    "it depends on so many things so i'd rather not put a number on it",
    "are you on the old pricing or the new one i can never keep track of our own plans",
    "i'd probably defer to our engineers on that one",
    "i can't really say what's typical for firms your size",
    "couldn't tell you the weight on that one i'd have to ring the factory",
    "that is a bit outside my area to be honest",
    "good one let me take that away and ask the product folks",
    "i'm not really the payroll person so i'd have to check",
    "i'll need to confirm with head office whether we even do that",
    "i'd need to confirm that with our engineers before i say yes",
    "honestly that's above my pay grade, i'll find it out for you",
    "honestly i'm not sure how our licensing is structured for subsidiaries",
    "i dont know whether we support single sign on",
    "i'd need to ask our engineers about the api limits",
    "good question i'm not sure let me find out and get back to you",
    "i'm probably not the best person to talk about security",
    "i couldn't tell you what the uptime was last year",
    "no idea how it handles multi currency to be honest",
    "i'd have to get back to you on how the licensing works",
    "that's really a question for our technical team",
    "i'm pretty new here so i'm not sure about that",
    "not sure, i'll have to check with product",
    "i honestly don't know the answer to that let me ask around",
    "i'd have to look up what our contract terms are",
    "i'll pull in one of our engineers for that",
    "i think it's twenty four seven but don't quote me",
    "i'm not too familiar with how our invoicing works",
    "i'd need to run that by our tech team",
    "i'm not one hundred percent sure on our renewal terms",
    "i can't say whether our connector supports that",
    "that's above my pay grade",
    "for the architecture you'd need to speak to our engineers",
    "i'm not really an expert on the billing side so i'd hand that to a colleague",
    "not sure the sensors fit your older units, i'd need to ask the installers",
    "let me confirm with the team and i will revert",
    "honestly i have no idea what onboarding time is typical for a clinic your size",
    "i would defer to my colleague on anything about the integration",
    "i'd honestly have to go back and check with our pricing desk",
  ],
  misses: [
    "you don't need to be technical to run it, i'm not either",
    "how anyone keeps that spreadsheet going is beyond me, honestly",
    "the reporting piece sits outside my team's budget this year",
    "you'd need to check that with your team before thursday",
    "let me find out which shift your leads prefer for the training",
    "i don't know if it's going to rain on the site visit",
    "i'm not sure the meeting link is working",
    "we're not sure yet which room we're in",
    "let me check my calendar for thursday",
    "i know exactly how our pricing works for groups",
    "you're the right person to ask about the rollout",
    "i'm sure you've seen this before",
    "i'll get back to you with the recap tomorrow",
    "that's a question for your finance team i think",
    "i know the answer is in the doc",
    "let me ask you a question",
    "you don't know the half of it",
    "run that by your legal team and let me know",
    "you're not an expert on this yet but you will be",
    "you'd need to check with your it team which ports are open",
    "ramp up is typically six weeks and the usual blocker is data access",
    "we'll go back and check the pilot numbers with your team on friday",
  ],
  paraphrases: [
    "honestly i'm not sure how the dashboard handles partial refunds",
    "i don't really know if the portal can export straight to excel",
  ],
}
