// Seed, principle 1: the seller is One-Up by knowing more than the client; patterns seen across
// many clients are knowledge the client cannot get from inside one company.
import { defineRule } from "../rule"

export default defineRule({
  id: "expertise-shares-experience",
  principle: "expertise",
  polarity: "up",
  description: "Shares a pattern seen across many clients or projects.",
  nudge: "Good: that cross-client pattern is knowledge they can't get on their own.",
  patterns: [
    // "across the thirty rollouts we ran"
    { match: "across .{1,5} (we|i) (have|had)? #Adverb? (#Verb|done|seen|run|built|led|supported|delivered)" },
    // "the pattern we keep running into", "a mistake i see a lot"
    { match: "(the|a|one) (pattern|mistake|trap|thing) (we|i) (keep|always|often|usually|tend|see|hear)" },
    // "across our client base"
    { match: "across (our|my) (customer|client|install|user)? (base|customers|clients|accounts|portfolio)" },
    // "in my experience"
    { match: "in (my|our) (experience|work with)" },
    // "what we usually see with banks your size"
    { match: "what (we|i) (have)? #Adverb? (see|seen|find|found|hear|heard|notice|noticed|learned) (with|at|across|among|in) .{0,2} #Plural" },
    // "what we tend to see with credit unions"
    { match: "what (we|i) #Adverb? tend to (see|find|hear|notice)" },
    // "most retailers we work with", "the logistics firms we partner with"
    // (the tagger often misreads the plural in run-on captions, so any word may precede "we")
    { match: ". (we|i) (have)? #Adverb? (work|worked|partner|partnered|talk|talked|deal|dealt) with", notIf: "(you|your)" },
    { match: "#Plural (we|i) (have)? #Adverb? (support|supported|serve|served)" },
    // "having done this with a lot of firms"
    { match: "having (done|seen|run|led|delivered) (this|these|that|it|them) (with|at|for|across|in)" },
    // "we've done this at enough plants to know"
    { match: "(we|i) have (done|seen|run|implemented|delivered) (this|that|it|these) (at|with|for|in|across) (enough|dozens|hundreds|many|a lot|lots|most|#Value)" },
    // "i've sat in on maybe a hundred of these"
    { match: "(i|we) have (seen|done|run|sat|been|watched|led|worked) .{0,3} (hundred|hundreds|dozen|dozens|thousand|thousands) (of|#Plural)" },
    // "nine times out of ten"
    { match: "times out of (ten|#Value)" },
    // "usually when a distributor switches"
    { match: "(typically|usually|generally|normally) when (a|an|most|#Plural) .{0,3} (moves|switches|rolls|goes|tries|starts|adopts|says|tells|asks|hits|gets|move|switch|try|start|adopt)" },
  ],
  examples: {
    fires: [
      "across the fifty clinics we've onboarded the same bottleneck shows up in week two",
      "in my experience finance teams underestimate the data cleanup",
      "what we tend to see with regional banks is that the branch staff resist first",
      "most of the logistics firms we partner with run two planning cycles not one",
      "we've done this at dozens of hospitals and the night shift is always the hardest",
      "nine times out of ten the delay comes from the approvals not the build",
      "usually when a school switches platforms the teachers need a month to settle",
    ],
    misses: [
      "across the street from our office there's a great cafe",
      "in my inbox i see your email from monday",
      "what we saw in your report was really helpful",
      "we work with your it team on the integration next week",
      "i've done the paperwork for the trial",
      "most of the time the link works fine",
    ],
  },
})
