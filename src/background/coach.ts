/**
 * The live coach in the background: feeds each classified seller utterance and a clock tick to
 * the nudge policy (src/nudges/), and keeps the policy state, with the nudge on screen, in the
 * call's meta so the side panel shows it and a service-worker restart keeps it.
 */
import {
  computeTimeMetrics,
  createPolicyState,
  current,
  dismiss,
  markNudgeNotHelpful,
  mute,
  onTick,
  onUtterance,
  sellerFeedback,
  toNudgeSettings,
  type NudgePolicyState,
  type RuleLookup,
} from "../nudges"
import type { CallSession } from "../session/call-session"
import type { SessionManager, SessionObserver } from "../session/session-manager"
import type { KeyValueStore } from "../state/kv-store"
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_KEY, type Settings } from "../state/settings"
import type { UiRequestContext } from "./ui-requests"

/** "Not helpful" counts per rule, carried from call to call (the seller's own preferences). */
export const FEEDBACK_KEY = "coach/feedback"
/** How often time-based nudges (monologue, talk share…) are checked during a call. */
export const TICK_MS = 2_000

export interface Coach {
  observer: SessionObserver
  actions: UiRequestContext["coach"]
  attach(manager: SessionManager): void
  /** Runs the time-based checks now (the timer calls it; tests may too). */
  tick(): void
  updateSettings(settings: Settings): void
}

export interface CoachOptions {
  store: KeyValueStore
  now: () => number
  lookup: RuleLookup
}

export function createCoach(options: CoachOptions): Coach {
  const { store, now, lookup } = options
  let settings = DEFAULT_SETTINGS
  let feedback: Record<string, number> = {}
  let manager: SessionManager | null = null
  let timer: ReturnType<typeof setInterval> | null = null

  const stateOf = (session: CallSession): NudgePolicyState =>
    session.meta.coach ?? createPolicyState({ callStartedAtMs: session.meta.startedAt, notHelpful: feedback })

  /** Stores the new state; true when what the panel shows changed (so it is written at once). */
  const save = (session: CallSession, next: NudgePolicyState, at: number): boolean => {
    const before = session.meta.coach
    session.patchMeta({ coach: next }, at)
    return current(next, at)?.id !== (before ? current(before, at)?.id : undefined)
  }

  const runTick = (session: CallSession, at: number): boolean => {
    // Nobody known as the seller yet: talk share and silence would coach nobody (the panel asks).
    if (!session.utterances.some((utterance) => utterance.self)) return false
    const nowSec = (at - session.meta.startedAt) / 1000
    const metrics = computeTimeMetrics(session.utterances, nowSec)
    const result = onTick(stateOf(session), metrics, at, toNudgeSettings(settings))
    return save(session, result.state, at)
  }

  const ensureTimer = () => {
    if (timer !== null || !manager) return
    timer = setInterval(() => coach.tick(), TICK_MS)
  }

  const withSession = async (callId: string, change: (state: NudgePolicyState) => NudgePolicyState) => {
    const session = await manager?.session(callId)
    if (!session) return false
    save(session, change(stateOf(session)), now())
    await manager?.persist(true)
    return true
  }

  const coach: Coach = {
    observer: {
      onUtterances(session, changed, at) {
        let state = stateOf(session)
        const nudgeSettings = toNudgeSettings(settings)
        for (const utterance of changed)
          state = onUtterance(state, utterance, at, nudgeSettings, lookup).state
        const shown = save(session, state, at)
        ensureTimer()
        return shown
      },
      onSellerChanged(session, at) {
        const state = session.meta.coach
        const shown = state?.current
        if (!state || !shown) return
        const line = session.utterances.find((utterance) => utterance.id === shown.utteranceId)
        // The nudge on screen was about words that turn out not to be the seller's.
        if (!line?.self) session.patchMeta({ coach: { ...state, current: null } }, at)
      },
      onEnded(session) {
        const state = session.meta.coach
        if (!state) return
        session.patchMeta({ coach: { ...state, current: null } }, now())
        feedback = { ...feedback, ...sellerFeedback(state) }
        void store.set({ [FEEDBACK_KEY]: feedback })
      },
    },
    actions: {
      dismiss: (callId, nudgeId) => withSession(callId, (state) => dismiss(state, nudgeId, now())),
      notHelpful: (callId, nudgeId) => withSession(callId, (state) => markNudgeNotHelpful(state, nudgeId)),
      mute: (callId, muted) => withSession(callId, (state) => mute(state, muted)),
      // The in-memory copy goes too, or the next call's end would write the old marks back.
      forgetFeedback: async () => {
        feedback = {}
        await store.remove([FEEDBACK_KEY])
      },
    },
    attach(attached) {
      manager = attached
      void store.get([SETTINGS_KEY, FEEDBACK_KEY]).then((result) => {
        settings = normalizeSettings(result[SETTINGS_KEY])
        feedback = (result[FEEDBACK_KEY] as Record<string, number> | undefined) ?? {}
      })
    },
    tick() {
      const active = manager?.activeSessions() ?? []
      if (active.length === 0 && timer !== null) {
        clearInterval(timer)
        timer = null
        return
      }
      const at = now()
      const changed = active.filter((session) => runTick(session, at))
      if (changed.length > 0) void manager?.persist(true)
    },
    updateSettings(next) {
      settings = next
    },
  }
  return coach
}
