// Seed, principle 2 and one-up.md: questions whose answers sit on the client's website waste
// their time and show the seller did not prepare.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "ask-website-facts",
  principle: "ask-what-they-know",
  polarity: "down",
  nudge:
    "Look that up before the call and ask what only they know: who decides, what was tried, what gets in the way.",
  patterns: [
    // "what sort of apps do you guys make" (#Offering: platforms, software, tools…)
    {
      match:
        "what (kind of|type of|sort of|kinds of|types of)? #Offering (do|does) (your company|you guys|you) (sell|offer|make|provide|build)",
      clause: "question",
    },
    // "what is it that your organisation does"
    {
      match:
        "what is it (that)? (your|the) (company|business|firm|organization|organisation|org|practice|agency) (does|do|makes|sells|offers)",
    },
    // "what kind of work does the agency take on"
    {
      match:
        "what (kind|sort|type|kinds|sorts|types) of (work|projects|jobs) (do|does) (you|the|your) #Noun? (take|do|handle|specialize|specialise)",
      clause: "question",
    },
    // "what does your company do"
    {
      match:
        "what #Adverb? (does|do) (your|the) (company|business|firm|organization|organisation|org|shop|practice) #Adverb? (do|make|sell|offer|specialize|specialise|focus)",
      clause: "question",
    },
    // "what do you guys do over there"
    { match: "what do you (guys|folks|all) (do|make|sell|offer)", clause: "question" },
    // "what kind of products do you sell"
    {
      match:
        "what (kind of|type of|sort of|kinds of|types of)? (products|services|solutions) (do|does) (your company|you guys|you) (sell|offer|make|provide)",
      clause: "question",
    },
    // "how many employees do you have"
    {
      match:
        "how many (employees|staff|locations|offices|stores|branches|outlets|clinics|plants|facilities|warehouses|people work|people do you)",
      clause: "question",
    },
    // "how big is your company"
    {
      match: "how (big|large) is (your|the) (company|business|firm|organization|organisation|org)",
      clause: "question",
    },
    // "where are you headquartered"
    {
      match: "where (is|are) (you guys|you|your) .{0,2} (headquartered|based|located|headquarters|hq|office)",
      clause: "question",
    },
    // "where's the company based"
    {
      match: "where (is|are) the (company|business|firm|organization|organisation) (headquartered|based)",
      clause: "question",
    },
    // "tell me a bit about what you folks do"
    {
      match: "tell me .{0,3} about what (you folks|you all|y'all|you people) (do|make|sell)",
      clause: "question",
    },
    // "what industry would you say you're in"
    { match: "what (industry|sector|vertical|industries|sectors) .{0,4} (in|you|your)", clause: "question" },
    // "how long has the company been around"
    {
      match: "how long .{0,3} been (around|in business|in operation|in existence|operating|trading|going)",
      clause: "question",
    },
    // "what year was the company founded"
    {
      match: "(when|what year) (was|were) .{0,2} (company|business|firm|you) (founded|started|established)",
      clause: "question",
    },
    // "who are your main customers"
    {
      match: "who are your (main|biggest|typical|key|top|largest)? (customers|clients|competitors)",
      clause: "question",
    },
    // "what's your annual revenue"
    {
      match: "what is your (annual|total|yearly)? (revenue|turnover|headcount|employee count)",
      clause: "question",
    },
    // "tell me a bit about your company"
    {
      match:
        "tell me .{0,3} about (your company|your business|your firm|what your company does|what you do|what you guys do|your organization)",
      clause: "question",
    },
    // "how many people work there"
    {
      match: "how many people (work|are there|do you|does your|are employed|are on staff)",
      clause: "question",
    },
    // "what's the size of the company"
    {
      match:
        "(size|headcount|revenue|turnover) of (the|your) (company|business|firm|organization|organisation|group)",
      clause: "question",
    },
    // "how many customers do you have"
    {
      match: "how many .{1,2} (do|does) (your company|you guys|you|y'all) (have|employ|serve|operate|run)",
      // (family and pets are small talk, not the client's business)
      ifNo: [
        "children",
        "kids",
        "grandkids",
        "grandchildren",
        "cats",
        "dogs",
        "pets",
        "brothers",
        "sisters",
        "siblings",
      ],
      clause: "question",
    },
    // "how large is the team in your office"
    { match: "how (big|large) is (your|the) (team|group|department|operation|practice)", clause: "question" },
    // "tell me what your company does", "what's your core product"
    {
      match:
        "tell me (what|how) your (company|business|firm|organization|organisation) (does|works|makes|sells)",
      clause: "question",
    },
    {
      match:
        "what is your (main|core|primary)? (product line|business model|product|products|offering|service|services)",
      clause: "question",
    },
    // "what line of work is your company in", "how big are you guys"
    {
      match: "what (kind|type|sort|line) of (business|company|work|industry|organization) (are|is|do)",
      clause: "question",
    },
    { match: "how (big|large) are (you guys|you all|you|y'all)", clause: "question" },
    { match: "how many (people|staff|employees|folks) (are|work|do) .{0,3} (your|you)", clause: "question" },
    // "what's the firm's core offering", "how long has the practice been in existence"
    {
      match:
        "(company's|business's|firm's) (main|core|primary)? (business|product|products|focus|offering|line)",
      clause: "question",
    },
    // "next question on my list", "i just need it for the crm", "a few quick ones for my form"
    { match: "(next|another|last) question on my (list|sheet|form|checklist|script)" },
    {
      match:
        "(just need|need|quick ones|few questions|couple of questions|standard questions) .{0,4} for (my|our|the) (form|notes|records|record|crm|salesforce|paperwork|system|file)",
    },
    { match: "(what year|when) (did)? you (start|started) (trading|the business|out)", clause: "question" },
    {
      match:
        "what (sort|kind|type) of (stuff|things|work) (do|does) (you guys|yall|you) (do|offer|sell|make) (there|at|over)",
      clause: "question",
    },
    // "remind me what the trust actually does"
    {
      match: "remind me what (the|your) #Noun+ #Adverb? (does|do|makes|sells|offers)",
      clause: "question",
    },
    // "what erp are you on, how many users", "how many schools are in the district"
    {
      match:
        "how many (users|seats|hospitals|sites|schools|students|locations|stores|branches|members|beds|trucks|vehicles) (is it|are there|do you have|are in|are on)",
      clause: "question",
    },
    // "what was revenue last year", "what's the headcount across the group": numbers an annual report gives
    {
      match: "what (was|is) (your|the)? (revenue|turnover|headcount) (last|this|across|these|roughly|at)",
      clause: "question",
    },
    // "which sectors do you serve"
    {
      match: "which (sectors|markets|industries|regions|verticals) do you (serve|cover|work|sell|focus)",
      clause: "question",
    },
    // "when was the company started again"
    {
      match:
        "(when|what year) was (the|your) (company|business|firm|group|practice) (started|founded|set up|established)",
      clause: "question",
    },
    // "headcount wise, what are you sitting at"
    { match: "(headcount|head count|staff|turnover) wise" },
    // "what sort of turnover is the business doing these days"
    { match: "what (sort|kind) of (turnover|revenue) (is|are|does|do)", clause: "question" },
    // "which offices do you have, is it just cape town or durban as well"
    {
      match: "(which|what) (offices|sites|locations|branches|regions|countries) do you (have|operate|cover)",
      clause: "question",
    },
    // "could you remind me what year the firm was set up"
    { match: "what year .{0,3} (founded|started|established|incorporated)" },
    { match: "what year .{0,3} set up" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description =
  "Asks for facts the client's website already answers (what they do, size, location)."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "remind me what year the practice was founded",
    "and which offices do you have, is it just leeds or manchester too",
    "and what sort of turnover is the business doing these days",
    "how many schools are in the district roughly",
    "so you're listed right what was revenue last year",
    "i had a look at your site but which sectors do you serve",
    "when was the company founded again",
    "and headcount wise where are you these days",
    "so just remind me what the group actually does",
    "and how many users do you have, roughly",
    "so what kind of jobs do you guys take on",
    "so what is it that your agency does exactly",
    "so what does your firm actually do",
    "how many stores do you operate right now",
    "where are you guys based",
    "what sector are you in exactly",
    "how long have you guys been in business",
    "who are your largest clients",
    "tell me a bit about what your company does",
    "roughly how many people work at your company",
    "what's the headcount of the business these days",
    "what does your firm specialise in",
    "how many clients do you guys serve",
    "how large is the team in your office",
    "tell me what your business sells",
    "what's your core product",
    "what line of work is your company in",
    "how large are you all now",
    "how many staff work at your company",
    "what's the firm's core offering",
    "how long has the practice been in existence",
    "where's the business headquartered",
    "tell me a little about what you folks make",
    "ok next question on my list which erp are you on",
    "and what's your job title i just need it for the crm",
    "a few quick ones for my form number of vans and when did you start trading",
    "so what kind of stuff do you do there at the salon, mostly cuts or",
  ],
  misses: [
    "what year did the old system go in",
    "which offices do you want on the first wave of the rollout",
    "how many users have you got in the pilot so far, the twenty we set up",
    "what kind of work does the night shift do when the line is down",
    "how many kids do you have now",
    "what is it that your team does first when an order is late",
    "what does your team do when the system goes down",
    "how many people would use this every day",
    "where are you in the approval process",
    "how long has the backlog been this size",
    "our company was founded on one idea",
    "who are you meeting after this",
    "how many users would need access",
    "where is the meeting room located",
    "what kind of things do you do to prepare for the audit each year",
    "i need your po number for the invoice, no rush",
  ],
  paraphrases: [
    "so what sort of apps do you guys make",
    "what kind of software does your company sell these days",
  ],
}
