// Seed, principle 10 inverted: believing the value lies in the product's features keeps the
// seller from being seen as an advisor.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "counsel-feature-pitch",
  principle: "counsel",
  polarity: "down",
  nudge: "Lead with what you'd recommend they change; bring a feature in only as the way to do it.",
  patterns: [
    // "that's one of the things people love about it"
    {
      match:
        "(one of the things|the thing|what) (people|customers|clients|users|everyone|teams) #Adverb? (love|loves|like|likes|rave) (about|most about) (it|us|this|the #Offering|our #Offering)",
    },
    // "this feature is unique to us"
    { match: "#Feature .{0,4} (unique|nobody|exclusive)" },
    { match: "#Feature .{0,4} no one else" },
    // "here's another cool feature"
    { match: "(cool|great|awesome|amazing|killer|powerful|neat|unique|slick) #Feature" },
    // "it comes with two hundred integrations"
    { match: "(comes|come|ships|ship) with .{0,3} #Feature" },
    { match: "(comes|come|ships|ship) with .{0,3} (templates|reports|modules|connectors|dashboards)" },
    // "nobody else has that"
    { match: "(nobody|no one|no other vendor) else? (has|does|offers|can do) (it|this|that|anything like)" },
    // "we have a feature for that"
    { match: "we (have|got|built) (a|an)? #Feature (for|that|which)" },
    // "we also have an ai assistant that drafts the replies": one more thing on the product list
    // (a pattern each: an optional noun before the group would swallow the "app" it needs)
    {
      match:
        "we also (have|offer|built|got|added|launched|provide) (a|an|our)? #Adjective? (#Offering|#Feature|assistant|copilot|chatbot|bot|engine|plugin|api|integration|extension)",
      clause: "statement",
    },
    {
      match:
        "we also (have|offer|built|got|added|launched|provide) (a|an|our)? #Adjective? #Noun (#Offering|#Feature|assistant|copilot|chatbot|bot|engine|plugin|api|integration|extension)",
      clause: "statement",
    },
    // "it has loads of features your team will love"
    { match: "(tons|lots|loads|plenty|a ton|a bunch|hundreds|dozens) of (#Feature|bells)" },
    { match: "so many #Feature" },
    { match: "you (are going to|will) love" },
    // "one thing i love is the drag and drop builder", "what customers love most is the…"
    {
      match:
        "(one thing|the thing|the part|what) (i|we|everyone|people|customers|clients|users) #Adverb? (love|loves) (most)? (is|about) (the|our|this|how)",
      ifNo: ["your"],
    },
    // "something only we have"
    { match: "only (we|us) (have|offer|do|provide|can)" },
    // "nobody else has the live map, that's unique to us"
    { match: "(is|totally|completely|entirely|really) unique to (us|our #Noun)" },
    // "something nobody else in the market has, it's proprietary, built in house"
    { match: "(something|feature|thing|one) (nobody|no one) else .{0,3} (has|offers|does)" },
    { match: "(it is|which is) #Adverb? proprietary" },
    { match: "we built it .{0,2} in house" },
    { match: "(covers|lists|has|shows) all the #Feature" },
    { match: "(got|has|have|comes with|includes) .{0,6} the whole nine yards" },
    {
      match: "#Offering (is|are) #Adverb? (slick|sleek|amazing|awesome|gorgeous|beautiful|powerful)",
      clause: "statement",
    },
    { match: "you can also (customize|customise|brand|white label)" },
    // "this model's got auto levelling, which nobody else has": a feature sold as unique
    { match: "(which|that) nobody else (has|does|offers|gives|can)" },
    // "the really cool thing about this model is the auto-dispense drawer"
    { match: "cool thing about (this|our|the) #Noun" },
    // "it's the only one on the market with a dual lock"
    { match: "only (one|#Noun) (on the market|in the market|out there) (with|that)" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Pitches product features as the reason to buy."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "that's one of the things people love about it",
    "so the cool thing about this unit is the dual lock",
    "it's the only one on the market with a twin drawer",
    "and this unit's got the self cleaning cycle which nobody else has",
    "what customers really love is the one click payroll export",
    "that capability is exclusive to our platform",
    "and this is a really slick feature",
    "it ships with over fifty prebuilt reports",
    "no one else does anything like this",
    "we have a feature that does exactly that",
    "the alerts functionality is something nobody else offers",
    "it has loads of features your team will love",
    "only we offer this kind of reporting",
    "we also have an ai assistant that drafts the replies for your agents",
    "we also have a mobile app for the drivers",
    "nobody else has the two way sync, that's unique to us",
    "it's a feature nobody else in the space has",
    "the scoring model is fully proprietary and we built it completely in house",
    "the brochure covers all the features",
    "the app is really slick, it's got the whole nine yards",
    "you can also customise the branding with your logo",
  ],
  misses: [
    "what people love about your stores is the staff",
    "the thing i love about your team is how quickly you answer",
    "which features does your team actually use",
    "your current vendor comes with a long contract",
    "nobody else from your team is joining",
    "the features you listed are in the doc",
    "we built a checklist for the workshop",
    "the unique thing about your plant is the layout",
    "we also have a call with your it team on friday",
    "we also have the notes from last time if you need them",
    "the layout of your plant is really unique to your site, so how do pickers route",
    "is the format proprietary or can your team read it in excel",
    "is your current system slick enough for the night shift",
  ],
  paraphrases: [
    "honestly there are dozens of capabilities packed in there for your planners",
    "and the scheduling piece is a powerful functionality on its own",
  ],
}
