// one-up.md, use-of-time down signals: the seller's own weekend, trip or game story spends the
// client's minutes on the seller instead of on the client's problem.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "time-personal-small-talk",
  principle: "use-of-time",
  polarity: "down",
  nudge: "Keep the greeting to a line, then open with the one question about their problem you came to ask.",
  patterns: [
    // "how was your weekend … we went up to the lake": the client's free time, then the seller's
    // own story in the same breath (a bare "how was your weekend" is only a greeting).
    {
      match:
        "(#Leisure|trip|summer|game|match|shows) .{0,10} (i|we) #Adverb? (was|were|went|ended|spent|drove|flew|caught|stayed)",
    },
    // "i was out there for a conference last spring and oh my gosh the food"
    {
      match:
        "i (was|went) (out|over|down|up) there (for|on|last) .{0,8} (and|so) .{0,4} (food|weather|traffic|hotel|flight)",
    },
    // "the weather here has been crazy, last week my cousin's whole street flooded": a weather
    // remark that turns into a family story
    {
      match:
        "(weather|typhoon|storm|snow|rain|heatwave|flooded|traffic) .{0,10} (my|our) (cousin|cousins|kids|wife|husband|family|neighbour|neighbor|brother|sister|mum|mom|dad|parents|son|daughter)",
    },
    // "i went up to the lake, my kid caught his first bass", "me and the wife went down the coast last weekend"
    {
      match:
        "(i|we|wife|husband|family|kids) (went|drove|flew|headed|popped|took the kids) .{0,5} (weekend|holiday|vacation|summer|lake|beach|cabin|cottage)",
    },
    {
      match:
        "(my|our) (kid|kids|son|daughter|buddy|mate|wife|husband|brother|sister) (caught|scored|won|played) (his|her|their|a|the|my)",
    },
    // "i was there for a conference last year, love that city, we went to that brewery"
    { match: "i was there (for|on|last) .{0,8} (we|i) (went|ate|stayed|had|found|tried)" },
    // "here in pune we had forty two degrees yesterday, can you imagine"
    { match: "#Value degrees (yesterday|today|here|last week|this morning|over the weekend)" },
    {
      match:
        "(heard|hear) it (is|was) (very|so|really|extremely|freezing|boiling)? (cold|hot|warm|wet|rainy|snowy) (in|over|there|up|down)",
    },
    // "how's the summer treating you, did you get away anywhere"
    { match: "did you (get away|go away|get off|head off) (anywhere|at all|somewhere)" },
    // "how's the summer treating you"
    { match: "how is the (summer|weekend|week|winter|new year) treating you" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Fills the call with the seller's own weekend, trip or game stories."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "before we start, how's the summer treating you, did you get away anywhere",
    "how was the long weekend we drove down to the coast and hit every traffic jam on the way",
    "did you watch the game last night i was at my cousin's and we stayed up way too late",
    "how was your vacation we went to florida in march and it rained the whole time",
    "i was out there for a trade show last fall and so the food was unbelievable",
    "my kids had a tournament all weekend and we drove three hours each way",
    "oh the trip was fun we ended up at a karaoke bar until two",
    "the weather here has been mad and last week the storm took out the power at my parents place for two days",
    "i drove up to the cottage this weekend and the fishing was unreal",
    "my son caught his first trout on saturday, he was buzzing",
    "i was there for a trade show last spring and we went to this amazing taco place",
    "here in chennai we had forty degrees yesterday can you imagine",
    "i heard it was very cold in oslo this week",
  ],
  misses: [
    "did you get away from the old supplier in the end",
    "how was your weekend",
    "hope you had a good weekend, shall we dive into the reorder data",
    "we went live with the first site over the weekend",
    "the conference deadline is friday so we had to move the pilot",
    "did you get the invite for thursday",
    "my team ran the numbers from your last quarter",
    "my kids have the same school holidays so i get it",
    "the storm closed two of your depots, my team has the numbers on what it did to deliveries",
    "your team went to the warehouse last weekend to count stock, how did it go",
    "forty degrees in the cold room is what the alarm is set for",
  ],
  paraphrases: [
    "how were the holidays we spent a week at my in-laws and i ate my weight in pie",
    "you a hockey fan at all we were at the playoffs on tuesday and it went to double overtime",
    "oh my son had a soccer tournament out of state so we drove six hours each way",
  ],
}
