// Seed, principle 2: the client knows their company better than the seller does; telling them how
// it works inverts who holds that knowledge.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "ask-tells-them-their-business",
  principle: "ask-what-they-know",
  polarity: "down",
  nudge: "Turn the claim into a question: ask how it actually works on their side.",
  patterns: [
    // Guessing aloud how their approvals run instead of asking: "i'd imagine your procurement team
    // signs off on everything over a certain amount", "so it's really your cfo who makes the call"
    {
      match:
        "(i would imagine|i imagine|i assume|i would assume|i am guessing|presumably) (your|the) #Noun{1,2} (signs|sign|approves|approve|decides|decide|handles|handle|owns|own|runs|run)",
      clause: "statement",
    },
    {
      match: "it is #Adverb? your #Stakeholder (who|that) (makes|decides|signs|approves|calls|owns)",
      clause: "statement",
    },
    // "i know how procurement works at companies like yours"
    {
      match:
        "i know #Adverb? (how|what) .{0,4} (at|in|for) (companies|places|firms|organizations|organisations|teams|shops|businesses) like (yours|you)",
      clause: "statement",
    },
    // "your team obviously doesn't care about reporting"
    {
      match:
        "your #Noun{1,2} (definitely|obviously|clearly|surely|certainly|never) (#Auxiliary|#Verb|#Negative)",
      clause: "statement",
    },
    // "you don't need to involve your finance people"
    {
      match:
        "(you|they) (do not|will not|would not) need to (involve|ask|check with|loop in|bother|include) (your|the) #Stakeholder",
      clause: "statement",
    },
    // "that's just how it goes at hospitals"
    {
      match:
        "that is #Adverb? #Adverb? (how|what) (it|things) (works|goes|go|work) (everywhere|at #Peer|in #Peer|at #Plural|in #Plural)",
      clause: "statement",
    },
    // "that's how it works at every firm your size"
    {
      match:
        "that is #Adverb? #Adverb? (how|what) (it|things) (works|goes|go|work) (at|in) (every|most|all) #Noun",
      clause: "statement",
    },
    // "that's what everyone in logistics does"
    {
      match: "that is #Adverb? #Adverb? (how|what) (everybody|everyone) .{0,4} (does|do)",
      clause: "statement",
    },
    // "your approvals probably go through finance first"
    {
      match:
        "#Process .{0,2} (probably|obviously|surely|always|definitely) .{0,2} (go|goes|run|runs|pass|passes) (through|via) .{0,2} #Stakeholder",
      clause: "statement",
    },
    // "i'm sure your legal department won't have any concerns", "your procurement won't be a big deal"
    {
      match:
        "(i am sure|i bet|i assume|surely|i would assume) your #Noun+ (will not|would not|do not|does not|never|will|would) (have|be|mind|care|object|need)",
      clause: "statement",
    },
    {
      match: "your #Stakeholder (will not|would not|does not) be (a big deal|an issue|a problem|a hurdle)",
      clause: "statement",
    },
    {
      match: "(companies|firms|teams|businesses|people) like (yours|you) never (do|have|mind|care|object)",
      clause: "statement",
    },
    // "you'll be like every other plumbing firm", "that's how it always works"
    {
      match: "(you will be|you are|you would be) (just)? like every other #Adjective? #Noun",
      clause: "statement",
    },
    { match: "that is (just)? how it always (works|goes|is)", clause: "statement" },
    // "your procurement committee works like most hospital systems", "your security team will rubber stamp it"
    {
      match: "your .{1,3} (works|work|runs|run|operates|operate) like (most|every|all|other) #Noun",
      clause: "statement",
    },
    { match: "your #Noun+ .{0,2} rubber stamp" },
    { match: "we (probably|really)? (do not|will not) need to (involve|bring in|loop in) (them|your|the)" },
    {
      match:
        "(i assume|i imagine|i would imagine|i am guessing|presumably) (that)? .{0,6} (run|runs|work|works) the same way",
      clause: "statement",
    },
    {
      match: "your #Adjective? #Noun+ (will|would) be (fine|okay|ok|happy|on board) with (this|it|that)",
      clause: "statement",
    },
    {
      match: "your #Noun+ (will|would) (sign off|approve|agree|say yes) .{0,3} (quick|quickly|fast|easily)",
      clause: "statement",
      ifNo: ["if", "once", "when"],
    },
    { match: "your #Noun+ (will|would) (sign off|approve|agree|say yes) .{0,3} trust me" },
    // "in a council like yours the planning team will be the ones holding this up"
    {
      match: "the #Noun+ (will|would) be the (ones|one) (holding|slowing|blocking|dragging)",
      clause: "statement",
    },
    // "i'm guessing that's how it works on your side too"
    { match: "(guessing|assume|imagine|bet) (that is|that's) how it (works|goes)" },
    // "that's usually what it is with brokerages"
    { match: "(that is|that's) (usually|normally|always|typically) what it is with #Plural" },
    // "that's how purchasing works at places like yours"
    {
      match:
        "how #Noun+ (works|goes|go|work|runs|run) (at|in) (places|companies|firms|outfits|businesses|organisations|organizations|shops) like (yours|you)",
    },
    // "so the way your team works is ops owns the data and finance just approves"
    { match: "the way your .{0,2} (works|runs|operates) is", clause: "statement" },
    // "the way councils work is the finance committee signs off, so i'd assume it's the same for you"
    { match: "assume (it is|that is) the same (for|at|with) (you|yours)" },
    // "you wouldn't need procurement involved at a utility your size"
    { match: "(would not|will not|do not|does not) need (your|the)? #Stakeholder (involved|in|on)" },
    // "that's how all the hospitals work"
    { match: "how (all|most|every) (the)? #Plural (work|operate|run|buy|do it)" },
    // "at companies like yours marketing just signs these off"
    {
      match:
        "at (companies|places|firms|businesses|outfits|organisations|organizations) like yours #Noun+ #Adverb? (signs|sign|decides|decide|approves|approve|goes|go|buys|buy)",
    },
    // "in a university your size the dean will just sign it off"
    { match: "in a #Noun your size .{0,4} (will|would) just (sign|approve|decide|go|rubber)" },
    // "your contracts team sits under finance, it usually does at places like yours": their set-up guessed from others'
    {
      match:
        "(it|that|they) usually (does|do|is|are|works|sits) (at|in|with|for) (places|companies|firms|teams|organisations|organizations|businesses|practices|groups) like (yours|you)",
    },
    // "i suspect your approval process is the usual one"
    {
      match:
        "your .{1,3} (is|are) (probably|presumably|likely|just)? the usual (one|setup|set-up|way|route|story)",
    },
    // "i suspect the way it works at your place is that hr runs the hiring": their own process told to them
    { match: "the way (it|things|this) (works|goes|runs) (at|in) your .{0,2} (is|are)" },
    { match: "the way (it|things|this) (works|goes|runs) (at|in) #Plural like yours (is|are)" },
    // "i suppose like most brokers your decisions would go through the partners"
    {
      match:
        "like most (#Peer|brokers|firms|practices|companies|businesses|organisations|organizations|schools|councils|clinics|groups|operators|agencies) your .{0,2} (would|will|go|goes|is|are|runs|run)",
    },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Tells the client how their own company or people work instead of asking."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "i imagine like most practices your decisions go through the senior partner",
    "i imagine the way it works at your firm is that the partners sign off and everyone else waits",
    "i'd imagine your buying team reports into operations, it usually does at firms like yours",
    "i suspect your buying process is the usual one, ops drafts it and finance approves",
    "in a council your size the finance director will just sign it off",
    "they just go with whatever's cheapest that's how all the trusts work",
    "at firms like yours marketing just signs these off on its own",
    "they'll go with whoever's cheapest that's how procurement works at places like yours",
    "so the way your team works is ops owns it and finance just approves",
    "the board signs off at most trusts so i'd assume it's the same for you",
    "honestly you wouldn't need procurement involved for something this size",
    "procurement usually makes the call so i'm guessing that's how it works for you too",
    "your agents just aren't using it that's usually what it is with brokerages",
    "i'd imagine your procurement team signs off on everything over a certain amount",
    "so it's really your cfo who makes the call there",
    "i know what matters to buyers at firms like yours it's always price",
    "your board obviously won't care about the details",
    "your reps clearly don't need more training",
    "you don't need to involve your legal team on this one",
    "i know how budgeting goes in companies like yours",
    "your managers definitely want more dashboards",
    "that's what everyone in trucking does",
    "i'm sure your finance team won't mind the change",
    "your procurement won't be a big deal at your size",
    "you'll be like every other dental practice, the practice manager runs the diary",
    "in a shop your size the owner picks the supplier, that's how it always works",
    "i imagine your buying committee works like most universities, finance first then the board",
    "your security team will probably rubber stamp it, so we don't need to involve them yet",
    "i assume your two plants basically run the same way",
    "your regional managers will be fine with this, they always want more dashboards",
    "your finance lot will sign off quick trust me",
    "in a firm like yours the partners will be the ones holding this up, they always are",
  ],
  misses: [
    "like most weeks your team is busiest on monday, yes",
    "how does the way it works at your place compare with the last job",
    "it usually does take a week at places like ours to get the keys cut",
    "is your usual contact still on holiday",
    "how does purchasing work at your place, who signs the orders",
    "who signs off on anything over that amount",
    "i'd imagine the weather will hold for the site visit",
    "how does budgeting work in your company",
    "your team probably knows this better than me",
    "i know how busy your team is this month",
    "your board meets in may right",
    "do you need to involve your legal team",
    "companies like yours usually bring finance in early",
    "is that how it works at most clinics",
    "i'm sure you mentioned finance owns the renewal, is that right",
    "your procurement took six weeks last time, you said, so what slowed it",
    "does your approval board work like most hospital systems or is it different",
    "your board rubber stamped the budget in march, you said, so what's left",
    "will your regional managers be fine with this or should they see it first",
    "your finance team will sign off quickly if the payback is under a year, so let's build that case",
    "who will be the ones holding this up on your side",
  ],
  paraphrases: [
    "you won't need to loop in your procurement people for a renewal this size",
    "your sign off obviously runs through the cfo anyway",
    "honestly that's just how it works at dealer groups",
  ],
}
