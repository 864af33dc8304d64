// Seed, principle 4: making sense of a complex, uncertain environment starts by naming what
// changed and which forces are at work.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "sense-names-shifts",
  principle: "make-sense",
  polarity: "up",
  nudge: "Good: naming the forces gives them a map of what's happening.",
  patterns: [
    // A drift named and what it means here: "payer mix is sliding toward medicare advantage,
    // which means more prior auths"
    {
      match:
        "(sliding|shifting|drifting|swinging|tilting|moving) (toward|towards|away from) .{1,6} which means",
      clause: "statement",
      ifNo: ["demo", "screen", "slides", "agenda", "deck"],
    },
    // A force on the move and who it hits: "labour costs going up is hitting everyone in the
    // sector", "since the new reporting rules came in, most clinics…"
    {
      match:
        "#Force (going up|going down|rising|climbing|falling|dropping|tightening|changing) (is|are|has been|have been) (hitting|squeezing|pushing|forcing|hurting|eating|killing)",
      clause: "statement",
    },
    {
      match: "(since|now that|once) the new #Force+ (came|come|kicked|went|rolled|landed) (in|into|out)",
      clause: "statement",
    },
    // "three things are squeezing margins right now"
    {
      match:
        "(two|three|four|a few|several|a couple of) (things|forces|trends|shifts|changes|pressures) (are)? (squeezing|hitting|driving|reshaping|changing|pushing|hurting|happening|converging|colliding|at play|eating)",
    },
    // "what's changed in the last year is…"
    {
      match: "what (has|is) (changed|changing|shifted|different) (in|over|since|about|for)",
      clause: "statement",
    },
    // "what's going on in freight right now is…"
    {
      match: "what is (going on|happening) (in|with|across) .{1,3} (right|lately|these|this)",
      clause: "statement",
    },
    // "this got harder because…"
    {
      match:
        "(this|it|that) (got|gets|is getting|has gotten|became|has become) (harder|tougher|more expensive|riskier|easier|cheaper|more complicated) because",
    },
    // "the market shifted"
    { match: "#Force+ (has)? (shifted|moved|turned|tightened|softened|consolidated|flipped)" },
    // "the shift to value-based contracts"
    { match: "(the|a|this) #Adjective? (trend|shift|move|swing) (toward|towards|to|away|from)" },
    // "the talent pool is shrinking every year"
    {
      match:
        "#Force .{0,4} (shrinking|tightening|consolidating|rising|climbing|falling|growing) (every|each) (year|quarter|month)",
    },
    // "with rates where they are"
    { match: "with #Force+ (where they are|this high|this low|this tight|this loose|this volatile)" },
    // "the big shift in your segment is…"
    {
      match:
        "(shift|change|changes|shifts|trend|trends|move) (in|across) (your|the) (segment|market|industry|space|sector|category|region|field|world)",
    },
    // "the labor market for drivers has tightened"
    {
      match:
        "#Force+ .{0,3} (has|have) (shifted|moved|turned|tightened|softened|consolidated|flipped|changed|shrunk|grown|collapsed|recovered|cooled|heated)",
    },
    // "what's happening across retail is…"
    { match: "what is (going on|happening|changing|shifting) (in|with|across) #Noun", clause: "statement" },
    // "here's what's changing"
    { match: "here is what is (changing|happening|going on|shifting|different)" },
    // A force that changed more than it seems: "hybrid work didn't just empty floors, it changed
    // which floors people want", "gpu capacity has quietly become the scarce resource".
    {
      match: "#Force+ (did not|does not|has not|have not) just (#Verb|#Adjective)",
      notIf: "(#Capability|cover|covers|apply|applies|come|comes|mean|means)",
    },
    {
      match:
        "#Force+ .{0,3} (changed|changes|reshaped|reshapes|flipped|rewrote) (which|what|how|who|where|the way)",
    },
    { match: "#Force+ (has|have) #Adverb? (become|turned into) (the|a)" },
    // "procurement rules are tightening around local content"
    {
      match:
        "#Force+ (is|are) #Adverb? (tightening|shifting|consolidating|shrinking|spreading|moving|swinging) (around|toward|towards|away|across)",
    },
    // "the reason this got so much harder is…", "part of why this got harder is…"
    {
      match:
        "(why|reason) (this|it|that) (got|gets|is getting|has gotten|feels|became) .{0,3} (harder|tougher|messier|riskier|pricier|worse)",
    },
    // "the aging workforce in your plants"
    {
      match:
        "(aging|ageing|shrinking|growing|retiring|changing|tightening) (workforce|population|customer base|demographics|talent pool|labor pool|labour pool)",
    },
    // "two things changed for independent pharmacies this year": forces counted out
    {
      match:
        "(two|three|a few|several|four) (things|forces|shifts|trends) (have)? (changed|shifted|happened|moved|hit)",
    },
    // "the regulator is moving to quarterly reporting": a regulator's move named
    {
      match:
        "(the|your) (regulator|regulators|auditors|government|ministry|commission|state) #Copula? (moving|shifting|pushing|tightening|cracking|changing)",
    },
    // "cash timing matters far more than it did a year ago": a shift named by what it changed
    {
      match:
        "(matters|matter|counts|count|hurts|hurt|bites|bite) (far|much|way)? more than (it|they) (did|used)",
    },
    // "what's happening in the vet space is the corporate groups are buying clinics"
    {
      match:
        "what is (happening|going on|changing|shifting) in the .{0,2} (space|sector|market|industry|trade|world) is",
      clause: "statement",
    },
    // "that's the shift catching a lot of teams out"
    { match: "(the|that) shift (catching|hitting|tripping|surprising|biting)" },
    // "machine identities now outnumber your people"
    { match: "now (outnumber|outnumbers|outpace|outpaces|outweigh|outweighs)" },
    // "local news sites are losing search traffic to ai summaries"
    {
      match:
        "(are|is) losing (search|share|traffic|ground|customers|volume|market|members|students|footfall) .{0,2} to",
    },
    // "the minimum rating keeps going up, so offices like yours could become unlettable"
    { match: "(keeps|keep) (going|rising|climbing|tightening|getting) .{0,3} so .{0,4} like yours" },
    // "near shoring keeps coming up for manufacturers like you"
    { match: "(keeps|keep) coming up (for|with|among) #Plural like" },
    // "insurers have tightened right up on lithium batteries"
    { match: "#MarketActor have (tightened|changed|shifted|started|stopped|moved|raised|cut)" },
    // "what's changed, i think, is that audio rights are worth a lot more than five years ago"
    { match: "what (has|is) (changed|shifted) .{0,2} is that", clause: "statement" },
    // "the thing squeezing most centres at the moment is the award increases"
    {
      match:
        "(the thing|what is) (squeezing|hurting|driving|pushing|catching|biting) (most|many|a lot of|every|all the) #Plural",
    },
    // "…which is why procurement is asking different questions this year"
    {
      match:
        "which is why (#Stakeholder|#MarketActor|boards|buyers|everyone|lenders|insurers|auditors) (is|are) (now)? (asking|looking|pushing|demanding|checking)",
    },
    // "i suspect the bigger force over the next few years is the age profile"
    {
      match:
        "the (bigger|biggest|real|main) (force|pressure|shift|change|driver|squeeze) (over|in) the (next|coming) (few|couple of|#Value)? years",
    },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Names the shifts and forces at work in the client's market."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "buyers in your space are drifting towards annual tenders, which means your reps need the numbers earlier",
    "labour costs going up is hitting everyone in the sector",
    "since the new reporting rules came in, most clinics have had to hire someone just for the paperwork",
    "the real pressure over the next couple of years is clients refusing to pay hourly for drafting",
    "what's changed, i suspect, is that the rights are worth far more than they used to be",
    "the thing hurting most practices right now is the locum rates",
    "the new reporting rules have made boards nervous, which is why procurement is asking different questions",
    "the minimum rating keeps going up so buildings like yours could become unlettable",
    "near shoring keeps coming up for manufacturers like you",
    "insurers have tightened right up on batteries since the fires",
    "local papers are losing search traffic to ai answers",
    "and that's the shift catching most finance teams out",
    "contractors now outnumber your permanent staff on site",
    "what's happening in the dental space is private equity groups are buying up the practices",
    "so cash timing matters far more than it did a year ago",
    "a few forces are converging on regional lenders at once",
    "what's different about this year is that buyers compare you on speed",
    "it became riskier because suppliers now sit on shorter contracts",
    "regulation has tightened around data retention",
    "there's a clear move toward fixed fee billing in legal",
    "with interest rates where they are nobody wants to carry inventory",
    "the biggest change in your sector is who pays for the data",
    "the labor market for drivers has tightened a lot",
    "here's what's changing your buyers research before they call",
    "the aging workforce in your plants means knowledge walks out the door",
    "three things shifted for regional builders this year, material prices, insurance costs and the labour pool",
    "the regulator is moving everyone to monthly returns from next april",
  ],
  misses: [
    "we're moving towards the demo now, which means sharing my screen",
    "my costs going up is a me problem, not yours",
    "since the new intern came in things are tidier",
    "the main change over the next few months is the new office opening",
    "what's changed on your side since we last spoke",
    "the thing is most of our clients are in the north",
    "that's why i'm asking, just to fill in the form",
    "what has changed since our last call on your side",
    "the meeting got moved to friday",
    "we moved offices in may",
    "the trend line in your chart is wrong i think",
    "it got harder to hear you just now",
    "my team is growing every year",
    "the change in the agenda is fine",
    "the rates didn't just include support they include training too",
    "your industry code gets pulled from the tax id when the account is set up",
    "why did it get harder to log in",
    "the state is lovely this time of year",
  ],
  paraphrases: [
    "hybrid work didn't just empty floors, it changed which floors people want, so the old contract pays for space nobody uses",
    "tariffs have shifted a lot since the spring for anyone importing steel",
    "premiums are swinging toward usage based pricing across the whole segment",
  ],
}
