/** The call history index: one small row per stored call, newest first. */
import type { CallIndexEntry, CallMeta } from "./call-types"

export function buildIndexEntry(meta: CallMeta): CallIndexEntry {
  return {
    callId: meta.callId,
    platform: meta.platform,
    title: meta.title,
    startedAt: meta.startedAt,
    endedAt: meta.endedAt,
    durationSec:
      meta.endedAt === null ? null : Math.max(0, Math.round((meta.endedAt - meta.startedAt) / 1000)),
    score: meta.summary.score,
    utteranceCount: meta.utteranceCount,
  }
}

export function upsertIndexEntry(index: readonly CallIndexEntry[], entry: CallIndexEntry): CallIndexEntry[] {
  const rest = index.filter((row) => row.callId !== entry.callId)
  return [entry, ...rest].sort((a, b) => b.startedAt - a.startedAt)
}

/** Calls that ended more than `retentionDays` ago, to delete. Open calls are never expired. */
export function expiredCalls(index: readonly CallIndexEntry[], retentionDays: number, now: number): string[] {
  const cutoff = now - retentionDays * 24 * 60 * 60 * 1000
  return index.filter((row) => row.endedAt !== null && row.endedAt < cutoff).map((row) => row.callId)
}
