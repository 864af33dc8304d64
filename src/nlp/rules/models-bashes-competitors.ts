// Seed, principle 8: triangulating competitors means teaching how to assess each model, not
// running rivals down, which clients discount and resent.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "models-bashes-competitors",
  principle: "teach-models",
  polarity: "down",
  nudge: "Instead of knocking rivals, give them the questions that show where each approach is weak.",
  patterns: [
    // Switchers as a trophy: "we've had six customers switch over from them this year alone"
    {
      match:
        "#Value? (customers|clients|accounts|sites|teams) (switch|switched|switching|move|moved|moving|came|come) (over)? (from|off) (them|#Competitor|#Organization)",
      clause: "statement",
    },
    // "our competitors can't do what we do"
    {
      match: "#Competitor .{0,3} (can|do|will|does|could) not (do|match|offer|touch|compete|deliver|handle)",
    },
    // "the other vendors are running outdated tech"
    {
      match:
        "#Competitor .{0,4} (outdated|terrible|clunky|behind|legacy|overpriced|slow|awful|bad|mess|garbage|dinosaurs|inferior|worse|expensive|slower|pricier|clunkier|weaker)",
      // ("your competitors are behind on delivery" is the client's market, not a swipe)
      ifNo: ["your"],
    },
    // Rivals named in plain words: "the other vendor you mentioned just can't handle a site your
    // size", "the other tools are kinda junk", "the competition can't support a fleet like yours"
    {
      match:
        "(the|those) other (vendor|vendors|tool|tools|provider|providers|platform|platforms|guys|firm|firms|companies|company|solutions|system|systems|apps|app|carrier|carriers) .{0,4} (can|could|do|does|will) not #Adverb? (#Capability|do|match|deliver|touch|compete|keep|cope|work)",
    },
    { match: "#Competitor .{0,4} (can|could|do|does|will) not #Adverb? #Capability", ifNo: ["your", "you"] },
    {
      match:
        "(the|those) other (vendor|vendors|tool|tools|provider|providers|platform|platforms|guys|firm|firms|companies|solutions|systems|apps) .{0,4} (junk|garbage|trash|rubbish|crap|joke|useless|amateurs|amateurish|outdated|clunky|terrible|awful|mess|dinosaurs|overpriced|sloppy)",
    },
    { match: "#Competitor .{0,5} (junk|trash|rubbish|crap|joke|useless|amateurs|amateurish|sloppy)" },
    // "their support is a joke" (said of a rival: the seller names one in the same line)
    {
      match:
        "their (#Offering|#Feature|support|service|reporting|team|onboarding|call centres|call centers|helpdesk|implementations|account managers|reps) (is|are) #Adverb? (a joke|a nightmare|junk|garbage|trash|rubbish|useless|terrible|awful|shocking|cowboys)",
      ifNo: ["said", "mentioned", "told"],
    },
    // "unlike the big players we actually care"
    { match: "unlike (the|our|other|most|#Competitor|them|those|everyone|anyone) .{0,3} (we|our)" },
    // A named vendor written off: "honestly salesforce is way too bloated for a team your size"
    {
      match:
        "#Organization (is|are) .{0,3} (bloated|clunky|outdated|dated|overkill|overpriced|junk|clumsy|expensive|complicated)",
    },
    // "the other guys just resell someone else's software"
    {
      match:
        "#Competitor #Adverb? (resell|resells|copy|copied|copies|steal|stole|overpromise|overpromises|lie|lock)",
    },
    // "the other hosting vendors you're looking at are basically reselling aws"
    {
      match:
        "(the|those) other #Noun (vendor|vendors|tool|tools|provider|providers|platforms|firms|companies|apps) .{0,7} (reselling|resell|resells|copying|copy|overpromising|overpromise)",
    },
    // Switchers' grievances: "a lot of people who come to us from gusto were frustrated"
    {
      match:
        "(come|came|coming|switch|switched|switching|move|moved|moving) (to us|over to us) from .{1,5} (frustrated|burned|burnt|unhappy|disappointed|fed)",
    },
    // "the other lot do tend to overpromise"
    {
      match:
        "#Competitor .{0,3} (overpromise|overpromises|overpromised|overpromising|overcharge|overcharges)",
    },
    // "let's just say they cut corners"
    { match: "(they|#Competitor) .{0,3} (cut|cutting|cuts) corners" },
    // "we own more weather stations than anyone else has"
    {
      match: "(way|far|much|lot) more .{0,3} than (anyone|anybody|any) else? (has|have|offers|does|can)",
    },
    // "we're better than the other guys"
    {
      match:
        "we are #Adverb? (better|faster|cheaper|smarter|stronger) than (#Competitor|them|the other|anyone|everyone|any)",
    },
    // "the other vendors aren't very good"
    {
      match:
        "#Competitor .{0,5} not (very|that|as|really|particularly)? (good|great|strong|reliable|serious|modern|mature|competent)",
    },
    // "the other guys are fine, but they're built for much bigger operations": a rival written off
    // as made for someone else
    {
      match:
        "#Competitor .{0,8} (built|designed|made|meant) for (much|way|really|far)? (bigger|larger|smaller|different|enterprise|huge) #Noun?",
      ifNo: ["your", "you"],
    },
    // "the incumbents just haven't innovated in a decade"
    {
      match:
        "#Competitor .{0,3} (have|has|had) not #Adverb? (innovated|changed|updated|invested|kept up|moved|evolved|improved)",
      ifNo: ["your", "you"],
    },
    // "the big providers are frankly a bit dated now"
    {
      match:
        "#Competitor (are|is|look|looks|feel|feels) (looking|feeling)? #Adverb? (a bit|a little|pretty|quite|really|so)? (dated|outdated|clunky|old fashioned|behind|slow|expensive|overpriced|pricey|bloated|rigid)",
      ifNo: ["your", "you"],
    },
    // "they can't do what we do"
    {
      match: "(they|#Competitor) .{0,2} (can|could|do|does|will) not (do|offer|match|deliver|touch) what we",
    },
    // "the big banks rip you off", "you'll just be a number to them", "their support is a joke"
    { match: "(rip|ripping|rips) (you|people|customers|everyone) off" },
    {
      match:
        "(you are|you will be|you would be|you will just be) (just)? (a|another) (number|ticket|account number) (to|for) them",
    },
    {
      match:
        "the (big|national|large|bigger|global) #Noun+ (just)? (do not|cannot|will not|never) (care|give|bother|answer|listen|call)",
    },
    { match: "(absolute|total|complete) cowboys" },
    {
      match:
        "(is|are) #Adverb? not (built|designed|made) for (companies|firms|teams|businesses|people) like (yours|you)",
    },
    { match: "(switched|switching|came|moved) (over)? from #Noun+ because .{0,3} their" },
    // "their detection rate was forty percent… ours was ninety nine"
    { match: "ours (was|is|came in at) #Value", start: true },
    { match: "#Competitor .{0,3} (lock|locks|charge|charges|overcharge|gouge) you" },
    {
      match:
        "(firms|companies|people|customers|clients|teams|everyone|practices) .{0,2} (switching|switch|moving|coming) (over)? to us",
    },
    {
      match:
        "their (#Offering|#Feature|support|service|implementation|onboarding) (is|are) a bit of a (mess|nightmare|joke|shambles)",
    },
    {
      match:
        "(pick up|win|get|take) (a lot of|lots of|loads of|most of|many of)? their (unhappy|frustrated|disgruntled|ex) (customers|clients|users)",
    },
    { match: "nickel and dime" },
    { match: "we are (not|nothing) like (that|them)" },
    // "the competitor systems are from the nineties"
    { match: "#Competitor .{0,4} (from|in) the (nineties|eighties|seventies|90s|80s)" },
    // "the banks who bought them regret it"
    { match: "(who|that) (bought|chose|picked|went) .{0,1} (them|theirs) .{0,3} (regret|regrets|regretted)" },
    // "the other mob can't touch us on service"
    { match: "(can not|cannot) touch (us|our)" },
    // "the agency down the road will hand you a junior"
    { match: "the #Noun down the road (will|would|just|can|cannot|only|always)" },
    // "we'd never do that"
    { match: "(we would|we'd) never do that" },
    // "the other vendors are miles behind us"
    { match: "(miles|years|streets|leagues) (behind|ahead of) (us|them|the rest)" },
    // "the big integrated firms simply can't do what we do on the small urgent jobs": rivals named as a kind of firm
    {
      match:
        "the (big|large|bigger|national|global|integrated|traditional|usual) #Adjective? (#Peer|#Plural) .{0,2} (can|could|do|does|will) not (do|offer|match|deliver|touch) what we",
    },
    // Customers won off a named rival, said as a boast: "we've taken a good few customers off them"
    {
      match:
        "(taken|took|won|stolen|stole|poached|pinched) .{0,3} (customers|clients|accounts) (off|from|away from) (them|#Competitor)",
      clause: "statement",
    },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Runs competitors down instead of teaching how to compare them."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "honestly we've had four clients move over from them since spring",
    "the big guys are slow and expensive",
    "not to be unkind but the big national agencies simply can't match what we do on short notice",
    "the other assessment vendors are miles behind us on validity",
    "the agency down the road will just hand you to a junior",
    "they outsource the lot and we'd never do that",
    "the other lot can't touch us on price mate",
    "honestly the competitor systems are from the nineties",
    "the clinics who went with them regret it within a year",
    "i don't want to knock anyone but the other lot do tend to overpromise",
    "the legacy vendors are looking pretty dated these days",
    "frankly the other vendors haven't really invested in the product for years",
    "honestly the big players are okay, they're just designed for far larger firms",
    "the incumbents simply can't handle real time data",
    "honestly our competition is way behind on mobile",
    "unlike most vendors we actually pick up the phone",
    "the big players just copy whatever we ship",
    "we're just better than them on support",
    "the other providers are frankly overpriced",
    "honestly the other providers just aren't that good",
    "they can't do what we do",
    "the other vendor you mentioned just can't handle a site your size, their support is a joke",
    "the other tools are kinda junk, built by people who never ran a building",
    "the other hosting vendors you're looking at are basically reselling aws with a markup",
    "a lot of people who come to us from gusto were pretty frustrated with the support",
    "i've seen their quotes and let's just say they cut corners on the panels",
    "we own about eleven thousand weather stations, way more than anyone else has",
    "so unlike the other guys our cameras keep working when the wifi drops",
    "so unlike the other guys our cameras keep recording when the wifi drops",
    "honestly salesforce is just way too bloated for a team your size",
    "honestly the high street banks rip you off on fees",
    "with the big agencies you'll just be a number to them",
    "the national chains just don't care about a shop your size",
    "their onboarding is a joke, everyone says so",
    "that tool just isn't built for companies like yours",
    "most of our clients switched over from acme because frankly their alerts miss half the fraud",
    "their pass rate was sixty percent. ours was ninety eight",
    "the legacy vendors lock you into five year terms",
    "that's why practices keep switching over to us",
    "between us their product's a bit of a mess",
    "we pick up a lot of their unhappy customers after year one",
    "they nickel and dime you on change fees, we're not like that",
    "ah peoplewise, yeah, we've actually taken a good few customers off them this year",
  ],
  misses: [
    "did any of your clients switch from them last year",
    "the big guys in your market are growing fast",
    "the big national agencies can't always staff weekends, which is why you asked us",
    "we tend to overpromise on timelines ourselves, so i'll be careful",
    "your competitors are a bit behind on delivery times this quarter",
    "your competitors haven't changed their pricing since march",
    "your competitors are built for bigger volumes, so they can undercut you on price",
    "how do you compare the other vendors you're talking to",
    "your competitors are moving to same day delivery",
    "unlike last year the budget is approved",
    "the competition for talent in your area is fierce",
    "we are better prepared this time",
    "other vendors may price it differently and that's fine",
    "our competitors are not the issue here",
    "they can't do the workshop on friday",
    "your competitors can't integrate with that carrier either",
    "most of the people who come to us from referrals were happy with the old setup",
    "we'll need more than anyone else has budgeted for the pilot",
    "salesforce is where your pipeline lives today, right",
    "unlike our last call, today is just about the rollout plan",
    "the other vendor can't make the site visit until may",
    "your drivers said the old depot was a nightmare to get into",
    "their team is terrific to work with, so keep them on the rollout",
    "ours is a four hour drive from your depot, so we can be on site same day",
    "their rota is a bit of a mess after the merger, you said, so who owns it now",
    "your sales team took three clients away from the old office last year",
    "we lost a couple of customers to them last year, honestly",
  ],
  paraphrases: [
    "honestly the competitors can't provide anything close to real time tracking",
    "the competition has junk reporting, nobody on their side even opens it",
    "the incumbents just won't scale past a couple of warehouses",
  ],
}
