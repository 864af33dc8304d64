// Seed, principle 9: the One-Up seller helps the client make every change the better result
// needs, including process and people changes outside what they sell.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "results-beyond-the-product",
  principle: "holistic-results",
  polarity: "up",
  nudge: "Good: owning the whole result, not just your part, is what makes you a partner.",
  patterns: [
    // "whatever you buy, your intake form needs rewriting first"
    // (not "whatever you pick for lunch", "whichever day you choose")
    {
      match:
        "(whatever|whichever) you (end up)? (buy|buying|pick|picking|choose|choosing|go with|land on|select)",
      ifNo: ["lunch", "dinner", "breakfast", "coffee", "drink", "drinks", "restaurant", "#Date", "#Time"],
    },
    // "whatever tool you end up picking"
    {
      match:
        "(whatever|whichever|no matter which|no matter what|any) (tool|vendor|system|platform|option|solution|software|provider|partner|route|product) you .{0,2} (pick|picking|choose|choosing|go|select|buy|land)",
    },
    // "no software is going to fix the handoff"
    {
      match:
        "(no|any|a new) (software|tool|system|platform|technology|product|vendor) (is going to|will|can|would|is gonna) (not)? (fix|solve|change)",
    },
    // "even if you don't buy from us", "even if it's not us"
    { match: "even if .{0,5} us" },
    // "outside of anything we'd provide", "beyond the software"
    {
      match:
        "(outside|beyond|regardless) of (anything|what|whatever) (we|i) (would|will|can)? (provide|sell|do|offer|supply)",
    },
    { match: "(outside|beyond) (anything|whatever) (we|i) (would|will|can)? (provide|sell|do|offer|supply)" },
    { match: "beyond (the|any|our) (software|tool|system|platform|product|technology)" },
    // "you'll also need to change how intake works"
    {
      match:
        "(you|your #Noun) (will|would|may|might|also|probably|likely|definitely)? (also|probably)? (need|want|have) to (rework|rewrite|retrain|train|redesign|rethink|restructure|revisit|simplify|overhaul|clean up|fix how)",
    },
    {
      match:
        "(you|your #Noun) (will|would|may|might|also|probably)? #Adverb? (need|want|have) to (change|fix|update|look at) (how|the way)",
    },
    // "the process piece matters", "the comp plan"
    {
      match:
        "(process|people|training|change management|incentive|incentives|comp|compensation|culture) (piece|side|part|plan|plans)",
      ifNo: ["#Negative"],
    },
    // Frames over the classes: no product fixes a broken way of working, and the client's own
    // process has to change whatever they buy. "no app is going to fix a rota nobody owns",
    // "you'll still have to sort out the weekend handoff", "the approval chain matters more than
    // the portal".
    {
      match:
        "(no|any|a new) #Offering (is going to|will|can|would|is gonna|on earth)? (not)? (fix|fixes|solve|solves|change|changes|repair|repairs) .{0,3} #Process",
    },
    {
      match:
        "(you|your #Noun) .{0,3} (need|have|want|got) to (change|fix|rework|rethink|redesign|simplify|sort out|clean up|tighten|untangle|own) .{0,3} #Process",
      ifNo: ["#Logistics"],
    },
    { match: "#Process .{0,3} (matters|matter|counts|count) more than (the|any|our|a)? #Offering" },
    // "some of the fix is just people", "half of this is about how your supervisors run…"
    {
      match:
        "(some|part|half|most|much) of (the fix|this|it|the problem|the solution|the gain|the work) is .{0,4} (people|process|how|training|comp|incentives|management|habits|behavior|behaviour)",
    },
    // "it's not about any system"
    { match: "not about (any|the|a) (system|software|tool|technology|platform|product)" },
    // "i'd also look at your returns policy"
    { match: "also (look at|change|fix|rethink|revisit|review|address) (your|the|how)" },
    // "someone needs to own the handoff"
    { match: "(someone|somebody|a person) (needs|has) to own" },
    { match: "(need|needs) an owner" },
    // "the tool is maybe thirty percent of the fix"
    {
      match:
        "(tool|software|system|technology|platform|product|tech) is .{0,3} (part|percent|half|piece|fraction|third|quarter) of (the|it|your)",
    },
    { match: "the rest is (how|about|your|people|process)" },
    // "the bonus structure for the dispatchers"
    {
      match: "(bonus|comp|compensation|incentive|incentives|pay) (structure|plan|plans|scheme|model|design)",
    },
    // "whoever you go with…"
    { match: "whoever you (go|pick|choose|select|buy|end)" },
    // "you'll need someone who owns the master data"
    { match: "(need|needs) (someone|somebody|a person|an owner) (who|to) (owns|own)" },
    // "software alone won't change the habit"
    {
      match:
        "(software|technology|tool|tools|system|tech|platform) alone (will not|can not|does not|is not|won't|can't|doesn't)",
    },
    {
      match:
        "(will not|can not|does not|won't|can't|doesn't) (change|fix|solve) the (habit|habits|culture|behavior|behaviour|process|incentives)",
    },
    // "part of the fix is training your coordinators, not just new software"
    { match: "(part|some|half|most|much) of the (fix|solution|answer|work|gain|improvement)" },
    { match: "not just (new|the|a|our|more)? (software|tool|tools|system|technology|platform|product)" },
    // "regardless of which vendor you pick"
    {
      match:
        "regardless of (which|what|whatever|the|who) .{0,2} (vendor|tool|system|platform|option|solution|software|provider|partner|you)",
    },
    // "the bigger lever might be how your managers run the meeting"
    { match: "(bigger|biggest|real|main|other) (lever|fix|win|opportunity) (might|may|could|is|would) be" },
    // "the process change matters more than the software"
    {
      match:
        "(matters|counts|is|are) more than (the|any|a|our)? (software|tool|tools|system|technology|platform|product)",
    },
    {
      match: "more (important|impactful) than (the|any)? (software|tool|system|technology|platform|product)",
    },
    // "some of this isn't a software problem"
    {
      match:
        "not (a|really a|just a|only a)? (software|tool|technology|system|tech|platform|product|it) (problem|issue|question|fix|thing)",
    },
    // "a people issue first and a software issue second"
    {
      match:
        "(people|process|culture|leadership|management|training) (issue|problem|question) (first|more than|before|rather)",
    },
    { match: "(someone|somebody) on your (side|team|end) (needs|has|should|will need) to own" },
    // "even though that's not really our thing": the seller raises what lies outside their offer
    {
      match:
        "even though (that|it|this) #Copula not (really)? (our|my) (thing|product|area|job|business|line)",
    },
    // "somebody still has to call the customer, so decide who that is": the people work the tool leaves
    {
      match: "(decide|figure out|agree|pick|choose) who (that is|that will be|owns|handles)",
      // (not who joins a call: "once you decide who will attend on thursday")
      ifNo: ["meeting", "invite", "attend", "join", "session"],
    },
    // "you'll want a short script for the front desk": a process or people piece the client needs whatever they buy
    {
      match:
        "you (will)? (want|need) a .{0,3} (script|checklist|playbook|owner|process|routine) for (the|your)",
    },
    // "the training only sticks if the team leads coach to it": the result depends on people changing, not the purchase
    {
      match:
        "only (works|work|sticks|stick|lands|land|holds|hold|pays off) (if|when|once) .{0,8} (change|changes|coach|coaches|own|owns|adopt|adopts|fix|fixes|follow|follows)",
    },
    // "you need a clean vendor list before any system helps"
    {
      match: "before (any|the|a|one|your)? .{0,2} #Offering (helps|help|works|work)",
    },
    // "the software will help, but the sign-off rule is what slows you down": the product conceded as only part of it
    {
      match:
        "(#Offering|software|tool|system|platform|app) (will|would|can|could|might)? #Adverb? (help|helps) but",
    },
    // "you'd probably also want to change the menu": a change on the client's side the product does not make
    { match: "(also|probably) (want|need|have) to (change|rethink|rework|redo|fix) (the|your|how|who|what)" },
    // "the software won't fix joiners and leavers on its own"
    { match: "(will not|can not|cannot|does not) (fix|solve|sort|change) .{0,6} on (its|their) own" },
    // "otherwise the stand money is wasted, whoever builds it"
    { match: "whoever (builds|supplies|runs|installs|provides|delivers) it" },
    // "half the saving won't come from the panels"
    {
      match:
        "(saving|savings|gain|gains|benefit|benefits|result|results) (will not|does not|would not) come from the",
    },
    // "the rest is getting the commercial team to trust the numbers"
    { match: "the rest is (getting|making|having) (the|your) .{1,3} to" },
    // "it's nothing we sell, but it would save you a fair bit of stock": advice outside the offer, said as such
    { match: "(nothing|not something|not anything) (we|i) (sell|offer|provide|supply|charge for) but" },
    // "letting charge nurses approve swaps themselves costs nothing and has nothing to do with what we sell"
    { match: "nothing to do with (what|anything) (we|i) (sell|offer|provide|supply|do)" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Addresses process, people or incentive changes beyond what the product does."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "honestly the quickest win is a weekly stand-up between the two teams, which has nothing to do with what we sell",
    "it might be worth getting your supervisors on one handover sheet, that's not something we sell, but it would fix most of it",
    "half the saving won't come from the panels it'll come from the night shift",
    "the analytics is a third of it the rest is getting the sales team to trust the numbers",
    "get your reps calling leads within two days or the spend is wasted whoever builds it",
    "the platform won't fix the onboarding mess on its own",
    "you'd probably also want to change how the night shift hands over",
    "the app helps but you also need to rethink who signs off refunds",
    "the new rota only works if the charge nurses also change how they swap shifts",
    "you need one owner for the price list before any system helps",
    "the software will help but the approval chain is what holds you up",
    "whichever you go with, the night shift still needs a named owner for handovers",
    "whichever vendor you land on the approval workflow needs simplifying",
    "a new system won't fix a handoff nobody owns",
    "even if you never buy anything from us",
    "beyond the platform your supervisors need a daily routine for exceptions",
    "your team will have to rethink how returns get logged",
    "honestly the incentive piece matters more than the tooling",
    "somebody has to own data quality or it drifts",
    "whoever you go with the intake rules need fixing",
    "technology alone won't fix the handoff",
    "the platform is maybe half of the fix",
    "part of the solution is coaching your supervisors not just a new tool",
    "regardless of which system you go with the approvals need simplifying",
    "the handoff redesign matters more than the tool",
    "some of this isn't a software problem it's how escalations are handled",
    "honestly the handoff problem is a people issue first",
    "someone on your side needs to own the data quality",
    "we should talk about training the new hires too, even though that's not really our thing",
    "the tool will flag the late orders but somebody still has to call the customer, so decide who that is before go-live",
    "you'll want a short script for the front desk whichever way you go, because that's where the questions land",
  ],
  misses: [
    "the outage had nothing to do with what we changed on our side",
    "that's nothing we sell, sorry, you'd need a locksmith for the gates",
    "we'll need your sign off on the addendum before the new module can be switched on",
    "you also need to change the password on the tablet first",
    "the sync only works if you also update the app on the tablets",
    "before the system works you need to reset the password",
    "whatever you pick for lunch is fine by me",
    "you'll need to update your password on the portal",
    "any tool you like for notes is fine",
    "the training room is booked",
    "we also looked at your website",
    "even if it rains we'll do the site visit",
    "who owns the calendar invite",
    "whoever you sent the invite to has it",
    "part of the team is out today",
    "you'll need to change your password before the onboarding session",
    "no app is going to load if the vpn is down",
    "someone on your side needs to send the logo file",
    "you'll need a login for the portal, i'll send it",
    "once you decide who will attend on thursday i'll send the invite",
  ],
  paraphrases: [
    "no app on earth fixes a rota that nobody owns",
    "whoever you pick, you'll still have to sort out the weekend handoff between shifts",
    "the approval chain matters more than the portal you put on top of it",
  ],
}
