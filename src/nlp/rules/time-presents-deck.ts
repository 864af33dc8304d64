// one-up.md, use-of-time down signals: walking the client through a deck or company overview
// spends their time on the conversation every other seller offers.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "time-presents-deck",
  principle: "use-of-time",
  polarity: "down",
  nudge: "Put the deck away and ask which of their problems to spend the next ten minutes on.",
  patterns: [
    // "let me walk you through our deck"
    {
      match:
        "(walk|take|run) you through (our|the|this|my|these)? (#PitchMaterial|company|history|who we are|what we do|our story)",
    },
    // "i'll go through the slides first"
    {
      match:
        "(go|run|walk|click|flip) (you)? through (all the|a few|a couple of|the|our|these|my|all|some)? #PitchMaterial",
      ifNo: ["#Negative"],
    },
    // "ok let me pull up the deck", "i'll bring up our slides"
    {
      match:
        "(let me|i will|i am going to) (pull up|bring up|open up|put up|share) (the|our|my) #PitchMaterial",
      // (not the client's own deck: "the deck you sent over"; nor slides sent on after the call:
      // "i'll share the slides afterwards as a pdf")
      ifNo: ["your", "sent", "shared", "afterwards", "afterward", "pdf", "later"],
    },
    // "i've got about forty slides here"
    { match: "(got|have) .{0,2} #Value #PitchMaterial" },
    // "on this slide you can see our mission"
    { match: "this (slide|page) (here|shows|says|is|you can)" },
    { match: "(on|in) (this|the|that) next (slide|page)" },
    { match: "(on|in) (this|that) (slide|page)" },
    // "let me give you a quick overview of our history"
    {
      match:
        "(give|run) you (a|an|our)? (quick|brief|short|little)? (overview|rundown|background|intro|introduction) (of|on|about) (our|the company|who we are|us|my|what we do)",
    },
    // "let me tell you a bit about myself"
    {
      match:
        "(tell|share with) you (a little bit|a bit|a little|more)? about (myself|us|our company|our history|who we are|the company|our team|what we do)",
    },
    // "i've put together a few slides about us"
    { match: "(put together|prepared|built|made|pulled together) .{0,3} #PitchMaterial" },
    { match: "#PitchMaterial (about|on) (us|our company|who we are|our history|the company|ourselves)" },
    // "i'll take a few minutes to introduce the company"
    {
      match: "(introduce|present) (the|our|my) (company|firm|team|business|organization|organisation|story)",
    },
    { match: "take a (few|couple) minutes to (introduce|present|tell|walk|share|run)" },
    // "i'd love to tell you about our story"
    {
      match:
        "(tell|share with|show) you .{0,3} about (us|ourselves|myself|our|who we are|what we do|the company)",
    },
    // "slide two is our mission"
    // (the slide must be narrated: "ignore slide nine", "jumping to slide four" only navigate)
    {
      match:
        "slide (#Value|one|two|three|four|five|six|seven|eight) (is|shows|has|covers|lists|gives|walks|explains|talks)",
      ifNo: ["your"],
    },
    // "okay, slide six.": announcing the next slide while presenting
    { match: "slide (#Value|one|two|three|four|five|six|seven|eight)$", start: true, ifNo: ["your"] },
    {
      match:
        "(is|are|shows) our (mission|values|vision|history|leadership|team|story|org chart|timeline|milestones)",
    },
    // "let me start with an overview of who we are"
    {
      match:
        "(overview|rundown|background|introduction|intro) (of|on|about) (who we are|what we do|us|our|the company)",
    },
    // "a short presentation that covers our history"
    { match: "#PitchMaterial .{0,4} (covers|about|on|shows|walks|explains) (our|us|who we are|the company)" },
    // "let me tell you a bit about me and my background"
    { match: "(tell|share with) you .{0,3} about (me|myself|my background|my role|my story|my career)" },
    // "so first a bit about us"
    { match: "(a little bit|a bit|a little) about (us|me|myself|our company|the company|who we are)" },
    // "i'll just read these out quickly: bullet one…", "go slide by slide"
    { match: "read (these|this|them|it|the #Noun) out" },
    { match: "bullet (one|two|three|point|#Value)" },
    { match: "slide by slide", ifNo: ["your"] },
    { match: "(give|run) you our (background|history|story|credentials)" },
    { match: "(go|run|walk|click|flip) (you)? through the (full|whole|entire|complete) #PitchMaterial" },
    // "i'll keep reading from the slide", "spend the first half hour on our company background"
    { match: "(reading|read) (from|off) the #PitchMaterial" },
    { match: "(spend|take|use) .{0,4} on our (company|background|history|story|credentials)" },
    { match: "the full (product tour|#PitchMaterial)" },
    { match: "#Value more #PitchMaterial", ifNo: ["your"] },
    { match: "(reads|read) as follows" },
    // "take you through our story again", "read out the agenda from the deck"
    { match: "(read|reading) (out|through) .{0,4} #PitchMaterial" },
    { match: "(read|reading) out the agenda" },
    // "i'll go through the agenda slide then our release notes"
    { match: "(go|run|walk|click|flip) (you)? through the .{0,2} #PitchMaterial" },
    // "so slide four, as you can see it says…"
    { match: "slide #Value .{0,6} (says|shows|see)" },
    // "i'll start with our company presentation"
    { match: "(start|kick off|open) with (our|the|a) .{0,1} #PitchMaterial" },
    // "then your questions at the end if there's time"
    { match: "at the end if there is time" },
    // "this slide sets out our five phase approach"
    { match: "this (slide|page) (sets out|lays out|walks through|covers|outlines)" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Walks the client through a deck, slides or a company overview."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "so i'll start with our company presentation and then your questions",
    "we can get to your questions at the end if there's time",
    "so this slide sets out our four step approach",
    "before we start i'll go through the agenda slide then our release notes",
    "okay so slide four as you can see it says customer success comes first",
    "i'll just read out the agenda from the slides and then the modules one by one",
    "right, let me bring up our slides and we'll get going",
    "let me share and run you through a couple of slides",
    "okay, slide five. this is where we cover our history",
    "let me just take you through our company deck",
    "i'll flip through a few slides and then we can chat",
    "i have about thirty slides to get through",
    "on the next slide you'll see our values",
    "ok so on this next slide it says here we have four core pillars",
    "let me give you a brief rundown of who we are",
    "first i want to tell you a little about our company",
    "i put together a short deck about us",
    "let me take a couple minutes to introduce the company",
    "i'd love to tell you a bit about our journey",
    "slide three is our leadership team",
    "let me start with an overview of what we do",
    "let me tell you a bit about me and my background",
    "so first a bit about us we're a team of forty",
    "let me just read them out quickly bullet one automated matching",
    "first i'll share the presentation and go slide by slide",
    "i'll give you our background for the first twenty minutes",
    "bear with me while i run through the whole deck",
    "i'll keep reading from the slide so we're aligned",
    "i'll spend the first twenty minutes on our company background",
    "okay so this slide says we have three core modules",
    "bear with me just twelve more slides to go",
    "okay so slide four reads as follows",
  ],
  misses: [
    "i'll share the slides afterwards as a pdf since a couple of people couldn't make it",
    "let me pull up the deck you sent over so we're looking at the same numbers",
    "just ignore slide nine, that pricing is out of date",
    "jumping to slide four so you can see the numbers you asked about",
    "could you walk me through your current process",
    "i'll go through your notes after the call",
    "which page of the contract are you on",
    "tell me about your team",
    "i'll send the slides to everyone afterwards",
    "your overview of the plants was really useful",
    "thanks for putting together that report",
    "let me introduce my colleague sam",
    "can you skip to slide four of your deck",
    "could you read the figures out, my screen froze",
    "let's go slide by slide through your board pack so i understand the numbers",
    "could you read off the screen which error code you're seeing",
    "your slide says the target is ninety percent, where does that come from",
    "two more slides from your board pack would help me",
  ],
  paraphrases: [
    "let me take you through our brochure before we get to questions",
    "i'll click through the deck quickly and then we can chat",
  ],
}
