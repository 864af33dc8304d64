// Seed, principle 8: the company, founder and client-logo story differentiates no one, because
// every competitor tells the same story.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "models-company-story",
  principle: "teach-models",
  polarity: "down",
  nudge: "Skip the company story: teach them the two or three ways to solve this and where each one breaks.",
  patterns: [
    // "we just closed our series c"
    {
      match: "(closed|announced|landed) (our|a) (series|funding round|round of funding)",
      clause: "statement",
    },
    // "we were founded in 2011". A short answer to the client's question is not the story: an
    // answer particle in the sentence ("founded in 2020, yes") or a founding that points back to a
    // place just named ("that's where we were founded", "we were founded there") leaves it alone.
    {
      match:
        "where? (we|our company|our firm|the company) (were|was) (founded|started|established|born|formed) there?",
      notIf: "(where|there)",
      ifNo: ["yes", "yep", "yup"],
    },
    // "we were actually spun out of a university lab back in 2015"
    {
      match:
        "(we|our company|our firm|the company) (were|was) #Adverb (founded|started|established|born|formed|spun out|spun off|set up|launched)",
      ifNo: ["yes", "yep", "yup"],
    },
    { match: "(we|our company|the company) (were|was) (spun out|spun off|set up) (of|from|in|back|by|as)" },
    // "we started in a garage in austin"
    { match: "we (started|began) out? (in|of|as) (a|an|#Year|#Cardinal)" },
    // "founded by two engineers"
    { match: "(founded|started|established) by", ifNo: ["your", "their", "mentioned"] },
    // The story told through its word class: "our cofounder ran pharmacies for twenty years",
    // "our headquarters sits in…", "we closed a series b last spring".
    {
      match: "our #CompanyStory (is|was|are|were|sits|came|started|built|ran|used|spent|moved|opened)",
      notIf: "(leader|leading|number one|award|awards)",
    },
    { match: "(we|#SellerSide) .{0,2} #CompanyStory .{0,3} (series|round|million|millions|billion)" },
    // "our founder is a former nasa engineer"
    { match: "our (founder|founders|founding team|ceo|chairman)" },
    // "we've been around for thirty years"
    { match: "we have been (around|in business|doing this|operating|trading) (for|since)" },
    // "we're headquartered in boston"
    { match: "we (are|were)? (headquartered|based) in" },
    // "offices in twelve countries"
    {
      match:
        "(offices|locations|presence) in (over|more than|about|nearly|almost)? #Value+ (countries|cities|states|markets|regions)",
    },
    // "we've got offices in london, austin and singapore"
    { match: "we (have|opened|run) got? (offices|sites|hubs|locations) (in|across|all over|around)" },
    // The data-provider story: "our data comes from forty million verified contacts"
    {
      match:
        "our (data|database|dataset|contacts|records|numbers) (comes|come|is|are) (straight|directly|mostly|mainly|largely)? (sourced|pulled|drawn|built)? from",
    },
    // "our database has over two hundred million contacts"
    {
      match:
        "our (data|database|dataset|network|panel) (has|holds|covers|includes|contains|tracks) (over|more than|about|nearly|almost|around)? #Cardinal",
    },
    // "quick background on us: we started out as a spin off", "we're in thirty countries now"
    { match: "(quick|brief|little|short) (background|history) (on|about) (us|the company|our company)" },
    { match: "(quick|brief) (background|history) we" },
    { match: "we are in #Value+ (countries|states|cities|markets)" },
    // "we have over two thousand employees"
    {
      match:
        "we have (over|more than|about|nearly|almost|around) #Value+ (employees|people|staff|customers|clients|offices|engineers)",
    },
    { match: "we have #Value+ (employees|staff|offices|customers|clients)" },
    // "our clients include the biggest names in retail"
    { match: "our (clients|customers|partners|logos) (include|are|range|span)" },
    { match: "(biggest|largest|top|best known|household) (names|brands|logos)" },
    // "three of the top five banks"
    { match: "#Value of the (top|biggest|largest) #Value" },
    // "how we got started"
    { match: "how (we|the company|our company) (got started|started|began|was founded|came to be)" },
    // "we work with a ton of big brands you'd recognize"
    {
      match:
        "(brands|names|logos|companies|customers|clients) (you would|you might|you will|you) (recognize|recognise|know)",
    },
    {
      match:
        "we work with (a ton of|lots of|loads of|many|some of the|the biggest|big|major|all the) (brands|names|companies|logos|players)",
    },
    // "our client list includes household names"
    { match: "(customer|client) (list|base|roster|logos) (includes|include|is|has|spans)" },
    { match: "(big|major|huge|famous|well known|household) (names|brands|logos)" },
    // "we partner with brands like nike and adidas"
    {
      match:
        "(work|worked|partner|partnered) with (companies|brands|names|clients|customers|organizations) like .",
      notIf: "(yours|you)",
    },
    // "we are having clients like tata and mahindra also", "we've got customers such as…"
    {
      match: "we (are|have|got) (having|got)? (clients|customers|brands|names) (like|such as) .",
      notIf: "(yours|you)",
    },
    // "we've grown to about six hundred staff now"
    {
      match:
        "we #Adverb? (have|are)? (grown|grew|scaled|expanded) to (over|more than|about|nearly|almost|around)? #Value+ (staff|people|employees|customers|clients|offices|countries|engineers)",
    },
    // "we came out of y combinator", "the founders are both ex google engineers"
    {
      match:
        "we (came|spun) out of .{0,2} (combinator|accelerator|incubator|university|lab|labs|stanford|google|mit)",
    },
    { match: "the (founders|cofounders|co founders) (are|were) (both|all)" },
    // "we are a two hundred million dollar company listed on the exchange"
    {
      match:
        "we are a #Value+ (dollar|pound|euro|rupee|crore)? (company|business|firm|organisation|organization)",
    },
    { match: "listed on the .{0,3} (exchange|nasdaq|nyse)" },
    // "we've grown like three hundred percent year on year"
    {
      match:
        "we #Adverb? (have)? (grown|grew) (like|about|over|by|more than|nearly|almost|around)? #Value+ (percent|times|fold)",
    },
    // reviews as the story: "four point nine stars on google", "our trustpilot is through the roof"
    { match: "#Value+ stars (on|from|across)" },
    {
      match:
        "(our|the) (reviews|ratings|trustpilot|google reviews|review scores) (are|is) (through the roof|amazing|brilliant|off the charts|fantastic)",
    },
    // "proudly kiwi-owned, family run, twenty years on the north shore"
    {
      match: "(we are|we have been) (a)? (proudly|family|locally) .{0,2} (owned|run)",
      ifNo: ["yes", "yep", "no", "question", "asked"],
    },
    // "we do the payroll for loads of restaurants round here"
    {
      match:
        "we (do|handle|look after|work with) .{0,3} for (loads|lots|plenty|tons|heaps|half) of .{0,2} (round|around|in) (here|town|the area)",
    },
    { match: "you (might|may) have (seen|heard of|heard about) us" },
    // "we work with vodafone and barclays", "shoprite and mtn are both clients of ours"
    { match: "we (work|worked|partner) with #Organization" },
    { match: "(clients|customers) of ours" },
    // Logos using the product: "coca cola and siemens use us", "we've got nike running it",
    // "we count ikea among our customers"
    {
      match:
        "#Organization (use|uses|using|run|runs|running|trust|trusts|rely on|relies on) (us|it|our|this)",
      clause: "statement",
    },
    { match: "we count .{1,4} among our (customers|clients|users|partners)" },
    // "we've been going since 1987, family owned"
    { match: "(we have|we) been (going|trading|around|operating|running) since" },
    // "family owned and proud of it"
    { match: "family (owned|run) (and|since|business|firm|company)" },
    // "our two founders started the company out of a garage"
    { match: "(founders|founder) .{0,2} (started|founded|built|launched) (the|our) (company|business|firm)" },
    // "everyone round here uses us": the customer list as the pitch
    {
      match:
        "(everyone|everybody) (round|around|over|in) (here|town|the region|the area) (uses|use|buys|buy) (us|from)",
    },
    // "we work with three of the big four"
    {
      match:
        "(#Value|most|half|all) of the (big four|big three|big five|top ten|top twenty|top fifty|fortune 500|ftse 100|ivy league)",
    },
    // "we look after quite a few of the big centres and three of the universities in town": a client list as credentials
    {
      match:
        "(we|i) (look after|work with|supply|serve|service|support) (quite a few|a lot|lots|most|half|loads|plenty|#Value) of the (big|biggest|major|largest|main|top|best known) #Noun? (#Peer|#MarketActor|centres|centers|universities|schools|councils|retailers|chains|groups|firms|brands|names|players|operators)",
    },
    // "you may have seen our logo on the panel at the conference"
    { match: "(seen|spotted|noticed) our (logo|name|stand|booth|banner)" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Tells the company story: founding, founders, size, offices, client logos."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "we just landed our series b so we're well funded",
    "brands like coca cola and siemens use us",
    "we've got nike running it across europe",
    "we count ikea among our customers",
    "we supply most of the big garden centres round here, so people tend to trust us",
    "you might have spotted our stand at the trade show last month, we were rather pleased with it",
    "we work with three of the big four and most of the top ten banks",
    "we do all the big builders everyone round here uses us",
    "we've been trading since 1992 and we look after about three hundred clients",
    "we're family owned and proud of it",
    "our founders actually started the business in a spare bedroom",
    "so we were originally set up by two nurses in 2012",
    "the company was started back in ninety eight by a couple of pharmacists",
    "we started out of a basement in leeds",
    "we've got offices in london, austin and singapore now",
    "so um our database has over two hundred million contacts",
    "our data comes straight from county recorder offices in all fifty states",
    "so quick background we started out as a spin off from a university lab",
    "our data comes from over forty million verified contacts updated every week",
    "our founders came out of the airline industry",
    "we've been in business since the eighties",
    "we're based in denver with offices in nine countries",
    "our customers include some of the best known brands in food",
    "four of the top ten insurers use us",
    "let me tell you how we got started",
    "our clients are names you'd recognize",
    "our client list includes household names",
    "we partner with brands like nike and adidas",
    "we have locations in over thirty countries",
    "so a little background, we were founded in 2009 by two nurses",
    "actually we are having clients like tata and mahindra also so you can be assured",
    "we've grown to about six hundred staff now across four continents",
    "we actually came out of an accelerator in berlin and the founders are both ex banking people",
    "we are a fifty million dollar business listed on the london stock exchange",
    "we've grown about two hundred percent year on year",
    "we've got four point eight stars on google from like five hundred reviews",
    "we're a proudly family run business twenty years in the valley",
    "we do the books for loads of the cafes round here",
    "you might have seen us at the trade show last spring",
    "we work with Vodafone and Barclays you know",
    "shoprite and mtn are both clients of ours",
  ],
  misses: [
    "have you closed a funding round this year",
    "does siemens use it already",
    "your team uses it every day",
    "we work with most of the big systems you mentioned through a standard export",
    "have you seen our invite for thursday, it went to your old address",
    "when was your team started",
    "we started the pilot in march",
    "we have people in the office on tuesdays if you want to drop by",
    "your data comes from three different systems right now",
    "our data has a few gaps from the migration, so bear with me",
    "a quick background on your side would help me",
    "your founder's podcast was great",
    "we have two people joining from our side",
    "i'm based in denver so we're in the same time zone",
    "the top five issues were all data related",
    "how did you get started in this role",
    "we work with companies like yours every day",
    "oh toronto originally, that's where we were founded but most of the team is remote now",
    "we were founded in 2020, yes. three of us full time",
    "yeah, winnipeg. we were founded there",
    "your industry code gets pulled from the tax id when the account is set up",
    "we raised the issue with your finance team last week",
    "we have clients like you who started with one site",
    "your team has grown to about sixty people since the merger",
    "your ratings are through the roof on the new app, so what changed",
    "the founders of your company built the first depot themselves, you said",
    "we grew the pilot to three sites after the first month",
    "to your question, no, we're not part of a group, we're family owned",
    "you might have seen the numbers we sent over on tuesday",
    "we'd work with your it team on the cutover",
  ],
  paraphrases: [
    "our cofounder spent fifteen years running hospital pharmacies before this",
    "honestly we raised about forty million last year from healthcare investors",
    "our headquarters moved to raleigh when we passed two hundred people",
  ],
}
