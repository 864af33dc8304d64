/** Which nudge the panel shows now, and what the screen reader hears. Pure. */
import { current, type Nudge, type NudgePolicyState } from "../../nudges"

/**
 * The nudge on screen: the policy's current one until its expiresAt, unless the call is muted or
 * the seller already dismissed it here (hidden at once, before the background's write arrives).
 */
export function visibleNudge(
  coach: NudgePolicyState | null | undefined,
  nowMs: number,
  hiddenIds: ReadonlySet<string> = new Set(),
  muted: boolean = coach?.muted ?? false,
): Nudge | null {
  if (!coach || muted) return null
  const nudge = current(coach, nowMs)
  return nudge && !hiddenIds.has(nudge.id) ? nudge : null
}

/** One sentence per part, read once by the polite live region when the nudge appears. */
export function nudgeAnnouncement(nudge: Nudge | null): string {
  if (!nudge) return ""
  const kind = nudge.polarity === "down" ? "Coach" : "Nice"
  return `${kind}: ${nudge.title}. ${nudge.evidence}. ${nudge.suggestion}`
}

/**
 * Mute as the panel shows it: the seller's click wins until the background writes a new coach
 * state (then the stored value is the truth again).
 */
export interface PendingMute {
  callId: string
  muted: boolean
  /** The coach state the click was made against. */
  coach: NudgePolicyState | null
}

export function effectiveMuted(
  callId: string | null,
  coach: NudgePolicyState | null,
  pending: PendingMute | null,
): boolean {
  if (pending && pending.callId === callId && pending.coach === coach) return pending.muted
  return coach?.muted ?? false
}
