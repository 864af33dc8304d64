// Seed, principle 10: the greatest value the seller creates is counsel, advice and
// recommendations, worth more than the product itself.
import { defineRule, type RuleExamples } from "../rule"

/**
 * A weekday or clock time in the clause, or the venue, travel or devices (#Errand): the advice is
 * about when and how to meet, not about the decision.
 */
const ABOUT_THE_MEETING = ["#WeekDay", "#Time", "#Errand"]

export default defineRule({
  id: "counsel-gives-recommendation",
  principle: "counsel",
  polarity: "up",
  nudge: "Good: a clear recommendation is the value they came for.",
  patterns: [
    // Advice against a step, with its reason: "don't switch it on for the whole floor at once,
    // because the veterans will ignore it"
    {
      match: "(do not|don't) #Verb .{1,10} because",
      start: true,
      notIf: "(worry|forget|hesitate|mind|panic|stress|apologize|apologise)",
      ifNo: ["we", "i"],
    },
    // "honestly, don't buy anything until you know your baseline"
    {
      match:
        "(do not|don't) (buy|sign|commit to|spend|invest in|pick|choose|roll out) (anything|a thing|any #Noun) (until|before)",
      // (an imperative to them, not the seller's own habit: "we don't sign anything until legal…")
      ifNo: ["we", "i", "they"],
    },
    // "our recommendations are to pilot first" (#Advice carries the counsel noun)
    { match: "(my|our) #Adjective? #Advice (is|are|would|here|for)", ifNo: ABOUT_THE_MEETING },
    // "my honest advice, don't sign the annual yet"
    { match: "(my|our) #Adjective? (#Advice|two cents) (do not|never|#Infinitive)" },
    // "the smart move here is to renegotiate before renewal"
    { match: "#Advice+ here? (is|would be) to #Infinitive" },
    // "my recommendation would be to pilot first" (not a date or a clock time: "my suggestion
    // for the kickoff is the tuesday after labor day" books a slot)
    {
      match: "my #Adjective? (recommendation|advice|suggestion|counsel|two cents) (is|would|here|for)",
      ifNo: ABOUT_THE_MEETING,
    },
    // "i'd recommend you hold off", "i'd advise against it"
    {
      match:
        "(i|we) (would|'d)? #Adverb? (recommend|suggest|advise|urge|propose) (you|that|against|to|starting|keeping|holding|waiting|going|running|piloting|testing|focusing|prioritizing|doing|getting|looking|moving|phasing|delaying|using|fixing|cleaning)",
      ifNo: ["#Errand"],
    },
    // "you should probably start with the churned accounts"
    {
      match:
        "you should #Adverb? (start|take|pilot|consider|hold|wait|push|keep|go|look|ask|bring|renegotiate|avoid|test|focus|prioritize|prioritise|insist|get)",
      ifNo: ["#Errand"],
    },
    // "i would push the vendor for a shorter contract"
    {
      match: "i would #Adverb? #Infinitive",
      // (not "i'd go for the 9:30 rather than the 9": picking a time)
      ifNo: ABOUT_THE_MEETING,
      notIf:
        "(double|leave|love|like|be|say|think|imagine|guess|need|have|hope|appreciate|expect|assume|know|mind|rather|want|prefer|agree|argue|call|bet|add|send|share|circulate|follow|update|welcome|enjoy|let|ask|see|check|mention|note|point|suggest|recommend|propose|hate|feel|suspect|tend|miss|wonder|believe|doubt|defer)",
    },
    // "you should compare three providers before you sign anything"
    {
      match: "you should #Adverb? #Infinitive",
      ifNo: ["#Errand"],
      notIf: "(have|see|be|get|receive|find|hear|know|feel|let|call me|email me)",
    },
    // "the cheaper option is the wrong call for you": a verdict on the client's choice
    {
      match: "the wrong (call|move|choice|pick|option|way) for (you|your|a|this)",
    },
    // "don't launch it to every branch at once": advice on how to roll out
    {
      match:
        "do not (launch|roll|push|open|release|give|send|start) (it|this|them|that)? (out)? (to|with|across|in) (every|all|each|the whole) .{0,3} at once",
    },
    // "don't negotiate on the licence price first": advice about where to start, with a reason
    {
      match: "do not (negotiate|start|lead|open|focus|fight|push) (on|with) .{1,4} first",
    },
    // "might be worth getting legal to look at the data terms early": a hedged recommendation (not "worth me resending the invite": the seller's own errand)
    { match: "(might|may|could|would) #Adverb? be worth (us|you)? #Gerund", ifNo: ABOUT_THE_MEETING },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Gives a clear recommendation or piece of advice."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "don't switch it on for the whole floor at once, because the veterans will ignore it",
    "honestly, don't buy anything until you know your baseline",
    "it might well be worth piloting with the night shift first, they feel the pain soonest",
    "my advice here would be to fix the data before the tooling",
    "i'd strongly recommend you run both systems for a month",
    "i would advise against a big bang cutover",
    "i'd suggest starting with the region that has the cleanest data",
    "you should insist on a clear exit clause whoever you pick",
    "my two cents is you should keep it small",
    "i would push them hard for a shorter term",
    "my honest recommendation is to wait a quarter",
    "you should compare three providers before you sign anything",
    "my honest advice, don't renew the maintenance plan yet",
    "i think the cheaper option is the wrong call for you, the rework eats the savings inside a year",
    "honestly i'd say the bigger package is the wrong move for a team your size",
    "don't launch it to every branch at once, pick the three that complain the most and start there",
    "don't negotiate on price first, negotiate on the service levels, because that's where the money goes",
  ],
  misses: [
    "don't worry about the invite because priya will resend it",
    "we never sign anything until legal has read it",
    "we don't sign anything until legal has read it",
    "might be worth me sending the invite again, the first one bounced",
    "it might be worth bringing a charger, the hall has hardly any sockets",
    "i would hate to be the one doing that count by hand",
    "i would suspect the invoice is still with accounts payable",
    "i recommend the pasta place by your office",
    "what would you recommend for the venue",
    "you should have the invite already",
    "my recommendation engine demo is on the site",
    "i'd suggest we meet at two instead of three",
    "our team recommended a new laptop for you",
    "i recommend bringing a jacket it's cold in there",
    "i would love to see the plant sometime",
    "you should see the invite in your inbox",
    "our suggestion box is open to everyone",
    "i'd go for the 9:30 rather than the 9 so everyone gets through security",
    "my suggestion for the kickoff is the tuesday after the long weekend",
    "i'd book the bigger boardroom if your area managers are coming in",
    "i would recommend using chrome for the portal, the pop up gets blocked in safari",
    "my advice is park at the station, the car park by our office fills up by nine",
    "i'd bring a charger, the lecture hall has hardly any sockets",
    "the consultation closes at the end of march, though i'd double check the date on their site",
  ],
  paraphrases: [
    "our recommendations are to consolidate the two warehouses before peak season",
    "the smart move here is to lock the freight rate before the renewal",
  ],
}
