/**
 * Which calls the popup shows: the last ended call (the default summary), the call in progress
 * (the live banner) and the one the user picked in the history. Pure: reads stored records only.
 */
import type { ActivePointer, CallIndexEntry, CallMeta } from "../../session/call-types"

/** The stored index, or an empty one when storage holds nothing (or something unexpected). */
export function asCallIndex(value: unknown): CallIndexEntry[] {
  return Array.isArray(value) ? (value as CallIndexEntry[]) : []
}

/** The newest call that has ended (the index is newest first; ties go to the later start). */
export function lastEndedEntry(index: readonly CallIndexEntry[]): CallIndexEntry | null {
  let best: CallIndexEntry | null = null
  for (const entry of index) {
    if (entry.endedAt === null) continue
    if (best === null || entry.startedAt > best.startedAt) best = entry
  }
  return best
}

/** The call the active pointer names as the most recently active one. */
export function activeCallId(pointer: ActivePointer | undefined): string | null {
  return pointer?.lastCallId ?? null
}

/** A call is live while it has not ended by either record: the end time or the capture status. */
export function isLiveCall(meta: CallMeta | null | undefined): meta is CallMeta {
  return meta != null && meta.endedAt === null && meta.status.state !== "ended"
}

/** The call whose summary to show: the user's pick while it is still stored, else the last ended. */
export function shownCallId(index: readonly CallIndexEntry[], selectedId: string | null): string | null {
  if (selectedId !== null && index.some((entry) => entry.callId === selectedId)) return selectedId
  return lastEndedEntry(index)?.callId ?? null
}
