/**
 * Wires capture in a meeting page: the platform adapter and controller (src/capture/) on one
 * side, the settings from extension storage and the transport to the background on the other.
 * Called by the Plasmo content-script entries in src/contents/, each with its own platform's
 * adapter factory: importing the adapter registry (src/capture/platforms/index.ts) here would put
 * every platform's reader into every content script, which the 30 KB budget forbids.
 */
import {
  DEFAULT_NOT_FOUND_AFTER_MS,
  startCaptureController,
  type CaptureSettings,
} from "../capture/controller"
import type { PlatformAdapter } from "../capture/platforms/adapter"
import { normalizeSettings, SETTINGS_KEY, type Settings } from "../state/settings"
import { contentExtensionApi, type ContentExtensionApi } from "./extension-api"
import { CaptureTransport } from "./transport"

function captureSettings(settings: Settings): CaptureSettings {
  return {
    myNames: settings.myNames,
    autoEnableCaptions: settings.autoEnableCaptions,
    notFoundAfterMs: DEFAULT_NOT_FOUND_AFTER_MS,
  }
}

/** The extension was reloaded or updated: this orphaned script must stop talking. */
function contextValid(extension: ContentExtensionApi): boolean {
  try {
    return Boolean(extension.runtime?.id)
  } catch {
    return false
  }
}

/** Starts capture in this page when `createAdapter`'s platform claims its URL. */
export async function runCapture(createAdapter: () => PlatformAdapter): Promise<void> {
  // Zoom runs its meeting in a same-origin iframe: the top frame's adapter reaches into it, so
  // one controller per tab sees the whole meeting and nothing is captured twice.
  if (window.top !== window) return
  const adapter = createAdapter()
  if (!adapter.matchesUrl(location.href)) return

  const extension = contentExtensionApi()
  const stored = await extension.storage.local.get(SETTINGS_KEY)
  const transport = new CaptureTransport({
    connect: (name) => {
      if (!extension.runtime) throw new Error("extension context invalidated")
      return extension.runtime.connect({ name })
    },
    isContextValid: () => contextValid(extension),
    setTimer: (callback, ms) => window.setTimeout(callback, ms),
  })
  // The controller reports its first status while it starts, before `startCaptureController`
  // returns, so the current call id is tracked here rather than read from the controller.
  let currentCallId: string | null = null
  const controller = startCaptureController({
    doc: document,
    win: window,
    adapter,
    settings: captureSettings(normalizeSettings(stored[SETTINGS_KEY])),
    sink: {
      callStarted: (call) => {
        currentCallId = call.callId
        transport.send({ kind: "call-started", ...call })
      },
      updates: (updates) => transport.send({ kind: "utterances", callId: updates[0]?.callId ?? "", updates }),
      status: (status) => {
        if (currentCallId) transport.send({ kind: "status", callId: currentCallId, status })
      },
      callEnded: (call) => transport.send({ kind: "call-ended", ...call }),
    },
    onError: (error) => console.warn("One-Up Coach: caption capture hit an error and carries on", error),
  })

  extension.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY]
    if (area === "local" && change)
      controller.updateSettings(captureSettings(normalizeSettings(change.newValue)))
  })
}
