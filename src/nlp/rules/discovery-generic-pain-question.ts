// Seed, principle 5 and one-up.md: generic pain questions ("what keeps you up at night") only
// collect information and teach the client nothing about themselves.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "discovery-generic-pain-question",
  principle: "discovery",
  polarity: "down",
  nudge:
    "Ask about a pattern you've seen instead, e.g. how many of their last ten projects slipped at the same step.",
  patterns: [
    // "what are your biggest pain points"
    {
      match: "(biggest|main|top|key|major|greatest|primary|current) #Value? (pain points|#PainWord|pain)",
      clause: "question",
      ifNo: ["help"],
    },
    // "what challenges are you facing"
    {
      match: "what #PainWord (are|is|do|does|keep|keeps|have|has) (you|your)",
      clause: "question",
      ifNo: ["help"],
    },
    // "any pain points you want to share"
    {
      match: "any (pain points|pain|challenges|struggles|headaches|frustrations)",
      clause: "question",
      ifNo: ["help"],
    },
    // "do you have any challenges with your setup"
    {
      match:
        "(do|does) (you|your #Noun) have (any)? (pain points|pain|challenges|struggles|headaches|frustrations)",
      clause: "question",
      ifNo: ["help"],
    },
    // "…challenges are you facing"
    {
      match: "#PainWord (are|is) (you|your team) (facing|having|dealing|experiencing|seeing|running into)",
      clause: "question",
      ifNo: ["help"],
    },
    // "what keeps you up at night"
    { match: "keeps? you (up|awake)", clause: "question" },
    // "what are your top three priorities for the year", asked of anyone about anything
    {
      match: "what (are|is) your (top|main|biggest|key|major) #Value? (priorities|priority|goals|objectives)",
      clause: "question",
    },
    // "if you could change one thing about your setup, what would it be": the magic-wand question
    {
      match: "if you could (change|fix|improve|wave) (one|any|a) (thing|magic) .{0,8} (what|which)",
      clause: "question",
    },
    // "where does it hurt the most"
    { match: "where does it hurt" },
    // "what's frustrating you most about the current setup": trouble asked for in general
    { match: "what is (frustrating|bothering|bugging|annoying) (you|your team)", clause: "question" },
    { match: "what (frustrates|bothers|bugs|annoys) (you|your team)", clause: "question" },
    // "what sort of things would you like to improve, generally"
    {
      match: "what (sort|kind|type) of things (would|do) you (like|want|need) to (improve|change|fix)",
      clause: "question",
    },
    // "what problems are you trying to solve"
    {
      match:
        "(problems|problem|issues|challenges) (are you|you are|you're) (trying|looking|hoping) to (solve|fix|address)",
      clause: "question",
    },
    // "what kind of problems are you running into", "what are some of the pain points"
    {
      match:
        "#PainWord .{0,4} (facing|having|dealing|experiencing|seeing|running|hitting|struggling|encountering)",
      clause: "question",
      ifNo: ["help"],
    },
    { match: "(some|any|the) of (the|your) #PainWord", clause: "question", ifNo: ["help"] },
    // "what are the pain points for your group" (the generic words in any question)
    {
      match: "(pain points|pain point|challenges|struggles|headaches|frustrations)",
      clause: "question",
      ifNo: ["help", "assist", "solve"],
    },
    { match: "(your|any|biggest|main|the) pain", clause: "question", ifNo: ["help", "assist", "solve"] },
    // "what's the biggest problem you're facing"
    {
      match: "(biggest|main|top|key|major|greatest|primary|number one) (problem|issue|challenge|headache)",
      clause: "question",
      ifNo: ["help"],
    },
    // "what issues keep coming up for the team"
    {
      match:
        "what (kind of|sort of|type of)? #PainWord (keep|keeps|come|comes|do you|are you|have you|does your|is your|are your)",
      clause: "question",
      ifNo: ["help"],
    },
    // "on a scale of one to ten, how happy are you with your current vendor"
    { match: "scale of (one|1) to (ten|10)" },
    {
      match: "how (happy|satisfied|pleased) (are|would|is) .{0,4} with (your|the) current #Noun",
      clause: "question",
    },
    // "is there anything you'd change about how your team does it"
    { match: "(anything|something) you would (change|fix|improve)", clause: "question" },
    // "any difficulties at all with your current vendor", "what's giving you grief"
    {
      match:
        "any (difficulties|difficulty|trouble|gripes|complaints|niggles) (at all)? (with|about) (your|the) current",
      clause: "question",
    },
    { match: "(drives|driving) (you|your team) (mad|crazy|nuts|insane)", clause: "question" },
    {
      match: "giving (your team|you guys|#ClientSide) (grief|trouble|headaches|a headache|bother)",
      clause: "question",
    },
    { match: "(anything|something) (bugging|bothering|annoying|frustrating) (your team|you)" },
    // "what are the areas where you feel you need improvement"
    {
      match: "(areas|area) (where|in which) .{0,4} (need|needs) (improvement|improving|help)",
      clause: "question",
    },
    // "what are the key initiatives on your cio's agenda", "the main strategic priorities this year"
    {
      match:
        "(key|main|strategic|top|big|major) #Adjective? (initiatives|priorities|objectives|goals) (on|for) (your|the)",
      clause: "question",
    },
    {
      match: "the one thing .{0,6} you would (most|really)? (like|love|want) to (change|fix|improve)",
      clause: "question",
    },
    // "what keeps the team up at night", "what stresses you out most": the generic pain question, whoever it is about
    {
      match: "keeps? (the|your|everyone|everybody|people|#ClientSide) .{0,2} (up|awake) at night",
      clause: "question",
    },
    // "what's worrying your it team most these days"
    {
      match: "what is (worrying|stressing|bothering|bugging|keeping) (you|your) .{0,2} (most|up)",
      clause: "question",
    },
    // "what stresses you out most about compliance", "the one thing about your site that stresses you out most"
    {
      match: "(stresses|worries|frustrates|bugs|annoys) (you|your #Noun) (out)? (most|the most)",
      clause: "question",
    },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Asks a generic pain-point question any seller could ask."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "so what's the one thing about the site that stresses you out most",
    "what's worrying your it team most these days",
    "so what keeps the team up at night right now",
    "what worries you the most about the audit",
    "ok brilliant and what are your top three priorities for the year ahead",
    "if you could fix one thing about how you run the depot, what would it be",
    "so what are the main challenges in your role",
    "what frustrations do you have with the current setup",
    "any headaches you're dealing with right now",
    "does your team have any struggles with reporting",
    "what problem are you trying to fix",
    "so what's keeping you up at night lately",
    "what sort of problems are your folks running into",
    "what are some of your challenges these days",
    "what are the pain points for your group",
    "what issues keep coming up for the team",
    "what's the number one headache for you this month",
    "what's bugging you most about the way things run today",
    "so what kind of things do you want to improve this year",
    "so on a scale of one to ten how would you rate your current supplier",
    "how satisfied would you say you are with the current provider",
    "is there anything you'd fix about the way you do invoicing if you could",
    "any gripes at all with the current courier",
    "what's the one thing that drives you crazy about month end",
    "what's giving you grief with the booking system at the moment",
    "anything bothering you with the tills right now",
    "which are the areas where you feel the team needs improvement",
    "what are the key initiatives on your board's agenda this year",
    "what would you say are the main strategic priorities for the business",
    "what's the one thing in your current setup you'd most like to fix",
  ],
  misses: [
    "our top priority for the pilot is the night shift",
    "if you could change one thing in the export file format we'd be able to load it",
    "did the link give you any issues",
    "what problems did the pilot surface in the second week",
    "our biggest challenge was the data cleanup",
    "the main pain for me is the commute",
    "what keeps the plant running at night",
    "any questions before we wrap",
    "we hit some problems with the export last week",
    "what frustrated your drivers about the old scanners was the battery, you said",
    "what kind of things would you like to see on the first report",
    "the old scale drove the pickers mad so they replaced it in march",
    "how happy were the nurses with the current rota after you moved the handover",
    "there's nothing you'd change about the pilot plan, great, then let's book the kickoff",
    "what are the key steps for the pilot in week one, so i can prep the data",
    "the one thing you would change, you said, is the handover, so what happens there today",
  ],
  paraphrases: [
    "so what hurdles are you running into on the floor these days",
    "what are the main pains for your dispatch folks right now",
  ],
}
