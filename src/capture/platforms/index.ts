/** The platform adapters, and which one a page URL belongs to. */
import type { MeetingPlatform, PlatformAdapter } from "./adapter"
import { createMeetAdapter } from "./meet/adapter"
import { createTeamsAdapter } from "./teams/adapter"
import { createZoomAdapter } from "./zoom/adapter"

export const ADAPTER_FACTORIES: Record<MeetingPlatform, () => PlatformAdapter> = {
  meet: createMeetAdapter,
  zoom: createZoomAdapter,
  teams: createTeamsAdapter,
}

/** A fresh adapter for the meeting page at `url`, or null when it is not a meeting page. */
export function adapterForUrl(url: string): PlatformAdapter | null {
  for (const create of Object.values(ADAPTER_FACTORIES)) {
    const adapter = create()
    if (adapter.matchesUrl(url)) return adapter
  }
  return null
}

export type { CaptionRoot, MeetingPlatform, PlatformAdapter } from "./adapter"
