// Seed, principle 1: knowledge and experience transferred to the client; data gathered across
// many companies is the clearest form of it.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "expertise-cites-data",
  principle: "expertise",
  polarity: "up",
  nudge: "Good: data from beyond their walls gives them a yardstick they didn't have.",
  patterns: [
    // "the numbers we pulled from two hundred plants say"
    {
      match:
        "(the|our) (data|numbers|research|benchmark|benchmarks|study|survey|analysis) .{0,8} (say|says|show|shows|showed|suggest|suggests|tell|tells|indicate|indicates) !up",
      // (not "we make sure the data shows up")
      notIf: "(you|your) .",
    },
    // "we benchmarked forty chains", "when we looked at the last thirty projects"
    {
      match:
        "we (benchmarked|surveyed|studied|analyzed|analysed|compared|reviewed|tracked|looked at) (the|our)? (last|past)? #Value .{0,3} #Plural",
    },
    // "on average", "the median clinic"
    { match: "(on average|the median)" },
    // "the industry benchmark for first call resolution"
    { match: "(industry|peer|sector|market) (benchmark|benchmarks|average|averages|median)" },
    // "the figures from forty clinics", "our survey of two hundred cfos"
    {
      match:
        "(data|numbers|research|benchmark|benchmarks|study|survey|analysis|figures|results|dataset) (from|across|of|on|covering) (about|roughly|around|nearly|over|some)? #Value+ (#Peer|#MarketActor)",
      notIf: "(you|your)",
    },
    // "the data is pretty clear here": the seller vouches for evidence, then states it
    {
      match:
        "(the|our) (data|numbers|research|benchmarks|benchmark) #Copula (pretty|very|really|quite|crystal|super|fairly)? (clear|consistent|unambiguous)",
    },
    // "the numbers from our hotel clients are pretty clear" (not the client's own: "the numbers
    // from your finance team are clear")
    {
      match:
        "(the|our) (data|numbers|research|benchmarks|benchmark) (from|across|on) (our|other|#Value|about|over|roughly|hundreds|dozens) .{0,3} (are|is|were|was) (pretty|very|really|quite|crystal|super|fairly)? (clear|consistent|unambiguous)",
    },
    // "from about two hundred contact centres in our data, the realistic drop is six to nine percent"
    { match: "#Value .{0,3} in our (data|benchmark|benchmarks|dataset|numbers|research)" },
    // "from the data we've gathered on erp programmes, the average overrun is forty percent"
    { match: "from the data we .{0,2} (gathered|collected|seen|got|pulled)" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Brings data, research or benchmarks gathered beyond this client."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "from the data we've gathered on these programmes the average overrun is forty percent",
    "across roughly three hundred clinics in our benchmark the no show rate halves",
    "our research across three hundred contact centers shows handle time isn't the lever",
    "the data we collected from sixty fleets says idle time doubles in winter",
    "we surveyed the last eighty implementations and half of them reworked the data model",
    "on average teams like yours spend a day a week on reconciliation",
    "the median clinic loses about eight percent of slots to no shows",
    "the industry benchmark for first call resolution is closer to seventy percent",
    "the data is pretty clear here, practices that confirm by text the day before get a third fewer no-shows",
    "the numbers from our dealership customers are very consistent, trade-ins priced within a day sell twice as fast",
  ],
  misses: [
    "the data you sent over shows twelve sites",
    "our numbers for the quarter look fine thanks",
    "we reviewed the contract yesterday",
    "i'll send the survey link after the call",
    "your research team did a great job on that",
    "the numbers you quoted sound about right",
    "the numbers from the two plants you sent look off",
    "on our end we just make sure the data shows up in the portal",
    "the data is clean now that you sent the new file",
    "the numbers from your finance team are pretty clear on the overtime",
  ],
  paraphrases: [
    "the figures from forty clinics show mondays are the worst day for no shows",
    "our dataset covering roughly nine hundred brokers says renewals slip in the fourth quarter",
  ],
}
