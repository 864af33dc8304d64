/**
 * The rule registry: every rule file under this folder, imported explicitly so bundlers keep
 * them and the conventions test can check nothing is missing. Add new rules here (and run
 * `npx tsx src/tools/rules-table.ts --write` to refresh the README table).
 */
import type { Rule } from "../rule"
import askHistoryAndConstraints from "./ask-history-and-constraints"
import askStakeholdersAndDecisions from "./ask-stakeholders-and-decisions"
import askTellsThemTheirBusiness from "./ask-tells-them-their-business"
import askWebsiteFacts from "./ask-website-facts"
import changeAsksIfProblem from "./change-asks-if-problem"
import changeCostOfInaction from "./change-cost-of-inaction"
import changeProjectsConsequences from "./change-projects-consequences"
import changeWaitsForClient from "./change-waits-for-client"
import counselDefersToClient from "./counsel-defers-to-client"
import counselDemoAsValue from "./counsel-demo-as-value"
import counselFeaturePitch from "./counsel-feature-pitch"
import counselGivesRecommendation from "./counsel-gives-recommendation"
import counselInYourShoes from "./counsel-in-your-shoes"
import discoveryChallengesAssumptions from "./discovery-challenges-assumptions"
import discoveryGenericPainQuestion from "./discovery-generic-pain-question"
import discoveryQualificationChecklist from "./discovery-qualification-checklist"
import discoveryQuantifiesPatterns from "./discovery-quantifies-patterns"
import expertiseAsksWhatTheyKnowAboutUs from "./expertise-asks-what-they-know-about-us"
import expertiseCitesData from "./expertise-cites-data"
import expertiseDefersOwnDomain from "./expertise-defers-own-domain"
import expertiseSharesExperience from "./expertise-shares-experience"
import journeyAsksPurchaseTimeline from "./journey-asks-purchase-timeline"
import journeyHandsOverProcess from "./journey-hands-over-process"
import journeyRecommendsNextStep from "./journey-recommends-next-step"
import journeySendsAndWaits from "./journey-sends-and-waits"
import journeySharesUsualPath from "./journey-shares-usual-path"
import modelsBashesCompetitors from "./models-bashes-competitors"
import modelsClaimsLeadership from "./models-claims-leadership"
import modelsCompanyStory from "./models-company-story"
import modelsExplainsTradeOffs from "./models-explains-trade-offs"
import modelsLaysOutApproaches from "./models-lays-out-approaches"
import resultsBeyondTheProduct from "./results-beyond-the-product"
import resultsNarrowsToScope from "./results-narrows-to-scope"
import resultsProductFixesAll from "./results-product-fixes-all"
import senseBuzzwords from "./sense-buzzwords"
import senseLinksForcesToClient from "./sense-links-forces-to-client"
import senseNamesShifts from "./sense-names-shifts"
import senseWorldSmallTalk from "./sense-world-small-talk"
import timeAsksForTime from "./time-asks-for-time"
import timePresentsDeck from "./time-presents-deck"
import timeSetsValueAgenda from "./time-sets-value-agenda"
import timePersonalSmallTalk from "./time-personal-small-talk"
import timeSkipsThePitch from "./time-skips-the-pitch"

/** All rules, grouped by principle in the order of the ten principles. */
export const RULES: readonly Rule[] = [
  expertiseAsksWhatTheyKnowAboutUs,
  expertiseCitesData,
  expertiseDefersOwnDomain,
  expertiseSharesExperience,
  askHistoryAndConstraints,
  askStakeholdersAndDecisions,
  askTellsThemTheirBusiness,
  askWebsiteFacts,
  timeAsksForTime,
  timePresentsDeck,
  timeSetsValueAgenda,
  timeSkipsThePitch,
  timePersonalSmallTalk,
  senseBuzzwords,
  senseLinksForcesToClient,
  senseNamesShifts,
  senseWorldSmallTalk,
  discoveryChallengesAssumptions,
  discoveryGenericPainQuestion,
  discoveryQualificationChecklist,
  discoveryQuantifiesPatterns,
  changeAsksIfProblem,
  changeCostOfInaction,
  changeProjectsConsequences,
  changeWaitsForClient,
  journeyAsksPurchaseTimeline,
  journeyHandsOverProcess,
  journeyRecommendsNextStep,
  journeySendsAndWaits,
  journeySharesUsualPath,
  modelsBashesCompetitors,
  modelsClaimsLeadership,
  modelsCompanyStory,
  modelsExplainsTradeOffs,
  modelsLaysOutApproaches,
  resultsBeyondTheProduct,
  resultsNarrowsToScope,
  resultsProductFixesAll,
  counselDefersToClient,
  counselDemoAsValue,
  counselFeaturePitch,
  counselGivesRecommendation,
  counselInYourShoes,
]

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]))

/** A rule by id (the `rule` field of a label), for the nudge UI; undefined when unknown. */
export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id)
}
