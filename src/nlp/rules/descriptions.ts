/**
 * Every rule's one-line description, by rule id, for the tools and tests that document the rules
 * (README table, the pages' rule-info.json). Kept out of the rule objects so the service worker,
 * which never shows them, does not carry them.
 */
import { description as askHistoryAndConstraints } from "./ask-history-and-constraints"
import { description as askStakeholdersAndDecisions } from "./ask-stakeholders-and-decisions"
import { description as askTellsThemTheirBusiness } from "./ask-tells-them-their-business"
import { description as askWebsiteFacts } from "./ask-website-facts"
import { description as changeAsksIfProblem } from "./change-asks-if-problem"
import { description as changeCostOfInaction } from "./change-cost-of-inaction"
import { description as changeProjectsConsequences } from "./change-projects-consequences"
import { description as changeWaitsForClient } from "./change-waits-for-client"
import { description as counselDefersToClient } from "./counsel-defers-to-client"
import { description as counselDemoAsValue } from "./counsel-demo-as-value"
import { description as counselFeaturePitch } from "./counsel-feature-pitch"
import { description as counselGivesRecommendation } from "./counsel-gives-recommendation"
import { description as counselInYourShoes } from "./counsel-in-your-shoes"
import { description as discoveryChallengesAssumptions } from "./discovery-challenges-assumptions"
import { description as discoveryGenericPainQuestion } from "./discovery-generic-pain-question"
import { description as discoveryQualificationChecklist } from "./discovery-qualification-checklist"
import { description as discoveryQuantifiesPatterns } from "./discovery-quantifies-patterns"
import { description as expertiseAsksWhatTheyKnowAboutUs } from "./expertise-asks-what-they-know-about-us"
import { description as expertiseCitesData } from "./expertise-cites-data"
import { description as expertiseDefersOwnDomain } from "./expertise-defers-own-domain"
import { description as expertiseSharesExperience } from "./expertise-shares-experience"
import { description as journeyAsksPurchaseTimeline } from "./journey-asks-purchase-timeline"
import { description as journeyHandsOverProcess } from "./journey-hands-over-process"
import { description as journeyRecommendsNextStep } from "./journey-recommends-next-step"
import { description as journeySendsAndWaits } from "./journey-sends-and-waits"
import { description as journeySharesUsualPath } from "./journey-shares-usual-path"
import { description as modelsBashesCompetitors } from "./models-bashes-competitors"
import { description as modelsClaimsLeadership } from "./models-claims-leadership"
import { description as modelsCompanyStory } from "./models-company-story"
import { description as modelsExplainsTradeOffs } from "./models-explains-trade-offs"
import { description as modelsLaysOutApproaches } from "./models-lays-out-approaches"
import { description as resultsBeyondTheProduct } from "./results-beyond-the-product"
import { description as resultsNarrowsToScope } from "./results-narrows-to-scope"
import { description as resultsProductFixesAll } from "./results-product-fixes-all"
import { description as senseBuzzwords } from "./sense-buzzwords"
import { description as senseLinksForcesToClient } from "./sense-links-forces-to-client"
import { description as senseNamesShifts } from "./sense-names-shifts"
import { description as senseWorldSmallTalk } from "./sense-world-small-talk"
import { description as timeAsksForTime } from "./time-asks-for-time"
import { description as timePresentsDeck } from "./time-presents-deck"
import { description as timeSetsValueAgenda } from "./time-sets-value-agenda"
import { description as timePersonalSmallTalk } from "./time-personal-small-talk"
import { description as timeSkipsThePitch } from "./time-skips-the-pitch"

export const RULE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  "ask-history-and-constraints": askHistoryAndConstraints,
  "ask-stakeholders-and-decisions": askStakeholdersAndDecisions,
  "ask-tells-them-their-business": askTellsThemTheirBusiness,
  "ask-website-facts": askWebsiteFacts,
  "change-asks-if-problem": changeAsksIfProblem,
  "change-cost-of-inaction": changeCostOfInaction,
  "change-projects-consequences": changeProjectsConsequences,
  "change-waits-for-client": changeWaitsForClient,
  "counsel-defers-to-client": counselDefersToClient,
  "counsel-demo-as-value": counselDemoAsValue,
  "counsel-feature-pitch": counselFeaturePitch,
  "counsel-gives-recommendation": counselGivesRecommendation,
  "counsel-in-your-shoes": counselInYourShoes,
  "discovery-challenges-assumptions": discoveryChallengesAssumptions,
  "discovery-generic-pain-question": discoveryGenericPainQuestion,
  "discovery-qualification-checklist": discoveryQualificationChecklist,
  "discovery-quantifies-patterns": discoveryQuantifiesPatterns,
  "expertise-asks-what-they-know-about-us": expertiseAsksWhatTheyKnowAboutUs,
  "expertise-cites-data": expertiseCitesData,
  "expertise-defers-own-domain": expertiseDefersOwnDomain,
  "expertise-shares-experience": expertiseSharesExperience,
  "journey-asks-purchase-timeline": journeyAsksPurchaseTimeline,
  "journey-hands-over-process": journeyHandsOverProcess,
  "journey-recommends-next-step": journeyRecommendsNextStep,
  "journey-sends-and-waits": journeySendsAndWaits,
  "journey-shares-usual-path": journeySharesUsualPath,
  "models-bashes-competitors": modelsBashesCompetitors,
  "models-claims-leadership": modelsClaimsLeadership,
  "models-company-story": modelsCompanyStory,
  "models-explains-trade-offs": modelsExplainsTradeOffs,
  "models-lays-out-approaches": modelsLaysOutApproaches,
  "results-beyond-the-product": resultsBeyondTheProduct,
  "results-narrows-to-scope": resultsNarrowsToScope,
  "results-product-fixes-all": resultsProductFixesAll,
  "sense-buzzwords": senseBuzzwords,
  "sense-links-forces-to-client": senseLinksForcesToClient,
  "sense-names-shifts": senseNamesShifts,
  "sense-world-small-talk": senseWorldSmallTalk,
  "time-asks-for-time": timeAsksForTime,
  "time-presents-deck": timePresentsDeck,
  "time-sets-value-agenda": timeSetsValueAgenda,
  "time-skips-the-pitch": timeSkipsThePitch,
  "time-personal-small-talk": timePersonalSmallTalk,
}

export function describeRule(id: string): string {
  return RULE_DESCRIPTIONS[id] ?? ""
}
