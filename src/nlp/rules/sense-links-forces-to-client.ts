// Seed, principle 4: the seller studies the trends and forces that can harm or help the client
// and says what they mean for this client's results.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "sense-links-forces-to-client",
  principle: "make-sense",
  polarity: "up",
  nudge: "Good: you turned a trend into what it means for them.",
  patterns: [
    // "carrier consolidation means you'll have fewer options"
    { match: "#Force .{0,6} (means|mean|meaning) that? (your|you|for)" },
    // "rates going up changes the math for a contractor your size"
    {
      match:
        "#Force .{0,3} (shifted|shifting|moved|moving|changed|changing|rising|falling|tightening|tight|loosening|loose|shrinking|growing|going|climbing|dropping|consolidating) .{0,9} (your|you)",
    },
    // "that puts pressure on your contract timing"
    { match: "(puts|putting|put|adds|adding) (pressure|a squeeze|strain|risk) on (your|you)" },
    // "and that lands on your receivables team"
    { match: "(lands|landing|falls|falling|ends up) on your" },
    // "as payers push more care into outpatient settings, your volumes will swing"
    {
      match:
        "as #Noun+ (push|pushes|move|moves|shift|shifts|consolidate|consolidates|demand|demands|expect|expects|raise|raises|cut|cuts|tighten|tightens|lose|loses|gain|gains|adopt|adopts|switch|switches|drop|drops|face|faces) .{0,8} your",
    },
    // "because of the new privacy rules your team is losing data"
    { match: "because of (the)? #Adjective? #Force .{0,3} (your|you)" },
    // "labor costs went up eleven percent last year"
    {
      match:
        "#Force .{0,4} (went|rose|fell|dropped|doubled|climbed|jumped|increased|decreased|spiked|surged|tripled|halved|soared|shrank)",
    },
    // "which changes the case for automating"
    {
      match:
        "(changes|changed|changing|change|flips|shifts) the (case|math|economics|calculus|picture|equation|business case)",
    },
    // "with ocean freight rates back down"
    {
      match:
        "with .{0,3} #Force+ (back|going|coming|up|down|rising|falling|climbing|dropping|where|this|at|so|now|still)",
    },
    // "as the new accessibility rules come in"
    {
      match:
        "as (the|new|these|those)? .{0,3} #Force+ (come|comes|kick|kicks|take|takes|land|lands|roll|rolls|hit|hits|change|changes|tighten|tightens|shift|shifts|rise|rises|fall|falls)",
    },
    // "payers now reimburse on outcomes"
    {
      match:
        "#MarketActor (now|increasingly|suddenly|no longer|are starting to|have started to|are beginning to) #Verb",
    },
    {
      match:
        "#Metric (in|across|for) (your|the) .{0,3} (went|rose|fell|dropped|doubled|climbed|jumped|increased|decreased|spiked|surged|tripled|halved|soared|shrank)",
    },
    // a force and what it does to the client: "the new overtime law means your shift patterns…"
    {
      match:
        "#Force+ .{0,6} (means|so|which|will|puts|forces|pushes|makes|changes|hits|affects|squeezes|raises|lowers|going|gonna) .{0,6} (your|you|yours)",
      notIf: "(on your quote|on your order|for your order)",
    },
    {
      match:
        "with .{0,3} #Force+ (climbing|rising|falling|dropping|jumping|soaring|doubling|tightening|shrinking|growing)",
    },
    {
      match:
        "with .{0,3} #Metric (climbing|rising|falling|dropping|jumping|soaring|doubling|tightening|shrinking|growing)",
    },
    // "what we're seeing in staffing is…"
    { match: "what (we|i) (are|am) (seeing|hearing|noticing|watching) (in|across|with)" },
    // "the insurers are moving to value based contracts"
    {
      match:
        "#MarketActor (are|is)? (moving|shifting|switching|pushing|migrating|consolidating|cutting|raising|demanding|expecting|asking|flocking|leaving|abandoning|shopping|comparing|churning|delaying|waiting|spending|trading)",
    },
    // "…and that will hit your outpatient margins first"
    {
      match:
        "(that|this|which|it) (will|is going to|could|would|should|might) (hit|squeeze|hurt|change|affect|raise|lower|cut|push|pressure|help|benefit|open|reshape|reset) your",
    },
    // "…so your lead times could drop"
    {
      match:
        "so your .{1,3} (will|could|might|would|may) (drop|rise|fall|go|shrink|grow|change|get|need|have|suffer|improve|swing|jump|double)",
    },
    {
      match:
        "so your .{1,3} (is|are) going to (drop|rise|fall|shrink|grow|change|get|need|have|suffer|improve|swing|jump|double|matter)",
    },
    // "the surcharge changes coming in the spring mean your margins will shrink"
    {
      match: "(changes|change|shift|trend|rules|rule|law|costs|prices|rates|#Force) .{0,4} (mean|means) your",
    },
    // "as more employers go remote…"
    {
      match:
        "as (more|fewer|most|many) #Plural (go|move|shift|switch|adopt|demand|expect|leave|buy|stop|start|turn)",
    },
    // A force named as the client's own: "tariffs are the big one for you", "what that means for
    // a supplier your size is…".
    {
      match:
        "#Force+ (is|are) (the|a) (big|biggest|main|real|huge|key) (one|thing|story|issue|driver|factor|risk) for (you|your)",
    },
    { match: "what (that|this|it) (means|will mean) for .{0,3} (you|your|yours)", clause: "statement" },
    // "with pay transparency laws spreading…", "as premiums keep climbing your renewal…"
    { match: "with .{0,3} #Force+ (spreading|expanding|arriving|landing|biting|hardening)" },
    {
      match:
        "#MarketActor (are|is)? (tightening|hardening|rationing|repricing|dropping|pulling) .{0,6} (your|you)",
    },
    // "with the new emissions rules your older trucks will cost more"
    { match: "with (the)? (new|upcoming|coming|latest|proposed|incoming) #Force+ .{0,2} (your|you)" },
    { match: "#Force (turn|turns|make|makes) your" },
    // "the thing squeezing agencies like yours right now": a force named as what presses on the client now
    {
      match:
        "(the thing|what is|what) (squeezing|hurting|pressuring|crushing|killing|eating|hitting) .{1,4} right now",
    },
    // "the new packaging regulation makes recycled film mandatory, and for you that means…": a force, then its meaning for this client
    { match: "#Force .{0,12} for you (that|this|which) (means|will)" },
    // "gas and the carbon levy went up together, and for a foundry your size the peak fees hurt most"
    { match: "#Force .{0,12} for a #Noun your size" },
    // "with the eu ai act restricting emotion recognition, any sentiment scoring you do needs rethinking"
    {
      match: "with .{0,3} #Force+ (restricting|banning|limiting|requiring|forcing|capping|taxing|squeezing)",
    },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Connects an outside force or trend to what it means for this client."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "with the new privacy rules restricting emotion tracking your qa scoring needs a rethink",
    "the new eu packaging regulation makes recycled content mandatory by 2030 and for you that means new film",
    "the carbon levy and grid charges both went up and for a bakery your size that's the bill that hurts",
    "the new emissions regulation means your older trucks become a liability in two years",
    "with wages climbing this fast your seasonal hiring plan gets expensive",
    "that squeeze on freight puts pressure on your delivery promise",
    "as retailers consolidate suppliers your share of shelf is at risk",
    "because of the tariffs your input costs jump in the spring",
    "demand shifting online means you need fewer branches and better call handling",
    "freight costs jumped almost twenty percent which changes the math on your lanes",
    "shoppers increasingly expect same day pickup from a chain like yours",
    "as the new privacy rules kick in your marketing data thins out",
    "the new overtime law means your shift patterns will need to change",
    "with construction costs climbing that fast your tenants will push back",
    "payers are shifting risk onto providers and that will hit your margins",
    "the port delays are easing so your lead times could drop",
    "patients are shopping around more so your front desk matters",
    "as more employers go remote your leases get harder to fill",
    "with the new emissions rules your older trucks will cost more to run",
    "the new data rules turn your manual exports into a liability",
    "the thing squeezing agencies like yours right now is clients cutting retainers to project work",
    "what's hurting distributors your size right now is freight costs swinging every quarter",
  ],
  misses: [
    "the market was busy at the weekend",
    "your team is growing nicely",
    "the rules for the raffle are on the page",
    "we had a tight deadline last week",
    "the economy came up at dinner",
    "that means a lot thank you",
    "our costs went up for the event",
    "the customers in the lobby are waiting",
    "the rates on your quote include support",
    "what does that mean for your team",
    "your industry code gets pulled from the tax id when the account is set up",
    "for a team like yours that means the standard plan",
  ],
  paraphrases: [
    "with premiums climbing the way they are, your renewal quote is going to sting",
    "lenders are tightening their covenants and that squeezes your expansion plans",
    "tariffs are the big one for you this year",
  ],
}
