/**
 * What the review page keeps in extension storage (storage.local, this machine only), each item
 * with its default. Calls themselves are written by the background (src/session).
 */
import { PRINCIPLE_IDS, type PrincipleId } from "../../core/principles"
import type { Verdict } from "../../core/types"
import { DRILLS } from "./drills"
import { MAX_REMEMBERED_NAMES } from "./seller-choice"

export const REVIEW_KEYS = {
  /** string[]: speakers the seller chose as themselves in earlier files, newest first. */
  sellerNames: "review/seller-names",
  /** DrillProgress: per drill id, how it went (absent: not tried). */
  drillProgress: "rehearse/progress",
} as const

export interface DrillRecord {
  attempts: number
  /** Epoch milliseconds of the first answer judged One-Up; null until then. */
  passedAt: number | null
  /** The verdict of the latest checked answer. */
  lastVerdict: Verdict
}

export type DrillProgress = Record<string, DrillRecord>

export function normalizeNames(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value
    .filter((name): name is string => typeof name === "string" && name.trim() !== "")
    .slice(0, MAX_REMEMBERED_NAMES)
}

export function normalizeProgress(value: unknown): DrillProgress {
  if (typeof value !== "object" || value === null) return {}
  const progress: DrillProgress = {}
  for (const drill of DRILLS) {
    const record = (value as Record<string, unknown>)[drill.id] as Partial<DrillRecord> | undefined
    if (typeof record !== "object" || record === null || typeof record.attempts !== "number") continue
    progress[drill.id] = {
      attempts: record.attempts,
      passedAt: typeof record.passedAt === "number" ? record.passedAt : null,
      lastVerdict:
        record.lastVerdict === "up" || record.lastVerdict === "down" ? record.lastVerdict : "neutral",
    }
  }
  return progress
}

/** One checked answer: a drill is passed once an answer to it is judged One-Up. */
export function recordAttempt(
  progress: DrillProgress,
  drillId: string,
  verdict: Verdict,
  now: number,
): DrillProgress {
  const before = progress[drillId]
  return {
    ...progress,
    [drillId]: {
      attempts: (before?.attempts ?? 0) + 1,
      passedAt: before?.passedAt ?? (verdict === "up" ? now : null),
      lastVerdict: verdict,
    },
  }
}

export interface PrincipleProgress {
  principle: PrincipleId
  passed: number
  tried: number
  total: number
}

export function progressByPrinciple(progress: DrillProgress): PrincipleProgress[] {
  return PRINCIPLE_IDS.map((principle) => {
    const drills = DRILLS.filter((drill) => drill.principle === principle)
    return {
      principle,
      passed: drills.filter((drill) => progress[drill.id]?.passedAt != null).length,
      tried: drills.filter((drill) => progress[drill.id] !== undefined).length,
      total: drills.length,
    }
  })
}
