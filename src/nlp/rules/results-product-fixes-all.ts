// Seed, principle 9 inverted: limiting the problem to what the product fixes ("our software takes
// care of that") leaves out the changes the client must make themselves.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "results-product-fixes-all",
  principle: "holistic-results",
  polarity: "down",
  nudge: "Say what the product covers and what they'll still need to change: process, owners, incentives.",
  patterns: [
    // "the setup is really simple, we handle all of it for you"
    {
      match:
        "we (handle|take care of|do|sort) (all of it|everything|the whole thing|all that|all of that|the rest) for you",
      clause: "statement",
    },
    // "it'll sort the scheduling problem out completely"
    {
      match:
        "(it|#Offering) (will|is going to) #Adverb? (sort|fix|solve|clear|handle) .{0,4} (completely|entirely|overnight)",
    },
    // (a wildcard before a multi-word choice never matches in compromise 14.17: a pattern each)
    { match: "(it|#Offering) (will|is going to) #Adverb? (sort|fix|solve|clear|handle) .{0,4} for good" },
    {
      match:
        "(it|#Offering) (will|is going to) #Adverb? (sort|fix|solve|clear|handle) .{0,4} once and for all",
    },
    // The problem as the product's reason to exist: "that's exactly what we built it for",
    // "that's right in our sweet spot" (but not "that's not what it was designed for")
    {
      match:
        "(that|this) is #Adverb? what (the|our)? (we|it|#Offering) (was|were|is|are)? (built|designed|made) (it|this)? (for|to)",
      notIf: "(not|never)",
    },
    { match: "(that|this|you) (is|are) #Adverb? (in|right in)? (our|the) sweet spot", notIf: "(not|never)" },
    // "our engagement app fixes that"
    {
      match:
        "our #Noun #Offering #Adverb? (solves|fixes|handles|eliminates|removes|resolves) (that|this|it|all|everything|those|them)",
    },
    // "our platform solves that", "the software takes care of all of that"
    {
      match:
        "(our|the) (#Offering|system) #Adverb? (solves|fixes|handles|eliminates|covers|automates|removes|resolves) (that|this|it|all|everything|those|them)",
    },
    {
      match:
        "(our|the) (#Offering|system) (will|would|can|is going to) #Adverb? (solve|fix|handle|eliminate|cover|automate|remove|resolve) (that|this|it|all|everything|those|them)",
    },
    {
      match:
        "(our|the) (#Offering|system) #Adverb? (takes|take|will take) care of (that|this|it|all|everything|those|them)",
    },
    // The product as the whole fix, through the classes: "our dashboard automates everything you
    // just listed", "the suite automates all of it".
    {
      match: "(our|the) #Offering #Adverb? #Capability (all|everything|every) (of|bit|part|piece|step|one)?",
      ifNo: ["your", "their"],
    },
    // "once the data is in our system, everything's solved"
    {
      match: "(everything|all of it|all of that) (is|gets|will be|'s) #Adverb? (solved|fixed|handled|sorted)",
    },
    // "that problem just goes away"
    {
      match:
        "(that|the|this|whole) (problem|issue|headache|pain) #Adverb? (goes away|go away|disappears|disappear|vanishes|is gone|will go away|solves itself)",
    },
    // "once you're on our system you won't have that problem anymore"
    {
      match:
        "(will not|won't|never) have (that|this|those|the same) (problem|problems|issue|issues|headache|headaches|pain|challenge) (anymore|again)?",
    },
    { match: "once (you are|you have|you get|you're) (on|using|running)? (our|the) #Offering" },
    // "with our system those errors just go away"
    {
      match:
        "(errors|problems|issues|headaches|mistakes|delays|bottlenecks|complaints) #Adverb? (go away|disappear|vanish|stop|are gone)",
    },
    // "you will never have to think about that again"
    { match: "(will not|never|do not) (need|have) to (worry|think) about (that|this|it|any of that)" },
    // "your attrition issue will automatically be solved"
    {
      match:
        "your #Noun+ (issue|problem|problems|issues|headache) (will|would|is going to) #Adverb? (be)? #Adverb? (solved|fixed|sorted|resolved)",
    },
    // "you won't need to change anything about how finance closes"
    {
      match: "(will not|would not|do not|never) (need|have) to change (anything|a thing|how|the way)",
      clause: "statement",
    },
    { match: "(solves|fixes|sorts) the .{0,2} (problem|problems|issues) anyway" },
    // "the food waste issue, that's what the inventory module is for", "that's literally why we built it"
    { match: "that is #Adverb? what (the|our) (#Offering|#Feature) (is|are) for", clause: "statement" },
    {
      match:
        "that is #Adverb? what (the|our) (#Noun|#Adjective) (#Offering|#Feature|nudges|alerts|reminders) (is|are) for",
      clause: "statement",
    },
    {
      match:
        "(that|this) is #Adverb? #Adverb? why we (built|made|designed|created) (this thing|it|this|the #Offering|our #Offering)",
    },
    // "that's exactly the kind of problem acme was designed to solve", "the exact headache we
    // built this for", "that's the whole reason our tool exists"
    {
      match:
        "(that|this) is #Adverb? the (kind of|sort of|type of|exact|very|precise) (problem|thing|issue|headache|challenge|pain|mess) .{0,3} (built|designed|created|made) (it|this)? (for|to)",
      notIf: "(not|never)",
    },
    {
      match: "reason (our|the|this)? (#Offering|company|business|firm|we|it) (exist|exists)",
      clause: "statement",
    },
    { match: "problem solved$" },
    // "whatever happens with the restructuring shouldn't matter for us, the platform works the same"
    { match: "(should not|does not|will not|would not) #Adverb? matter (for us|to us|for the #Offering)" },
    {
      match:
        "(would not|do not) worry (too much)? about the .{0,2} (process|processes|upstream|workflow|people|staff)",
    },
    { match: "(and|then|so) (that|the|this|your) problem .? #Adverb? solved", clause: "statement" },
    { match: "(#Offering|it) alone (will|would|can) (fix|solve|sort|handle)" },
    { match: "no process (changes|change)" },
    // "our system solves exactly this problem"
    {
      match:
        "(solves|fixes|handles|addresses|removes|kills) (exactly|precisely) (this|that|the|your|those) (problem|problems|issue|issues|pain|headache)",
    },
    // "whatever the issue is with the farmers, the new variety will take care of it"
    {
      match:
        "whatever the (issue|problem|trouble|cause) (is|was) .{0,8} will (take|fix|solve|sort|handle) (care|it|that|them)",
    },
    // "once our team is in you won't have those complaints anymore"
    {
      match:
        "(will not|won't) have (those|these|any|that|the) .{0,2} (complaints|problems|issues|headaches) (anymore|again)",
    },
    // "our card fixes all of that"
    { match: "(fixes|solves|sorts|handles|covers|kills) all of (that|this|it|those|them)" },
    // "that's exactly what our print portal was built to solve"
    { match: "(that|this) is #Adverb? what (our|the) .{0,2} (was|is|were|are) (built|designed|made) to" },
    // "the new photos will fix your conversion problem, that's all you need"
    { match: "(that is|that's) all you need" },
    // "the new version fixes that, once you upgrade the delays go away"
    {
      match:
        "the new (version|release|update|model|#Offering) (fixes|will fix|solves|sorts|handles) (that|it|this|those)",
    },
    // "that's exactly what the claims module was built for, so it'd be sorted"
    {
      match: "exactly what (our|the|this) .{0,2} (was|is|were|are) (built|designed|made) (for|to)",
      clause: "statement",
    },
    // The product takes every worry away: "the policy picks all that up", "it covers basically
    // everything", "you'd barely have to lift a finger", "the reminders would sort that out for you
    // straight away"
    {
      match:
        "(#Offering|policy|it|that|this|we) #Adverb? (covers|picks up|handles|takes care of) (basically|pretty much|just about)? (everything|all that|all of that|all of it|the lot)",
      clause: "statement",
    },
    { match: "(barely|hardly|never|not even) (have|need) to lift a finger" },
    { match: "sort (that|it|this) out .{0,3} (straight|right) away", clause: "statement" },
    { match: "picks all (that|of that|of it) up", clause: "statement" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Claims the product alone solves the problem."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "yeah that's honestly exactly why we made this thing",
    "the setup is really simple, we handle all of it for you",
    "that's exactly the kind of problem acme was designed to solve",
    "that's the exact headache we built this for",
    "this is precisely why we created the product",
    "that's the whole reason our tool exists",
    "that's exactly what the scheduling module was designed for, so that'd be sorted",
    "the new banner will fix your traffic that's all you need",
    "the new version fixes that so the delays just go away",
    "honestly our card fixes all of that",
    "that's exactly what our booking portal was built to solve",
    "once we're in you won't have those complaints anymore",
    "honestly our app solves exactly that problem",
    "whatever the issue is with the drivers the new routing engine will take care of it",
    "the platform will clear the backlog once and for all",
    "our tool fixes all of that",
    "turnover on the floor? our engagement app fixes that",
    "yeah that's the sweet spot for us, that's what we built it for",
    "honestly that is exactly what the platform was designed for",
    "the platform automatically handles everything you just described",
    "our app takes care of it end to end",
    "once it's live the whole headache goes away",
    "the software eliminates that entirely",
    "our system resolves those in real time",
    "you won't have that issue anymore with us",
    "the platform will solve that for you",
    "you will never have to think about that again",
    "your turnover problem will basically be solved once the app is live",
    "our sync handles it so you won't need to change anything about how the team works",
    "the new till sorts the cash problems anyway",
    "the late payments thing, that's literally why we built the portal, problem solved",
    "the missed handovers, yeah that's what the alerts module is for",
    "whatever happens with your reorg shouldn't matter for us, it works the same either way",
    "just install it and that problem's solved",
    "nah the app alone will fix that, no process changes",
    "so that'd be covered, that's the business interruption bit, so the policy picks all that up",
    "and it covers basically everything, ransomware, data breach, the lot",
    "our onboarding team do all the heavy lifting, you'd barely have to lift a finger",
    "no, so the reminders would sort that out for you straight away",
  ],
  misses: [
    "we do the intro call for you, then your team takes it",
    "that's not the kind of problem we built it for",
    "what's the reason the team exists",
    "is that exactly what the old system was built for",
    "the new release fixes all of the login bugs you reported",
    "we fixed exactly that issue in the last release notes you asked about",
    "it will take a few weeks to clear the backlog completely, and your leads have to own the triage",
    "the system you have today handles invoices fine",
    "to be fair that's not what it was designed for, so you'd still need a spreadsheet",
    "is that what your team built it for originally",
    "your team takes care of that internally right",
    "the problem came up in the audit",
    "our tool needs your data to be clean first",
    "the software team takes care of releases",
    "your platform solves a different problem",
    "once you're on the call let me know",
    "your dashboard tracks every site already",
    "the export includes everything from last year",
    "is everything sorted with the invoice",
    "whatever you pick, the handover fix is the checklist, not the tool",
    "your churn problem was solved by the new onboarding calls, you said, so what's left",
    "that's what the blue button is for? yes, it resets the password",
    "so that's why we built the pilot around your two busiest sites",
    "is that problem solved in the new version or still open",
    "does the policy cover all of that or only the buildings",
    "the contractor picks up all that debris on friday",
    "can you sort that out for me straight away",
  ],
  paraphrases: [
    "our dashboard automates everything you just listed",
    "honestly the suite automates all of it, nobody touches a spreadsheet again",
  ],
}
