/**
 * The numbers behind the nudge policy, in one place with their reasons. Sources: the research
 * figures and the complaints about live-coaching tools in shared/docs/one-up.md (prompt fatigue,
 * late prompts, one nudge at a time).
 */
import type { NudgeFrequency } from "./types"

export interface FrequencyLimits {
  /** Minimum gap between two corrective nudges (any rules). */
  globalCooldownSec: number
  /** Minimum gap between two nudges of the same rule (before "not helpful" stretches it). */
  ruleCooldownSec: number
  /** Corrective nudges per call. */
  cap: number
  /** Reinforcements per call (they count separately: quieter, but still on screen). */
  quietCap: number
  /** Minimum gap between two reinforcements. */
  quietCooldownSec: number
  /** A rule whose nudge the seller acted on stays silent this long. */
  actedOnQuietSec: number
}

/**
 * | frequency | global | per rule | cap | quiet cap | quiet gap | acted-on silence |
 * |-----------|--------|----------|-----|-----------|-----------|------------------|
 * | rare      | 90 s   | 360 s    | 6   | 2         | 300 s     | 900 s            |
 * | normal    | 45 s   | 180 s    | 12  | 6         | 120 s     | 450 s            |
 * | frequent  | 20 s   | 90 s     | 25  | 12        | 45 s      | 240 s            |
 *
 * Why: a discovery call runs 30–60 min. "normal" allows at most one corrective nudge every 45 s
 * (time to read it, act on it and hear the answer) and 12 per call (about one every 4–5 min over an
 * hour). "rare" is for sellers who find nudges distracting: one every 10 min on average. "frequent"
 * is for practice and role-play calls. The per-rule cooldown is 4× the global one so a single
 * habit cannot take over the panel; reinforcements are rarer still so praise does not become noise.
 * Every expiry below is shorter than the smallest global cooldown, so corrective nudges never
 * overlap.
 */
export const FREQUENCY_LIMITS: Record<NudgeFrequency, FrequencyLimits> = {
  rare: {
    globalCooldownSec: 90,
    ruleCooldownSec: 360,
    cap: 6,
    quietCap: 2,
    quietCooldownSec: 300,
    actedOnQuietSec: 900,
  },
  normal: {
    globalCooldownSec: 45,
    ruleCooldownSec: 180,
    cap: 12,
    quietCap: 6,
    quietCooldownSec: 120,
    actedOnQuietSec: 450,
  },
  frequent: {
    globalCooldownSec: 20,
    ruleCooldownSec: 90,
    cap: 25,
    quietCap: 12,
    quietCooldownSec: 45,
    actedOnQuietSec: 240,
  },
}

/** How long a nudge stays on screen. A glance takes 2–3 s; after ~15 s the moment has moved on. */
export const TTL_SEC = {
  rule: 15,
  /** Time-based nudges describe a state that lasts a little longer (and clear early once resolved). */
  time: 20,
  quiet: 8,
} as const

/**
 * Priorities (higher wins among candidates arriving together; a reinforcement never replaces a
 * corrective nudge; a corrective nudge replaces a reinforcement on screen). Time-sensitive
 * corrective nudges first: the moment is happening now and loses all value if it waits.
 */
export const PRIORITY = {
  /** Monologue, interrogation, and rules the registry marks urgent (company story, deck walk-through). */
  urgent: 100,
  rule: 80,
  noQuestions: 60,
  talkShare: 50,
  reinforcement: 20,
} as const

/** Each "not helpful" click lowers the rule's priority by this much; at ≤ 0 the rule is silent. */
export const NOT_HELPFUL_PENALTY = 30

/** One-Down principles whose rules are "happening now" (pitching at the client) unless the registry says otherwise. */
export const URGENT_DOWN_PRINCIPLES = ["teach-models", "counsel", "use-of-time"] as const

/** An utterance that ended longer ago than this is not nudged about (e.g. replayed after a restart). */
export const STALE_UTTERANCE_SEC = 20

/** A seller utterance within this window after a corrective nudge can count as acting on it. */
export const ACTED_ON_WINDOW_SEC = 120

/** Utterances remembered for revision stability and "fired once" bookkeeping. */
export const UTTERANCE_MEMORY = 40
/** Log lines kept per call (more than the largest cap plus quiet cap). */
export const LOG_LIMIT = 100

/** Evidence longer than this is shortened at a word boundary: it has to be read at a glance. */
export const EVIDENCE_MAX_CHARS = 90

/** Time-based thresholds (research figures in shared/docs/one-up.md). */
export const TIME_THRESHOLDS = {
  /** Talk-share nudges wait for the call to settle: openings are naturally seller-heavy. */
  talkShareWarmupSec: 240,
  /** Top calls run ≈ 43 % seller talk; average reps 65–75 %; above 65 % converts worse. */
  talkShareHigh: 0.65,
  /** Not before this much talk has been measured, so a share is meaningful. */
  talkShareMinTalkSec: 120,
  /** 11–14 questions per call spread through it ≈ one every 3–4 min; 5 min without one is a long stretch. */
  noQuestionSec: 300,
  /** …but only if the seller did at least half the talking in that stretch (a long client story is good). */
  noQuestionSellerShare: 0.5,
  /** Top reps spread questions rather than interrogate: this many seller questions within 60 s is a burst. */
  interrogationQuestions: 4,
} as const

/** Words that carry no coaching signal on their own (no measured link to outcomes: never nudge on them). */
export const FILLER_WORDS = [
  "um",
  "umm",
  "uh",
  "uhh",
  "er",
  "erm",
  "ah",
  "hmm",
  "mm",
  "like",
  "so",
  "well",
  "basically",
  "actually",
  "literally",
  "right",
  "okay",
  "ok",
  "you know",
  "i mean",
  "kind of",
  "sort of",
] as const
