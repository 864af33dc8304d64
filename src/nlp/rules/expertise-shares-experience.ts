// Seed, principle 1: the seller is One-Up by knowing more than the client; patterns seen across
// many clients are knowledge the client cannot get from inside one company.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "expertise-shares-experience",
  principle: "expertise",
  polarity: "up",
  nudge: "Good: that cross-client pattern is knowledge they can't get on their own.",
  patterns: [
    // "in maybe forty of these implementations, the thing that bites people is…"
    {
      match:
        "(in|across|over|from) .{0,3} #Value+ of these (implementations|rollouts|projects|deployments|installs|migrations|go lives|launches)",
    },
    // "across the thirty rollouts we ran"
    {
      match:
        "(across|from|among) .{1,5} (we|i) (have|had)? #Adverb? (#Verb|done|seen|run|built|led|supported|delivered)",
      // (not company history or small talk: "across six offices", "from our office we go"; not
      // hearsay: "from what i understand", "from what i've heard")
      notIf:
        "(you|your|me|intro|#Modal|#Copula|#CompanyStory|office|home|understand|understood|heard|read|gather|gathered|told)",
    },
    // "in about a dozen lab consolidations i've been part of, sample tracking broke"
    {
      match:
        "in (about|over|nearly|some|maybe|roughly)? (a dozen|dozens of|hundreds of|#Value) .{1,3} (i|we) (have|had)? (been part of|done|run|led|seen|worked on|delivered|supported)",
      // (a stretch of time is not a track record: "in two weeks we have done the import")
      notIf: "(week|weeks|day|days|month|months|year|years|hour|hours|minutes)",
    },
    // "the pattern we keep running into", "a mistake i see a lot"
    { match: "(the|a|one) (pattern|mistake|trap|thing) (we|i) (keep|always|often|usually|tend|see|hear)" },
    // "across our client base"
    { match: "across (our|my) (customer|client|install|user)? (base|customers|clients|accounts|portfolio)" },
    // "in my experience"
    { match: "in (my|our) (experience|work with)" },
    // "what we usually see with banks your size"
    {
      match:
        "what (we|i) (have)? #Adverb? (see|seen|find|found|hear|heard|notice|noticed|learned) (with|at|across|among|in) .{0,2} #Plural",
    },
    // "what we tend to see with credit unions"
    { match: "what (we|i) #Adverb? tend to (see|find|hear|notice)" },
    // "most retailers we work with", "the logistics firms we partner with"
    // (the tagger often misreads the plural in run-on captions, so any word may precede "we")
    {
      match: ". (we|i) (have)? #Adverb? (work|worked|partner|partnered|talk|talked|deal|dealt) with",
      notIf: "(you|your)",
      // (name-dropping is not a pattern: "we work with a bunch of the big names")
      ifNo: ["names", "logos"],
    },
    { match: "#Plural (we|i) (have)? #Adverb? (support|supported|serve|served)" },
    // "having done this with a lot of firms"
    { match: "having (done|seen|run|led|delivered) (this|these|that|it|them) (with|at|for|across|in)" },
    // "we've done this at enough plants to know"
    {
      match:
        "(we|i) have (done|seen|run|implemented|delivered) (this|that|it|these) (at|with|for|in|across) (enough|dozens|hundreds|many|a lot|lots|most|#Value)",
    },
    // "i've sat in on maybe a hundred of these"
    {
      match:
        "(i|we) have (seen|done|run|sat|been|watched|led|worked) .{0,5} (hundred|hundreds|dozen|dozens|thousand|thousands) (of|#Plural)",
    },
    // "nine times out of ten", "eight out of ten teams we talk to"
    { match: "times out of (ten|#Value)" },
    { match: "(#Value|most|nearly all) out of (ten|#Value) (#Plural|#Peer)" },
    {
      match: ". (we|i) (have)? #Adverb? (talk|talked|speak|spoke|sell|sold) to",
      notIf: "(you|your)",
      ifNo: ["names", "logos"],
    },
    // "usually when a distributor switches"
    {
      match:
        "(typically|usually|generally|normally) when (a|an|most|#Plural) .{0,3} (moves|switches|rolls|goes|tries|starts|adopts|says|tells|asks|hits|gets|move|switch|try|start|adopt)",
    },
    // "we've rolled this out for forty dealer groups"
    {
      match:
        "(we|i) have #Adverb? (rolled|done|implemented|deployed|run|built|helped|supported|seen|worked) .{0,3} (for|with|at|across|in) (#Value|dozens|hundreds|lots|many|enough|most)",
      notIf: "(you|your)",
    },
    // "among the co-ops we support"
    { match: "among (the|our|all) .{0,3} (we|i) (support|work|serve|see|saw|worked|supported)" },
    // "what i hear from plant managers…"
    { match: "what (we|i) #Adverb? (hear|see|find|learn|learned|notice|observe) from" },
    // "people in your position usually…", "companies your size tend to…", "teams like yours all hit…"
    // (the peer phrase alone is not a pattern: "for companies like yours onboarding is two calls")
    {
      match:
        "(#Peer|people|folks|companies|teams|others) (like yours|like you|your size|in your position|in your shoes|in your space|in your industry|in your segment|in your seat) #Adverb? (#Experience|tend|often|always|all|almost|end|find|struggle|hit|run|lose|spend|underestimate|overestimate|start|see|get|discover|realize|realise|learn)",
    },
    // "most of the clinics we've seen", "the best teams usually…"
    {
      match:
        "(most|many|the best|a lot) (of)? (the|our)? #Peer (usually|typically|tend|end|almost|always|consistently|all|often|find|see|struggle)",
    },
    // "we've helped dozens of credit unions"
    {
      match:
        "(we|i) have #Adverb? (helped|supported|served|seen|advised|coached) (#Value|dozens|hundreds|lots|many|a lot)",
    },
    // "we've been through about sixty migrations"
    {
      match:
        "(we|i) have #Adverb? (been through|done|run|seen|handled|managed|delivered|completed|implemented|rolled out|led|supported|worked on) (about|over|more than|nearly|roughly|around|almost|maybe|well over)? #Value",
    },
    // "something we noticed across our installs", "we tracked this with a bunch of agencies"
    {
      match:
        "(we|i) (have)? #Adverb? (seen|noticed|found|learned|tracked|measured|watched|observed|saw|see|notice|find|track) .{0,6} (across|among|with|from|at) (a|lots|dozens|hundreds|many|most|every|all|other|our|the other|#Value)",
    },
    // "from the other school districts on our platform"
    { match: "(from|with|at|among|across) (the|our|all)? other #Plural+ (we|on|i|that|who|using|in|like)" },
    // "from working with a lot of property managers"
    {
      match:
        "(working|partnering|talking|dealing) with (a lot of|lots of|dozens of|hundreds of|so many|plenty of|many|most|all kinds of)",
    },
    // "every hospital we've worked with"
    {
      match:
        "every (#Peer|#Noun) (we|i) have? #Adverb? (worked|partnered|supported|served|seen|helped|talked|met)",
      notIf: "(time|day|week|month|year)",
    },
    // "we've done this at about thirty regional banks"
    {
      match:
        "(we|i) .{0,4} (at|with|across|for|in) (about|over|nearly|roughly|around|almost|maybe|more than)? (#Value|dozens|hundreds|lots) .{0,2} #Plural",
      notIf:
        "(you|your|me|intro|minutes|hours|days|weeks|months|years|people|offices|countries|locations|employees|staff|stores|started|founded|#CompanyStory|#Copula|need|loop|#Modal|seats|licences|licenses|users|agreed|confirmed|signed|booked|ordered)",
    },
    // "what we typically find", "when we audit a fleet"
    {
      match:
        "what (we|i) (typically|usually|often|generally|normally|always|consistently|tend to) (find|see|hear|notice|learn)",
    },
    {
      match:
        "when we (audit|assess|analyze|analyse|benchmark|review|look at|map|diagnose) (a|an|most|these|those)",
    },
    // "the teams i've seen get the most out of this"
    { match: "#Plural (i|we) have (seen|watched|worked with|met|helped|supported)" },
    // "in our last benchmark of law firms"
    {
      match:
        "(our|the) #Adjective? (benchmark|survey|study|research|analysis|index) (of|across|with|on|shows|found)",
    },
    // "i've watched a lot of manufacturers try this"
    {
      match:
        "(i|we) have #Adverb? (watched|seen|helped|worked with|met|talked to|spoken to) (a lot of|lots of|many|dozens of|hundreds of|plenty of|so many|most)",
    },
    // "we see this constantly with franchise groups"
    {
      match:
        "(we|i) (see|hear|find|notice) (this|that|it) #Adverb? (with|at|across|in|among|constantly|all the time|a lot|often|everywhere)",
    },
    // "having sat with maybe fifty finance teams through this"
    {
      match:
        "having (sat|worked|been|done|seen|run|helped|partnered|talked) (with|through|at|in|to)? .{0,2} #Value",
    },
    {
      match:
        "having (sat|worked|been|done|seen|run|helped|partnered|talked) (with|through|at|in|to)? .{0,2} (dozens|hundreds|lots|many)",
    },
    // "the clinics that get the best results tend to…"
    { match: "(#Peer|#Plural|ones) (that|who) .{1,6} (tend|tends) to" },
    // "what tends to happen with companies at your stage"
    { match: "what (tends|tend) to (happen|work|go wrong|break|slip)" },
    { match: "(#Peer|people|companies|teams|firms|businesses) at (your|this) (stage|size|scale|level)" },
    // "we see the same mistake again and again at growing brands"
    { match: "(we|i) (see|hear|watch|saw|heard) .{0,4} (again|over|time) (and|after) (again|over|time)" },
    {
      match:
        "the same (mistake|pattern|problem|story|issue) (again|over|at every|across|in every|everywhere)",
    },
    // "what i keep hearing from finance leaders"
    { match: "what (we|i) #Adverb? keep (hearing|seeing|finding|noticing|running)" },
    // "in the last twenty or so plant rollouts we did"
    {
      match:
        "(in|over|across|from) (the|our)? (last|past) (#Value|few|couple) .{0,4} (we|i) (have)? #Adverb? (did|done|ran|run|led|delivered|shipped|installed|supported|worked|saw|seen|rolled|onboarded|implemented|deployed)",
      notIf: "(you|your|minutes|hours|days|weeks|months|years|quarters|calls|meetings|demos|sessions)",
    },
    // "nearly every carrier we've onboarded underestimated the paperwork"
    {
      match:
        "(nearly|almost|virtually)? every (#Peer|#MarketActor|#Noun) (we|i) have? #Adverb? (onboarded|implemented|deployed|trained|rolled|migrated|launched|onboard)",
      notIf: "(time|day|week|month|year)",
    },
    // "we had a dealer group about your size last spring, turned out…"
    {
      match: "(we|i) (had|worked with|helped) (a|an|one) .{1,8} (your|this) (size|stage|scale)",
      notIf: "(call|chat|meeting|question|conversation|talk|look|demo|discussion|email|note)",
    },
    // "what we've learned working with utilities"
    { match: "what (we|i) have (learned|seen|found|noticed|observed) (working|from|with|across|at|in|over)" },
    // "we see this a lot with german manufacturers" (a multi-word choice after an optional tag never
    // matches in compromise 14, so "a lot" has its own pattern)
    { match: "(we|i) (see|hear|find|notice) (this|that|it) a lot (with|at|across|in|among)" },
    {
      match:
        "across our #Value+ (rollouts|implementations|customers|clients|deployments|sites|projects|installs)",
      clause: "statement",
    },
    // "across the warehouse moves our team has run": the team's track record, said through "our team"
    {
      match:
        "(across|from|among) .{1,5} our (team|teams|people|engineers|crews|consultants|installers) (has|have|had)? #Adverb? (done|seen|run|built|led|supported|delivered|worked|handled)",
      notIf: "(you|your|office|home)",
    },
    // "buildings with your occupancy profile usually overspend": peers that share a trait with the client, and what they tend to do
    {
      match:
        "#Plural with (your|a similar|that) .{0,2} (profile|mix|footprint|setup|size|shape) #Adverb? (usually|typically|tend|often|generally)",
    },
    // "in the sixty or so payroll migrations we've run, the ones that slip…", "in the last dozen
    // integrations we supported", "on the 17 conveyor contracts we run": a track record counted
    // in projects (not a stretch of time)
    {
      match:
        "(in|on|across) the last? (dozen|#Value) (or so)? .{1,4} (we|i) (have|had)? (run|done|led|delivered|supported|seen|worked on|worked|been part of|manage|managed|maintain|service|serviced|look after)",
      notIf: "(week|weeks|day|days|month|months|year|years|hour|hours|minutes)",
    },
    // "from our energy audits in about forty cold stores, normally a third goes to…": what the seller's own fieldwork showed
    {
      match:
        "from (our|my) .{0,2} (audits|assessments|reviews|surveys|benchmarks|studies|projects|rollouts|implementations|deployments) (in|at|across|of|with) (about|around|roughly|over|nearly|some|more than)? #Value",
    },
    // "in our placements for care homes, the ones who lose staff early nearly always…"
    { match: "in our #Plural (for|with|at|across) .{1,4} the ones (who|that)" },
    // "going by the last three winters, our branches run out of boilers in the first cold snap"
    { match: "going (by|off) the last #Value #Plural" },
    // What most of the seller's clients do, said in passing: "most of our warehouse customers run
    // it at eighty", "in most office buildings we keep a small boiler as backup"
    {
      match:
        "most of (our|my) #Noun? (customers|clients|accounts|sites|users|#Plural) #Adverb? (run|use|set|keep|choose|pick|start|end|put|go|do|pay|split|leave|turn)",
      clause: "statement",
    },
    { match: "in most #Noun? #Plural we #Adverb? #Verb", clause: "statement" },
    // Where things usually go wrong or pay off, from having seen many: "that's usually where the
    // fight is", "it's the one that sinks a lot of these projects", "the single most common story
    // i hear", "that's the one i get the most"
    {
      match:
        "(that is|it is|this is) (usually|typically|often|normally|generally|almost always|nearly always) where",
      clause: "statement",
    },
    {
      match:
        "(one|thing|what|mistake|issue|problem) (that)? (sinks|kills|derails) (a lot of|most|many|half) (these|those|the)? #Plural",
    },
    {
      match:
        "most common (story|thing|pattern|mistake|question|problem|failure|complaint|reason|objection) (i|we) #Adverb? (hear|see|get|run into)",
    },
    { match: "the one (i|we) (get|hear|see) (the)? most", clause: "statement" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Shares a pattern seen across many clients or projects."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "across maybe thirty of these rollouts the hard bit is always the data",
    "in the last dozen integrations we supported the cutover slipped in nine",
    "your admins logged in four times a month and in our experience accounts under ten logins a month are the ones that leave",
    "going by the last three winters the branches run dry in the first cold snap",
    "in our installs for dental groups the ones that switch mid year nearly always regret the timing",
    "in the forty or so clinic rollouts we've done the ones that stall always stall on the rota",
    "from our site assessments at about thirty depots the forklifts idle a third of the shift",
    "in maybe thirty depot rollouts we've supported, the handheld scanners were never the problem",
    "seven out of ten practices we speak to book the hygienist first",
    "across the fifty clinics we've onboarded the same bottleneck shows up in week two",
    "in my experience finance teams underestimate the data cleanup",
    "what we tend to see with regional banks is that the branch staff resist first",
    "most of the logistics firms we partner with run two planning cycles not one",
    "we've done this at dozens of hospitals and the night shift is always the hardest",
    "nine times out of ten the delay comes from the approvals not the build",
    "usually when a school switches platforms the teachers need a month to settle",
    "we've helped dozens of credit unions through this exact migration",
    "what i keep hearing from finance leaders in your shoes is that close takes too long",
    "among the agencies we support the ones with a single brief template ship faster",
    "we've been through about forty of these cutovers",
    "something we noticed with a lot of our clinics is that no shows spike on mondays",
    "every distributor we've supported hits the same wall at month three",
    "we've done this at about twenty regional hospitals",
    "what we typically find is the data is fine and the process isn't",
    "we see this constantly with property managers",
    "having worked with dozens of practices through this the bottleneck is intake",
    "what tends to happen with firms at your stage is that pricing drifts",
    "we see the same mistake again and again at growing brands",
    "from the thirty or so rollouts we've led the registrar's office is where things stall",
    "what we've learned working with utilities is that meter data is messy",
    "over the last thirty or so clinic launches we ran the front desk was the bottleneck",
    "on the forty boiler contracts we maintain, pump seals cause about half the callouts",
    "almost every broker we've onboarded had duplicate contacts in the crm",
    "we had a credit union roughly your size last year and it turned out the issue was intake",
    "we see this a lot with regional carriers",
    "across our sixty rollouts adoption dips in month two",
    "across the warehouse moves our team has run, the cutover weekend was never the hard part",
    "buildings with your occupancy profile usually overspend on heating by about a fifth",
    "most of our warehouse customers run it at eighty for pickers and lower for drivers",
    "and in most office buildings we keep a smaller boiler as backup for the coldest days",
    "without video that's usually where the fight is, and it can drag on for a year",
    "it's a fair worry and it's the one that sinks a lot of these projects",
    "that's the single most common story i hear from fleet owners",
    "that's the one i get the most, and the short answer is the cold climate units cope",
  ],
  misses: [
    "which two of these projects should we start with",
    "great so we agreed the renewal stays at forty seats",
    "quick intro from me i look after the public sector accounts",
    "in the two weeks we've had so far the import ran fine",
    "in two weeks we have done the data import and the training",
    "from what i understand the depot closes early on fridays",
    "i spoke to your finance lead this morning",
    "we talk to the api every five minutes",
    "across the street from our office there's a great cafe",
    "the invoice is from march we'll send the corrected one tonight",
    "in my inbox i see your email from monday",
    "what we saw in your report was really helpful",
    "we work with your it team on the integration next week",
    "i've done the paperwork for the trial",
    "most of the time the link works fine",
    "we've worked on your account for two years",
    "what i heard from you last week was helpful",
    "we've been through the contract already",
    "we noticed your email came in late",
    "we met with about ten of your people yesterday",
    "we see it on your website",
    "having said that let's move on",
    "for companies like yours setup is one call and then we load your data",
    "in the last two weeks we did a lot of demos",
    "we had a quick call about your size requirements",
    "we see it a lot clearer on your dashboard now",
    "across the two sites you mentioned, who owns the rota",
    "from the office our team has run the payroll since june",
    "the invoices with your company size on them go out monthly",
    "most of our clients don't want the login, they want the report",
    "in most hospitals i know the ward clerk keeps her own list",
    "is that usually where the delay is for you?",
    "the flu season sinks a lot of rotas every january",
    "what's the most common problem you hear from the drivers",
    "which one do you get the most complaints about",
  ],
  paraphrases: [
    "most warehouses typically find the scanners are fine and it's the slotting that hurts",
    "restaurant groups in your position almost always underestimate how long menu data takes to clean",
  ],
}
