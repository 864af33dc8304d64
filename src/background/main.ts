/**
 * The service worker: owns every call session (single writer), classifies utterances, runs the
 * live coach, and answers the UI. Everything it keeps is in extension storage on this machine.
 */
import type { Runtime } from "webextension-polyfill"
import { extensionApi } from "../state/extension-api"
import { summarizeCall } from "../metrics/summary"
import { parseUiMessage } from "../messaging/validate"
import { classifyUtterance } from "../nlp"
import { expiredCalls } from "../session/call-index"
import { classifyEnglishOnly } from "../session/call-language"
import type { CallIndexEntry } from "../session/call-types"
import { SessionManager } from "../session/session-manager"
import { extensionStore } from "../state/extension-store"
import { normalizeSettings, SETTINGS_KEY } from "../state/settings"
import { STORAGE_KEYS } from "../state/storage-keys"
import { acceptCapturePort } from "./capture-port"
import { showStorageProblem } from "./badge"
import { createCoach } from "./coach"
import { createSellerMemory } from "./seller-memory"
import { browserRecoveryEnvironment, recoverAtWorkerStart } from "./recovery"
import { createUpdateDeferral } from "./update-policy"
import { ruleInfo } from "./rule-info"
import { deleteCalls, handleUiRequest, type UiRequestContext } from "./ui-requests"

const browser = extensionApi()
const store = extensionStore
const coach = createCoach({ store, now: () => Date.now(), lookup: ruleInfo })
// A waiting extension update is applied only between calls (src/background/update-policy.ts).
const updates = createUpdateDeferral({
  hasActiveCall: () => manager.activeSessions().length > 0,
  // A call that just ended is written before the extension reloads.
  beforeReload: () => manager.persist(true),
  reload: () => browser.runtime.reload(),
})
const manager = new SessionManager({
  store,
  classify: classifyEnglishOnly((text, self) => classifyUtterance(text, { self })),
  summarize: (utterances) => summarizeCall(utterances),
  now: () => Date.now(),
  onWriteHealth: showStorageProblem,
  sellerMemory: createSellerMemory(store),
  observer: {
    onUtterances: coach.observer.onUtterances,
    onSellerChanged: coach.observer.onSellerChanged,
    onEnded(session, at) {
      coach.observer.onEnded(session, at)
      updates.onCallsChanged()
    },
  },
})
coach.attach(manager)
const context: UiRequestContext = { manager, store, coach: coach.actions }

browser.runtime.onConnect.addListener((port) => acceptCapturePort(port, manager, browser.runtime.id))

const extensionOrigin = browser.runtime.getURL("")

// Replies go through sendResponse (and `return true`): Chrome's own onMessage does not take a
// returned promise the way the polyfill did.
browser.runtime.onMessage.addListener(((
  raw: unknown,
  sender: Runtime.MessageSender,
  sendResponse: (reply: unknown) => void,
) => {
  // UI requests come only from the extension's own pages, never from a content script.
  if (sender.id !== browser.runtime.id || !sender.url?.startsWith(extensionOrigin)) return false
  const message = parseUiMessage(raw)
  if (!message) return false
  handleUiRequest(message, context).then(sendResponse, (error: unknown) => {
    console.error("One-Up Coach: a UI request failed", error)
    sendResponse(undefined)
  })
  return true
}) as Parameters<typeof browser.runtime.onMessage.addListener>[0])

async function applyRetention(): Promise<void> {
  const result = await store.get([SETTINGS_KEY, STORAGE_KEYS.callIndex])
  const settings = normalizeSettings(result[SETTINGS_KEY])
  const index = (result[STORAGE_KEYS.callIndex] as CallIndexEntry[] | undefined) ?? []
  await deleteCalls(context, expiredCalls(index, settings.retentionDays, Date.now()))
}

browser.storage.onChanged.addListener((changes, area) => {
  const change = changes[SETTINGS_KEY]
  if (area === "local" && change) coach.updateSettings(normalizeSettings(change.newValue))
})

// Calls cut off by a crash, a closed browser or a tab closed while the worker slept are ended
// at every worker start (onStartup does not always fire: src/background/recovery.ts).
const recovery = recoverAtWorkerStart(manager, browserRecoveryEnvironment()).catch((error: unknown) => {
  console.error("One-Up Coach: could not recover open calls", error)
  return null
})
void recovery.then((result) => (result?.newSession ? applyRetention() : undefined))
// Kept so the browser wakes the worker as it starts; the recovery above does the work (and,
// unlike ending every open call, leaves a restored meeting tab's new call alone).
browser.runtime.onStartup.addListener(() => void recovery)
browser.runtime.onInstalled.addListener(() => void applyRetention())

// A worker woken only for the update must first know which calls are still open.
browser.runtime.onUpdateAvailable.addListener(() => void recovery.then(() => updates.onUpdateAvailable()))

// Chrome only. Firefox opens its sidebar through the manifest's _execute_sidebar_action shortcut
// (manifest-overrides/firefox.json); the build inlines PLASMO_BROWSER, so the Firefox bundle does
// not even mention sidePanel, an API Firefox lacks (web-ext lint checks).
if (process.env.PLASMO_BROWSER !== "firefox") {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== "open-side-panel" || tab?.id === undefined) return
    void chrome.sidePanel?.open({ tabId: tab.id })
  })
}
