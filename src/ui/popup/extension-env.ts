/** The popup's facade over the extension (see popup-env.ts); only the entry point imports it. */
import browser from "webextension-polyfill"
import { createCorrectionsStore } from "../../state/corrections"
import { extensionStore } from "../../state/extension-store"
import { extensionFollowerStorage } from "../state/call-store"
import { sendUiRequest } from "../ui-requests"
import { currentWindowId } from "../window-id"
import { copyText, downloadText } from "./download"
import type { PopupEnv } from "./popup-env"
import { ruleRewrite } from "./rewrite-lookup"

// Fetched as the popup opens, so the click can open the side panel without awaiting first:
// browsers accept sidePanel.open / sidebarAction.open only within the user gesture.
let knownWindowId: number | null = null
const windowIdReady = currentWindowId().then((id) => (knownWindowId = id))

const corrections = createCorrectionsStore(extensionStore)

interface FirefoxSidebar {
  sidebarAction?: { open?: () => Promise<void> }
}

function openLiveCoach(): Promise<boolean> {
  const sidePanel = typeof chrome === "undefined" ? undefined : chrome.sidePanel
  if (sidePanel?.open) {
    const open = (windowId: number | null) =>
      windowId === null
        ? false
        : sidePanel.open({ windowId }).then(
            () => true,
            () => false,
          )
    return knownWindowId !== null ? Promise.resolve(open(knownWindowId)) : windowIdReady.then(open)
  }
  const sidebar = (browser as unknown as FirefoxSidebar).sidebarAction
  if (sidebar?.open)
    return sidebar.open().then(
      () => true,
      () => false,
    )
  return Promise.resolve(false)
}

export const extensionPopupEnv: PopupEnv = {
  storage: extensionFollowerStorage,
  actions: {
    deleteCall: async (callId) => (await sendUiRequest({ kind: "delete-call", callId })).ok,
    deleteAll: async () => (await sendUiRequest({ kind: "delete-all" })).ok,
    openLiveCoach,
    saveCorrection: (draft) => corrections.add(draft).then(() => true),
  },
  exporter: {
    download: (fileName, text, mimeType) => downloadText(fileName, text, mimeType),
    copy: (text) => copyText(text),
  },
  rewriteFor: ruleRewrite,
}
