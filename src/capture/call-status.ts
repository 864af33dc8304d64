/**
 * What the side panel should say about capture, from what the page shows. Pure, so the rules
 * can be read and tested in one place:
 * - caption structure found → capturing;
 * - captions on (the page's toggle says so, or caption-like DOM is there) but no known structure
 *   for `notFoundAfterMs` → not-found: the page changed and capture would silently stop otherwise;
 * - a known region showing text no known block structure explains, for as long → not-found too;
 * - otherwise → captions-off, and the panel explains how to turn them on.
 */
import type { CaptureState } from "./types"

export interface StatusInput {
  nowMs: number
  notFoundAfterMs: number
  /** Era of the caption root found, or null. */
  rootEra: string | null
  /** Since when the found root shows text that no known block structure reads, or null. */
  unreadSinceMs: number | null
  /** Since when the page says captions are on without a known root, or null. */
  captionsOnSinceMs: number | null
}

export interface StatusDecision {
  state: Exclude<CaptureState, "idle" | "ended">
  detail: string
}

/** null while waiting to see whether captions that were just turned on appear. */
export function decideStatus(input: StatusInput): StatusDecision | null {
  const { nowMs, notFoundAfterMs, rootEra, unreadSinceMs, captionsOnSinceMs } = input
  if (rootEra !== null) {
    if (unreadSinceMs !== null && nowMs - unreadSinceMs >= notFoundAfterMs) {
      return {
        state: "not-found",
        detail: `caption region found (${rootEra}) but its blocks are not recognised`,
      }
    }
    return { state: "capturing", detail: rootEra }
  }
  if (captionsOnSinceMs === null) return { state: "captions-off", detail: "captions are off" }
  if (nowMs - captionsOnSinceMs >= notFoundAfterMs) {
    return { state: "not-found", detail: "captions are on but no known caption structure appeared" }
  }
  return null
}
