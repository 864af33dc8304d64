/**
 * When a new version of the extension is waiting, install it only between calls. Applying an
 * update restarts the extension: content scripts in open meetings are cut off from it (they
 * cannot reconnect to the new version), so a call in progress would stop being captured.
 *
 * The service worker wires it to the browser (main.ts):
 *   const updates = createUpdateDeferral({
 *     hasActiveCall: () => manager.activeSessions().length > 0,
 *     beforeReload: () => manager.persist(true),   // the call that just ended is written first
 *     reload: () => browser.runtime.reload(),
 *   })
 *   browser.runtime.onUpdateAvailable.addListener(() => updates.onUpdateAvailable())
 *   …and calls updates.onCallsChanged() whenever a call starts or ends.
 * A worker woken just for onUpdateAvailable has no call in memory yet: ask only once the
 * start-up recovery (src/background/recovery.ts) has loaded the calls still open.
 *
 * What the browsers do on their own: Chrome installs a waiting update once the extension is idle
 * (service worker stopped, no extension page such as the side panel open; content scripts do not
 * count), which can happen in a quiet stretch of a call with the panel closed; Firefox installs
 * it at once unless onUpdateAvailable has a listener. Listening, and reloading only between calls,
 * makes the moment ours. (Chrome's idle install can still happen mid-call; the background's
 * start-up recovery, src/background/recovery.ts, then ends the cut-off call cleanly.)
 */

export interface UpdateDeferralOptions {
  /** Whether any call is in progress right now. */
  hasActiveCall: () => boolean
  /** Applies the waiting update (runtime.reload()). */
  reload: () => void
  /**
   * Runs first and must resolve before the reload, e.g. writing the call that just ended (its
   * end is decided before it is stored). If it fails, the update waits for the next chance.
   */
  beforeReload?: () => Promise<unknown>
}

export interface UpdateDeferral {
  /** The browser says a new version is ready: apply it now, or once no call is active. */
  onUpdateAvailable(): void
  /** A call started or ended: apply a waiting update if no call is active any more. */
  onCallsChanged(): void
  /** An update is waiting for the calls to end. */
  readonly pending: boolean
}

export function createUpdateDeferral(options: UpdateDeferralOptions): UpdateDeferral {
  let pending = false
  /** A reload is on its way (waiting for beforeReload, or asked for). */
  let reloading = false

  const callActive = (): boolean => {
    try {
      return options.hasActiveCall()
    } catch {
      // Unsure whether a call is running: keep the call safe, the update can wait.
      return true
    }
  }

  const reload = (): void => {
    pending = false
    options.reload()
  }

  const applyIfIdle = (): void => {
    if (!pending || reloading || callActive()) return
    reloading = true
    if (!options.beforeReload) return reload()
    options.beforeReload().then(
      () => {
        reloading = false
        // A call may have started while the last one was being written.
        if (!callActive()) {
          reloading = true
          reload()
        }
      },
      () => {
        reloading = false
      },
    )
  }

  return {
    onUpdateAvailable() {
      pending = true
      applyIfIdle()
    },
    onCallsChanged() {
      applyIfIdle()
    },
    get pending() {
      return pending
    },
  }
}
