/**
 * The nudge slot under the status bar: the nudge on screen (until it expires), the muted notice,
 * or a one-line placeholder with the mute button. Owns the clock for expiry and the live region
 * that announces each nudge once.
 */
import { useRef, useState } from "react"
import type { NudgePolicyState } from "../../nudges"
import type { NudgeActions } from "./nudge-actions"
import { NudgeCard } from "./NudgeCard"
import { effectiveMuted, nudgeAnnouncement, visibleNudge, type PendingMute } from "./nudge-visibility"
import { useClock, type Clock } from "./use-clock"

export interface NudgeAreaProps {
  callId: string | null
  coach: NudgePolicyState | null
  /** Nudges only show while the call is going on. */
  live: boolean
  actions: NudgeActions
  clock?: Clock
}

export function NudgeArea({ callId, coach, live, actions, clock }: NudgeAreaProps) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set())
  const [pendingMute, setPendingMute] = useState<PendingMute | null>(null)
  // Ticks for the whole call (a tiny component), so a nudge never shows against a stale time.
  const now = useClock(live, clock)
  const muted = effectiveMuted(callId, coach, pendingMute)
  const nudge = live ? visibleNudge(coach, now, hidden, muted) : null

  const slot = useRef<HTMLDivElement>(null)
  const hide = (id: string) => {
    setHidden((before) => new Set(before).add(id))
    slot.current?.focus() // the card and its focused button are about to go
  }
  const setMuted = (next: boolean) => {
    if (!callId) return
    setPendingMute({ callId, muted: next, coach })
    void actions.setMuted(callId, next).then((ok) => {
      if (!ok) setPendingMute(null)
    })
  }

  return (
    <>
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {nudgeAnnouncement(nudge)}
      </div>
      {live && callId && (
        <div className="nudge-slot" ref={slot} tabIndex={-1}>
          {muted ? (
            <p className="nudge-muted">
              <span>Nudges muted for this call</span>
              <button
                type="button"
                className="link-button"
                data-testid="unmute-call"
                onClick={() => setMuted(false)}
              >
                Unmute
              </button>
            </p>
          ) : nudge ? (
            <NudgeCard
              key={nudge.id}
              nudge={nudge}
              onDismiss={() => {
                hide(nudge.id)
                void actions.dismiss(callId, nudge.id)
              }}
              onNotHelpful={() => {
                hide(nudge.id)
                void actions.notHelpful(callId, nudge.id)
              }}
              onMute={() => setMuted(true)}
            />
          ) : (
            <p className="nudge-idle">
              <span>Nudges appear here when a moment matters.</span>
              <button
                type="button"
                className="link-button"
                data-testid="mute-call"
                onClick={() => setMuted(true)}
              >
                Mute for this call
              </button>
            </p>
          )}
        </div>
      )}
    </>
  )
}
