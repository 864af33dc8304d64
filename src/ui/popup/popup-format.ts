/** How the popup writes dates, platforms and durations. */
import type { Platform } from "../../core/types"
import { formatDuration } from "../../metrics/format"

const PLATFORM_LABELS: Record<Platform, string> = {
  meet: "Google Meet",
  zoom: "Zoom",
  teams: "Microsoft Teams",
  file: "Transcript file",
}

export function platformLabel(platform: Platform): string {
  return PLATFORM_LABELS[platform] ?? platform
}

const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" })

/** "14 Mar 2026, 15:30" in the user's locale; "" for a missing or broken time. */
export function formatDateTime(epochMs: number | null): string {
  if (epochMs === null || !Number.isFinite(epochMs)) return ""
  return DATE_TIME.format(new Date(epochMs))
}

/** "12 min 5 s", or the fallback when the length is unknown. */
export function formatOptionalDuration(seconds: number | null, fallback = "unknown"): string {
  return seconds === null || !Number.isFinite(seconds) ? fallback : formatDuration(seconds)
}
