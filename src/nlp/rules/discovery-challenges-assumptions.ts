// Seed, principle 5: One-Up discovery asks questions that make the client learn something about
// themselves, questioning what they take for granted.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "discovery-challenges-assumptions",
  principle: "discovery",
  polarity: "up",
  nudge: "Good: that question lets them see their situation differently.",
  patterns: [
    // Root-cause questions: "what's driving it", "what do you think is behind that", "why do you
    // think that keeps happening", "where does it usually break down"
    {
      match:
        "what (is|are|was|were) #Adverb? (driving|causing|behind|fuelling|fueling) (it|that|this|the|those|these|all|most|your)",
      clause: "question",
    },
    {
      match: "what do you (think|reckon|suppose|guess) (is|are|was|were) #Adverb? (driving|causing|behind)",
      clause: "question",
    },
    {
      match:
        "why do you (think|reckon|suppose) (that|it|this|they|those) #Adverb? (keeps|keep|is|are|happens|happened|kept|went|goes|started|was|were)",
      clause: "question",
    },
    {
      match:
        "where (does|do|did) (it|that|this|things|the #Noun) #Adverb? (break|fall|go|get|come) (down|apart|wrong|stuck|unstuck)",
      clause: "question",
    },
    // "what would have to be true for…"
    { match: "what would (have to|need to|has to|need) be true", clause: "question" },
    // "how would you know if it was working"
    { match: "how (would|will|do|could) you (know|tell|prove|be sure)", clause: "question" },
    // "what does that tell you"
    {
      match: "what (does|do|would) (it|that|this|those|these) (tell|say to|suggest to) you",
      clause: "question",
    },
    // "what's actually driving the overtime"
    { match: "(really|actually|truly) (driving|causing|behind|costing|happening|going)", clause: "question" },
    // "what was the real reason they left"
    { match: "(real|root|underlying|true) (reason|cause|causes|driver|drivers|story)", clause: "question" },
    // "what would happen to the forecast if…"
    {
      match: "what would happen (to|if|when)",
      clause: "question",
      ifNo: ["wait", "waiting", "nothing", "delay", "delayed"],
    },
    // "which assumption are you least sure of"
    { match: "(assumption|assumptions|assume|assuming|assumed|taking for granted)", clause: "question" },
    // "would the list still look the same"
    {
      match: "would .{1,5} (still|look|hold|stay|change)",
      clause: "question",
      ifNo: ["like", "want", "need", "prefer", "mind"],
    },
    { match: "would .{1,4} be the same", clause: "question" },
    // "if you sorted customers by margin, would…"
    {
      match:
        "if you (lined|sorted|ranked|compared|split|broke|looked|mapped|plotted|added|grouped|asked) .{0,10} (would|could|do|does|is|are)",
      clause: "question",
    },
    // "what surprised you about…"
    { match: "(surprised|surprise|surprises) you", clause: "question" },
    // "what would your best customer say is the reason they stay"
    {
      match:
        "(the|a)? (reason|reasons) (they|you|people|customers|clients|users|patients|buyers) (stay|leave|buy|churn|switch|choose|pick|left|stayed|bought|chose|picked|renew|renewed)",
      clause: "question",
    },
    {
      match:
        "what would (your|a|an|the) .{0,3} (customer|customers|client|clients|user|users|patient|patients|rep|reps|employee|employees|team|staff) (say|tell)",
      clause: "question",
    },
    // "what would you expect to find if you audited ten claims"
    { match: "what would you (expect|find|see|guess|predict|bet|discover)", clause: "question" },
    {
      match:
        "if you (audited|pulled|sampled|looked|checked|reviewed|asked|compared|sorted|ranked|measured|tracked|mapped|counted|interviewed|surveyed|took|stopped|removed|doubled|halved)",
      clause: "question",
    },
    // "what do your fastest sites do differently"
    { match: "(differently|different) (from|than|to)", clause: "question" },
    { match: "(do|does|did) differently", clause: "question" },
    // "what would it mean for your numbers if…"
    { match: "what would (it|that|this) mean for (you|your)", clause: "question" },
    // "if you had to bet…"
    { match: "if you had to (bet|guess|pick|choose|name)", clause: "question" },
    // "what makes you confident it's the software"
    { match: "what makes you (confident|sure|think|believe|say|feel|so sure)", clause: "question" },
    // "what would it look like if…"
    { match: "what would (it|that|this|things|success) look like (if|when)", clause: "question" },
    // "what do your top stores do that the others don't"
    {
      match: "(the others|the rest|everyone else|other #Plural) (do not|are not|can not|have not)",
      clause: "question",
    },
    {
      match: "(top|best|worst|fastest|slowest|strongest|weakest) .{0,2} (do|does) (that|differently)",
      clause: "question",
    },
    // "what would change if you knew…"
    { match: "what would change (if|when)", clause: "question" },
    { match: "if you (knew|had known|could see|could measure)", clause: "question" },
    // "what do you think your customers would say"
    {
      match:
        "(your|the) (customers|clients|users|patients|staff|team|employees|reps|frontline|drivers|nurses) would (say|tell)",
      clause: "question",
    },
    // "is it really a staffing problem or is it that the work orders come in by phone"
    { match: "is (it|that|this) (really|actually|truly) .{1,6} or", clause: "question" },
    // "is it the actual install time or is it the wait for parts"
    { match: "is (it|that|this) (the|your)? (actual|real) .{1,6} or (is|was) (it|that)", clause: "question" },
    // Where a problem comes from, as a choice of causes: "is the stockout coming from the forecast
    // itself, or from stores overriding it", "is the downtime mostly changeovers or breakdowns"
    { match: "(coming|come|comes|stemming|stem|stems) from .{1,6} or from", clause: "question" },
    { match: "is (the|that|your|this) #Metric #Adverb? .{1,4} or", clause: "question" },
    // "if your best dispatcher was out for two weeks, what breaks": a stress test of their setup
    {
      match:
        "if .{2,10} what (breaks|would break|falls apart|would fall apart|goes wrong|would go wrong|stops|would stop|slips|would slip|suffers|would suffer)",
      clause: "question",
    },
    // "which part of the setup breaks first if volume doubles"
    { match: "(which|what) .{0,6} (breaks|break|fails|fail|gives|cracks) first", clause: "question" },
    // "would your drivers say the same", "would the margin actually be any better"
    {
      match:
        "would (your|the|those|these|that|this) #Value? #Noun+ (#Adverb|even)? (say|be) (the same|any better)",
      clause: "question",
    },
    // "would those two numbers even be close"
    {
      match: "would (your|the|those|these|that|this) #Value? #Noun+ even be (close|near)",
      clause: "question",
    },
    // "what do you think would happen if you dropped the second check"
    {
      match: "(think|guess) .{0,2} would happen (if|when|to)",
      clause: "question",
      ifNo: ["wait", "waiting", "nothing", "delay", "delayed"],
    },
    // "is it a process issue or a tooling issue", "is the delay more of a people thing or…": a
    // cause named as a kind of problem and held up against another
    {
      match:
        "is (it|that|this) (more|mostly|mainly)? (of)? (a|an) .{1,2} (issue|problem|thing|gap|bottleneck) or",
      clause: "question",
    },
    {
      match: "is (the|your) .{1,2} (a|an) .{1,2} (issue|problem|thing|gap|bottleneck) or",
      clause: "question",
    },
    {
      match:
        "is (the|your) .{1,2} (more|mostly|mainly) of (a|an) .{1,2} (issue|problem|thing|gap|bottleneck) or",
      clause: "question",
    },
    // "is the backlog actually an onboarding thing, or something upstream" (a named process or
    // metric held up against another cause)
    {
      match: "(really|actually|truly) (a|an|the|your)? (#Process|#Metric|#PainWord) .{0,4} or",
      clause: "question",
    },
    // "does anyone ever go back and check whether the rule is still worth keeping"
    {
      match: "(does|do|did|has) anyone ever (go back|check|look|review|revisit|question|measure)",
      clause: "question",
    },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Asks a question that tests the client's assumptions or reveals a hidden cause."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "you mentioned churn, what's driving it",
    "what's causing the delays",
    "what do you think is behind that",
    "why do you think that keeps happening",
    "where does it usually break down",
    "does anyone ever go back and check whether those alerts still matter",
    "if your lead buyer quit tomorrow, what would fall apart first",
    "is it a process issue or a tooling issue",
    "is the delay more of a staffing thing or a handoff thing",
    // the login page is one of the causes here, not meeting logistics
    "is it really the price, or is it the password resets eating their mornings",
    "what would need to be true for your current vendor to still be the right choice",
    "how would you tell the difference between a volume problem and a process problem",
    "what does it tell you that the complaints all come from one region",
    "what's really behind the drop in repeat orders",
    "if you ranked your plants by downtime would the newest one be at the top",
    "what are you assuming about how customers will react",
    "what surprised you most in the exit interviews",
    "what do you think is the reason customers leave after year two",
    "what would your frontline staff tell you is broken",
    "what would you expect to find if you pulled ten random invoices",
    "what do your best reps do differently from the rest",
    "what makes you sure the issue is the software",
    "what would it mean for your team if errors halved",
    "what would it look like if every week were your best week",
    "what do your best branches do that the rest don't",
    "what would change if you knew which customers were about to leave",
    "what would your patients tell us if we called them",
    "is it really a scheduling problem or is it that nobody owns the queue",
    "is it the actual picking time or is it the walk between aisles",
    "which part of the warehouse breaks first if orders double",
    "would your dispatchers say the same thing",
    "would those two numbers even be close",
  ],
  misses: [
    "what's behind you, is that a bookshelf",
    "why do you think we'd be a fit",
    "where does the meeting link go",
    "what are you driving these days",
    "if the link doesn't work what breaks is probably the vpn, try the phone bridge",
    "is it a monthly or annual contract",
    "is it an hour or two from the depot",
    "what would you like to drink",
    "the real reason i called is to confirm thursday",
    "how would you like me to send it",
    "i'm assuming you got the invite",
    "what does your team do on fridays",
    "would you still like the recording",
    "what would you say is a good time",
    "what would you like me to send",
    "is it the actual invoice or a copy you need",
    "what breaks down the cost in the quote",
    "would the room be close to the station",
  ],
  paraphrases: [
    "is the rework really a training gap or is it the way jobs get handed over",
    "so is it actually your turnover or is the schedule what's burning people out",
  ],
}
