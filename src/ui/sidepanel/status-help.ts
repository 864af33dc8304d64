/**
 * What the status bar says for each capture state (contracts.md §4), with the fix the seller can
 * make. Pure, so every state's wording is unit-tested.
 */
import type { CaptureState, CaptureStatus } from "../../capture/types"
import type { Platform } from "../../core/types"

export type StatusTone = "ok" | "warn" | "neutral"

export interface StatusHelp {
  state: CaptureState
  tone: StatusTone
  title: string
  /** Sentences under the title. */
  lines: string[]
  /** How to turn captions on, per platform (captions-off only). */
  steps: Array<{ platform: string; how: string }>
  /** A way to report a page the extension can no longer read (not-found only). */
  report: { href: string; label: string } | null
}

export const PLATFORM_NAMES: Record<Platform, string> = {
  meet: "Google Meet",
  zoom: "Zoom",
  teams: "Microsoft Teams",
  file: "a transcript file",
}

/** How each meeting site turns captions on (shared/docs/caption-dom.md). */
export const CAPTION_STEPS: Record<Exclude<Platform, "file">, string> = {
  meet: "Click the CC button in the bottom bar, or press c.",
  zoom: "Click Show Captions in the meeting footer (the host must allow captions).",
  teams: "Open More > Language and speech > Show live captions.",
}

/**
 * Where page-change reports go. Empty: the seller's mail app opens with the details filled in
 * and picks the recipient. TODO(2026): set the team's support address once there is one.
 */
export const REPORT_ADDRESS = ""

export function statusHelp(status: CaptureStatus | null | undefined): StatusHelp {
  const state = status?.state ?? "idle"
  const base = { state, steps: [], report: null }
  const where = status && status.platform !== "file" ? PLATFORM_NAMES[status.platform] : "the meeting"
  switch (state) {
    case "idle":
      return {
        ...base,
        tone: "neutral",
        title: "No call yet",
        lines: ["Join a Google Meet, Zoom or Teams call in this window"],
      }
    case "captions-off":
      return {
        ...base,
        tone: "warn",
        title: `Turn on captions in ${where}`,
        lines: ["The coach reads the meeting's captions. They are off or not showing."],
        steps: captionSteps(status?.platform),
      }
    case "capturing":
      return {
        ...base,
        tone: "ok",
        title: `Coaching live on ${where}`,
        lines: ["Captions are being read; nothing leaves this browser"],
      }
    case "not-found":
      return {
        ...base,
        tone: "warn",
        title: "Captions can't be read",
        lines: ["The meeting page changed and its captions can't be read."],
        report: { href: reportHref(status), label: "Report this page change" },
      }
    case "ended":
      return {
        ...base,
        tone: "neutral",
        title: "Call ended",
        lines: ["Open the summary from the toolbar button"],
      }
  }
}

/** The known platform's steps only; all three when the platform is not a meeting site. */
export function captionSteps(platform: Platform | undefined): StatusHelp["steps"] {
  const platforms = platform && platform !== "file" ? [platform] : (["meet", "zoom", "teams"] as const)
  return platforms.map((id) => ({ platform: PLATFORM_NAMES[id], how: CAPTION_STEPS[id] }))
}

/** A mailto: link with what a maintainer needs (no page content, no transcript). */
export function reportHref(status: CaptureStatus | null | undefined): string {
  const platform = status ? PLATFORM_NAMES[status.platform] : "unknown"
  const subject = `One-Up Coach can't read captions on ${platform}`
  const body = [
    `Platform: ${platform}`,
    `Detail: ${status?.detail ?? "none"}`,
    `Date: ${new Date().toISOString().slice(0, 10)}`,
    "",
    "What I did (e.g. turned captions on, changed layout):",
  ].join("\n")
  return `mailto:${REPORT_ADDRESS}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`
}
