// Seed, principle 9 inverted: "that's outside what we do" excludes the changes the client needs
// beyond the product, and the seller's view of the problem shrinks to their catalogue.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "results-narrows-to-scope",
  principle: "holistic-results",
  polarity: "down",
  nudge: "Even if it's outside your product, help them see what else has to change and who could own it.",
  patterns: [
    // "that's outside what we do"
    {
      match:
        "(outside|beyond|out of) (what we do|our scope|scope|our wheelhouse|our lane|our remit|what we cover)",
    },
    // "not really something we get into", "isn't really our area"
    { match: "not #Adverb? (what we do|what we sell|what we cover)" },
    // ("even though that's not really our area, i'd look at onboarding" concedes the scope and
    // goes past it anyway: that is the One-Up move)
    {
      match: "not #Adverb? our (area|concern|problem|thing|focus|lane|wheelhouse|department|job|remit)",
      ifNo: ["though", "although"],
    },
    { match: "not #Adverb? something (we|that we) (do|get into|handle|touch|cover|deal with|offer)" },
    // "we only handle the billing side"
    {
      match:
        "we #Adverb? (only|just) (focus on|handle|do|provide|sell|cover|deal with|care about) (the)? #Noun",
    },
    // "the rest is on your side"
    { match: "the rest (is|would be|will be) (on|up to) (your side|you|your team|your end)" },
    // "let's focus on the scheduling module"
    {
      match:
        "(let us|let's) #Adverb? (focus|stick|stay) (on|to|with) (the|our) (#Offering|module|product|platform|software)",
    },
    // "we don't really get involved in the training side, that's on you"
    {
      match:
        "(do|does) not #Adverb? (get involved|do|handle|touch|cover|deal with|get into) (in|with)? (the|that|any)? .{0,2} (side|part|piece|stuff|bit)",
    },
    { match: "(that is|it is|that's|it's) on (you|your side|your team|your end)" },
    // Handing the client's own process back to them: "the training side is kinda on you guys",
    // "the rota piece is on your end".
    {
      match: "#Process (side|piece|part|bit|stuff)? (is|are) #Adverb? (on|up to) #ClientSide",
      notIf: "(up to you whether|on you guys to decide)",
    },
    // "we only ever do the app side", "we just sell the suite"
    {
      match:
        "(we|#SellerSide) (only|just) #Adverb? (do|sell|provide|supply|handle|cover) (the|our)? #Offering (side|piece|part|bit|end)?",
    },
    // Setting a client issue aside for this call: "not really something we need to get into
    // today", "i wouldn't worry about that for this conversation", "don't worry about the
    // training side".
    {
      match:
        "not #Adverb? something (we|you) (need|have) to (get into|worry about|go into|dig into|cover|solve)",
    },
    {
      match:
        "(would not|do not|don't|wouldn't) worry about (it|that|this|those) (for|in|on) (now|today|this call|this conversation|the call|this meeting)",
    },
    { match: "(do not|don't) worry about (the|that|your) .{0,2} (side|piece|part|bit|stuff)" },
    // "let's just focus on what the platform does"
    {
      match:
        "(focus|stick|stay|keep it) (on|to|with) what (the|our) (#Offering|product|platform|software|tool|system) (does|do|can do|covers|handles)",
    },
    { match: "(focus|stick|stay|keep it) (on|to|with) what we (do|cover|sell|handle|can do)" },
    // "that's more of an internal thing", "it's really a people question": the issue filed under
    // the client's own departments, out of the conversation
    {
      match:
        "(more of|really) (a|an) (internal|hr|political|cultural|culture|people|management|staffing|training) (thing|issue|question|matter|problem|conversation)",
      clause: "statement",
    },
    // "the staffing side is kind of your problem"
    {
      match: "(kind of|sort of|kinda|sorta) your (problem|issue|headache|department|thing|job)",
      clause: "statement",
    },
    // "that's not what our product does"
    { match: "not what our (#Offering|product|platform|software|tool|team) (does|do|covers|handles|is for)" },
    // "the data quality stuff is your it team's problem really": filed under their department
    {
      match: "(is|are) #Adverb? your #Noun+ (problem|issue|headache|department|job|lookout)",
      clause: "statement",
    },
    // "the documentation gap is on your side, we don't get into that"
    { match: "(is|are) #Adverb? (on|up to) (your side|your end|you guys)", clause: "statement" },
    { match: "isnae #Adverb? (my|our) (department|area|problem|concern|lane|remit)" },
    { match: "not #Adverb? my (department|area|problem|concern|lane|remit)", ifNo: ["though", "although"] },
    {
      match: "more of a (process|admin|policy|workflow|ops|operations) (thing|issue|question|matter|problem)",
      clause: "statement",
      ifNo: ["whatever", "whichever"],
    },
    { match: "(is|that is) a separate (thing|issue|topic|matter|conversation|problem)", clause: "statement" },
    { match: "(keep|focus) the (discussion|conversation|call) on (that|what we|our)" },
    {
      match: "(process|admin|policy|workflow|ops|people) (thing|issue|problem|question) on your (end|side)",
      clause: "statement",
      ifNo: ["whatever", "whichever"],
    },
    // "that is more an hr thing for you, we focus on the booking engine only"
    {
      match:
        "(more|really|mostly) (an|a) #Noun+ (thing|issue|question|topic|matter) (for|on) your? (you|end|side|team)",
      clause: "statement",
    },
    // "not really our topic, so let's concentrate on the software"
    {
      match: "not #Adverb? our (topic|field|business|problem to solve|side of things|battle)",
      ifNo: ["though", "although"],
    },
    // "i'd leave that out of this, what we fix is ingestion"
    { match: "(leave|keep) (that|this|it) out of (this|scope|the scope|it)" },
    // "what we fix is the ingestion side"
    { match: "what (we|our #Offering) (fix|fixes|cover|covers|handle|handles) is", clause: "statement" },
    // "that's more of an internal sales issue, so let's just focus on the booth"
    { match: "more of (an|a) .{0,3} (issue|thing|problem|matter|question) so (let|lets|we)" },
    // "that's outside our practice area, so let's focus on the roadmap"
    { match: "(outside|beyond) our .{0,2} (area|areas|scope|remit|lane)" },
    // "our focus would just be on the process mapping"
    { match: "our focus (would|will) (just|only) be on" },
    // "probably best we leave it to one side and stick to the hiring"
    {
      match:
        "(leave|put|park|set) (it|that|this|those) (to one side|aside|to the side) and (stick|focus|keep|get back) (to|on)",
      ifNo: ["agenda", "#Logistics"],
    },
    // "how the team is organised is your own business, we would just look after the software side"
    {
      match:
        "(we|i) (would|will)? just (look after|handle|take care of) the (software|product|platform|system|tech|technology|technical|tool) (side|part|bit|end)",
    },
    // "that part is outside of ours", "that's outside what we cover"
    { match: "outside (of)? ours", clause: "statement" },
    { match: "outside (of)? what we (do|cover|handle|offer)", clause: "statement" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Narrows the problem to the product's scope and drops the rest."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "how you staff it is up to you really, we'd just take care of the platform side",
    "that's more of a staffing matter, so maybe we put it aside and stick to the software",
    "that's outside our practice area to be honest so let's focus on the roadmap",
    "the incentive question is one for your hr team our focus would just be on the mapping",
    "that's more of an internal staffing issue so let's just focus on the software",
    "the reporting bit is another vendor's so i'd leave that out of scope",
    "what we fix is the ingestion side",
    "the churn question is more a marketing thing for you, we just do the checkout",
    "that approval part is not really our topic so lets stick to the platform",
    "that's really a management question, so i'd leave it with you",
    "honestly that's not something you need to worry about on this call",
    "i wouldn't worry about that for now, let's look at the dashboard",
    "don't worry about the compliance piece, the tool takes care of it",
    "let's keep it to what our software covers",
    "the rostering part is kinda your headache, we just do payroll",
    "that's a bit beyond our scope so i'll leave it",
    "staffing isn't really our problem to be honest",
    "that's not something we deal with",
    "we really only sell the software",
    "the rest would be up to your team",
    "let's just stick to the platform for today",
    "we don't handle the onboarding piece that's on your team",
    "that's not what our product does so i'd leave it aside",
    "the data quality stuff is your it team's problem really, we just plug in",
    "honestly the onboarding piece is your hr team's job",
    "the training gap is on your side, we don't really get into that",
    "the cash handling isnae really my department",
    "the chargebacks are more of a process thing your side",
    "the retention problem is a separate thing, what we offer is payroll so let's keep the discussion on that",
    "that part's a process thing on your end so i'll set it aside",
    "ah, your own trucker, so that part is outside of ours, for cebu we only handle up to the port",
    "the permits, that's outside what we cover, sorry",
  ],
  misses: [
    "let's put that aside and stick to the agenda you sent, your question on pricing is next",
    "is that more a finance thing for you or an ops thing",
    "the staffing gap is not really our topic, though i'd still fix the handover first",
    "is it more of a training issue or a tooling issue",
    "even though it's not really our area, i'd get the shift leads into the next call",
    "don't worry about the time, we've got the full hour",
    "what's kind of your problem with the current setup",
    "let's focus on what your planners do on a monday",
    "that's outside on the patio",
    "is that something your team deals with today",
    "we only have ten minutes left",
    "the rest of the team joins at two",
    "let's focus on your rollout plan",
    "it's not our first time working with a hospital",
    "the onboarding call is on your calendar for tuesday",
    "the training is up to you, mornings or afternoons both work",
    "the real issue is your team's handoff, not the tool",
    "is data quality your it team's problem or does ops own it",
    "which of the two options is on your side of the contract",
    "the handover is more of a process thing, so whatever tool you pick, fix the checklist first",
    "is it a process thing on your side or a tooling thing",
    "is that outside what you cover today",
    "the parking is outside of the building, round the back",
  ],
  paraphrases: [
    "we only ever supply the app so i'd keep staffing out of this",
    "honestly the rota piece is on you guys, let's stay with the suite",
    "that isn't what our portal is for so i'd set it aside",
  ],
}
