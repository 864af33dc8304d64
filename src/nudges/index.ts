/** The nudge policy's public surface (pure; the background persists NudgePolicyState). */
export {
  createPolicyState,
  current,
  dismiss,
  markNotHelpful,
  markNudgeNotHelpful,
  mute,
  onTick,
  onUtterance,
  ruleOfNudge,
  sellerFeedback,
  toNudgeSettings,
  type CreatePolicyOptions,
} from "./policy"
export { computeTimeMetrics, type TimedUtterance } from "./time-metrics"
export { FREQUENCY_LIMITS } from "./config"
export type {
  AwaitingAction,
  Nudge,
  NudgeFrequency,
  NudgeKind,
  NudgeLogEntry,
  NudgeOutcome,
  NudgePolicyState,
  NudgeSettings,
  PolicyResult,
  RuleInfo,
  RuleLookup,
  RuleMemory,
  TimeMetrics,
  TimeNudgeKind,
  UtteranceEvent,
  UtteranceMemory,
} from "./types"
