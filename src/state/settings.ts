/**
 * The user's settings, stored under SETTINGS_KEY in extension storage. Written by the options
 * page, read by the background and the content scripts. Unknown or broken values fall back to
 * the defaults one field at a time, so a bad value never resets the rest.
 */
import { isPrincipleId, PRINCIPLE_IDS, type PrincipleId } from "../core/principles"

export type NudgeFrequency = "rare" | "normal" | "frequent"

export interface Settings {
  /** The seller's own name(s) as the meeting shows them (Zoom and Teams show names, not "You"). */
  myNames: string[]
  /** How often nudges may appear. */
  nudgeFrequency: NudgeFrequency
  /** Principles that may nudge; the others are still scored. */
  nudgePrinciples: PrincipleId[]
  /** Seconds of uninterrupted seller talk before a monologue nudge (research: 60–90 s). */
  monologueThresholdSec: number
  /** Press the meeting's own captions button once when the call starts, if captions are off. */
  autoEnableCaptions: boolean
  /** Ended calls older than this many days are deleted automatically. */
  retentionDays: number
}

export const SETTINGS_KEY = "settings"

export const DEFAULT_SETTINGS: Settings = {
  myNames: [],
  nudgeFrequency: "normal",
  nudgePrinciples: [...PRINCIPLE_IDS],
  monologueThresholdSec: 75,
  autoEnableCaptions: true,
  retentionDays: 90,
}

const FREQUENCIES: readonly NudgeFrequency[] = ["rare", "normal", "frequent"]

function clampNumber(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback
}

export function normalizeSettings(value: unknown): Settings {
  const raw = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>
  const names = Array.isArray(raw.myNames)
    ? raw.myNames.filter((name): name is string => typeof name === "string" && name.trim() !== "")
    : DEFAULT_SETTINGS.myNames
  return {
    myNames: names.map((name) => name.trim()).slice(0, 10),
    nudgeFrequency: FREQUENCIES.includes(raw.nudgeFrequency as NudgeFrequency)
      ? (raw.nudgeFrequency as NudgeFrequency)
      : DEFAULT_SETTINGS.nudgeFrequency,
    nudgePrinciples: Array.isArray(raw.nudgePrinciples)
      ? raw.nudgePrinciples.filter(isPrincipleId)
      : DEFAULT_SETTINGS.nudgePrinciples,
    monologueThresholdSec: clampNumber(
      raw.monologueThresholdSec,
      20,
      600,
      DEFAULT_SETTINGS.monologueThresholdSec,
    ),
    autoEnableCaptions:
      typeof raw.autoEnableCaptions === "boolean"
        ? raw.autoEnableCaptions
        : DEFAULT_SETTINGS.autoEnableCaptions,
    retentionDays: Math.round(clampNumber(raw.retentionDays, 1, 3650, DEFAULT_SETTINGS.retentionDays)),
  }
}
