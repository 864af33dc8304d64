/**
 * Ends calls nobody is left to end, each time the service worker starts.
 *
 * main.ts ends open calls on runtime.onStartup, but that event does not always come: headless
 * Chromium relaunched on the same profile (our browser-restart test) never fires it, nor does a
 * browser that kept running in the background with no window, nor an extension reload or update
 * that cut a call off. So the worker checks at every start instead:
 *
 * - a new browser session (or a reloaded/updated extension; both empty storage.session): every
 *   call still open from before this worker started is over, and ends as last heard ("recovered");
 * - the same browser session (the worker was only stopped): a call whose meeting tab closed
 *   while the worker was asleep is over; so is one not heard from for `staleAfterMs`. Tab ids
 *   are unique within a browser session, so a missing tab is proof.
 *
 * Calls heard from since this worker started are never touched: a meeting tab restored with the
 * browser starts its own new call, which must stay open. Recovering is idempotent, so it is safe
 * to run alongside the onStartup handler. Once it has run, every call still open is loaded in the
 * manager (activeSessions()), so a worker woken only for onUpdateAvailable knows whether a call
 * is in progress (src/background/update-policy.ts).
 *
 * Wiring (main.ts, at the top level of the worker):
 *   const recovery = recoverAtWorkerStart(manager, browserRecoveryEnvironment())
 *   void recovery.then(({ newSession }) => (newSession ? applyRetention() : undefined))
 */
import { extensionApi } from "../state/extension-api"
import type { CallMeta } from "../session/call-types"
import type { SessionManager } from "../session/session-manager"

/** Same session, meeting tab still open, but not heard from for this long: the call is over. */
export const STALE_CALL_MS = 4 * 60 * 60 * 1000
/** The storage.session key marking that this browser session has run the extension already. */
export const SESSION_MARKER_KEY = "recovery/session-started"

export interface RecoveryEnvironment {
  /** True once this browser session has run the worker (a marker in storage.session). */
  seenThisSession(): Promise<boolean>
  markSeenThisSession(): Promise<void>
  tabExists(tabId: number): Promise<boolean>
  now(): number
  staleAfterMs?: number
}

export interface RecoveryResult {
  newSession: boolean
  recovered: number
}

type Recoverer = Pick<SessionManager, "recoverUnendedCalls">

export async function recoverAtWorkerStart(
  manager: Recoverer,
  env: RecoveryEnvironment,
): Promise<RecoveryResult> {
  const startedAt = env.now()
  const staleAfterMs = env.staleAfterMs ?? STALE_CALL_MS
  // If storage.session cannot be read, assume a worker restart: the cautious branch only ends
  // calls whose tab is gone.
  const newSession = !(await env.seenThisSession().catch(() => true))
  await env.markSeenThisSession().catch(() => undefined)
  const fromBefore = (meta: CallMeta) => meta.updatedAt < startedAt

  const recovered = await manager.recoverUnendedCalls(async (meta) => {
    if (!fromBefore(meta)) return false
    if (newSession) return true
    if (startedAt - meta.updatedAt >= staleAfterMs) return true
    return meta.tabId !== null && !(await env.tabExists(meta.tabId).catch(() => true))
  })
  return { newSession, recovered }
}

/** The browser's side: storage.session for the marker, tabs.get for open tabs (no permission needed). */
export function browserRecoveryEnvironment(): RecoveryEnvironment {
  return {
    async seenThisSession() {
      const result = await extensionApi().storage.session.get(SESSION_MARKER_KEY)
      return result[SESSION_MARKER_KEY] !== undefined
    },
    async markSeenThisSession() {
      await extensionApi().storage.session.set({ [SESSION_MARKER_KEY]: Date.now() })
    },
    async tabExists(tabId) {
      try {
        await extensionApi().tabs.get(tabId)
        return true
      } catch {
        return false
      }
    },
    now: () => Date.now(),
  }
}
