/**
 * The live coach in the background: runs the nudge policy on each utterance change and on a
 * clock, and stores the current nudge with the call. (Wired to src/nudges/ in the next step.)
 */
import type { KeyValueStore } from "../state/kv-store"
import type { SessionManager, SessionObserver } from "../session/session-manager"
import type { UiRequestContext } from "./ui-requests"

export interface Coach {
  observer: SessionObserver
  actions: UiRequestContext["coach"]
  attach(manager: SessionManager): void
}

export function createCoach(_options: { store: KeyValueStore; now: () => number }): Coach {
  return {
    observer: { onUtterances: () => false, onEnded: () => undefined },
    actions: {
      dismiss: async () => false,
      notHelpful: async () => false,
      mute: async () => false,
    },
    attach: () => undefined,
  }
}
