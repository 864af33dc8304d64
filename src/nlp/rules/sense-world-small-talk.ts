// one-up.md, make-sense down signals: empty remarks about the world ("crazy times") fill the slot
// where an insight about the client's situation should go.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "sense-world-small-talk",
  principle: "make-sense",
  polarity: "down",
  nudge: "Swap the remark for one named trend and what it means for their numbers.",
  patterns: [
    // "crazy times", "interesting times", "wild world"
    {
      match:
        "(crazy|wild|interesting|exciting|strange|weird|insane|nuts|unprecedented|uncertain|bonkers|mad|scary|unpredictable|chaotic) (times|days|year|years|world|market|economy|couple|few|stretch|ride|time|period|months)",
    },
    // "the economy is just nuts", "things are wild out there"
    {
      match:
        "(the|this) (economy|market|world|everything|things) (is|are|has been|have been) #Adverb? (crazy|nuts|wild|insane|bonkers|mad|scary|weird|nuts)",
    },
    { match: "things are #Adverb? (crazy|nuts|wild|insane|bonkers|mad|scary|weird|nuts)" },
    // "what a year it's been"
    { match: "(what|such) a (year|time|ride|week|month|couple of years) (it has been|it is|we have had)?" },
    // "who knows what's coming"
    { match: "who knows (what|where|how) .{0,3} (coming|next|happen|going|end|around)" },
    // "who can keep up", "changing so fast"
    { match: "(who|nobody|no one) (can|could) keep up" },
    { match: "(changing|moving) so fast" },
    // "everything is so unpredictable these days"
    {
      match:
        "(everything|things|times|the world|the market|the economy) (is|are|has been|have been) #Adverb? #Adverb? (crazy|nuts|wild|insane|unpredictable|uncertain|chaotic|mad|bonkers|scary|volatile|strange|upside down)",
    },
    // "changing really fast"
    { match: "(changing|moving) (so|really|very|too|super) fast" },
    { match: "(economy|market|world|things|everything) (is|are|has been|have been) all over the place" },
    // The same empty remark about any named force: "inflation's been nuts hasn't it", "interest
    // rates are just bonkers right now", "a tough market out there", "so up and down right now".
    {
      match:
        "#Force+ (is|are|has been|have been) #Adverb? #Adverb? (crazy|nuts|wild|insane|bonkers|mad|scary|unpredictable|chaotic|volatile)",
      ifNo: ["means", "your", "so"],
    },
    { match: "(tough|rough|brutal|crazy|wild|mad|scary) #Force+ out there" },
    { match: "#Force+ (is|are) #Adverb? (so|just|really)? up and down" },
    { match: "(everything|things) all over the place" },
    { match: "(it is|its)? (mad|crazy|wild|nuts|insane|bonkers) out there", ifNo: ["#Force", "your"] },
    { match: "times are #Adverb? (tough|hard|rough|difficult|strange|crazy|mad)", ifNo: ["your", "because"] },
    { match: "(everyone|everybody) is feeling it" },
    { match: "everything (going on|happening) (in the world|out there)" },
    { match: "(everybody|everyone) is (a bit|a little|kind of)? on edge" },
    // "the economy is tough for everyone at the moment, it is what it is"
    { match: "(tough|hard|rough|difficult) (times)? for everyone" },
    // "what can you do, it is what it is"
    { match: "it is what it is" },
    // "everything's gone mad since covid"
    {
      match:
        "(everything|things|the world|prices) (has|have|is|are)? gone (mad|crazy|nuts|wild|mental|bonkers) since",
    },
    // "ai is changing everything"
    { match: "(ai|the cloud|technology|tech|digital|everything) is (changing|moving) everything" },
    // "it's the future, so you kind of have to get on board"
    { match: "(have|has|got) to get on board" },
    // "things are changing so quickly out there, it's a fair bit to keep up with"
    {
      match:
        "(things|everything|the world|it) (is|are) (changing|moving) so (quickly|fast|rapidly) (out there|these days|at the moment|nowadays)",
    },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Empty small talk about the world or the economy with no insight behind it."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "everything is moving so fast these days isn't it, hard to keep up",
    "everything's going electric these days it's the future so you kind of have to get on board",
    "everything is moving to the cloud and ai is changing everything",
    "yeah everything's gone mad since covid hasn't it",
    "yeah the economy is tough for everyone at the moment",
    "what can you do it is what it is",
    "crazy world right now huh",
    "honestly the market is just wild at the moment",
    "what a couple of years it's been for everyone",
    "who knows what's going to happen next with all of this",
    "everything's moving so fast these days",
    "these are uncertain times for sure",
    "things are so volatile at the moment",
    "honestly it's mad out there at the minute isn't it",
    "times are tough for hospitals right now i guess everyone's feeling it",
    "with everything going on in the world right now i think everyone's a bit on edge",
  ],
  misses: [
    "your rota is changing so quickly at the moment that the spreadsheet can't keep up",
    "the market for used forklifts tightened after the port strike so lease rates went up",
    "we had a crazy busy week at the plant",
    "what a great question",
    "who knows the login for the portal",
    "your team kept up with the rollout really well",
    "times are listed in eastern on the invite",
    "the market is moving toward subscription pricing and that changes your forecast",
    "freight prices are crazy right now so your q3 landed cost goes up about six percent",
    "the demand at your downtown store has been wild since the remodel so your staffing needs a second look",
    "it's mad out there for freight rates, spot prices doubled and that hits your margin first",
    "times are tough for your stores because footfall fell twelve percent after the rate rise",
    "with everything going on in your market, rates up and carriers merging, where does that leave your margin",
  ],
  paraphrases: [
    "interest rates are just bonkers right now huh",
    "inflation has been nuts for everyone hasn't it",
    "it's a rough labor market out there, you know how it is",
  ],
}
