/**
 * The zustand store the side panel and popup read the followed call from. It hydrates from
 * extension storage and follows its changes; it never writes call data (the background does).
 */
import browser from "webextension-polyfill"
import { create } from "zustand"
import { EMPTY_VIEW, followCall, type CallView, type FollowerStorage } from "./call-follower"

export const useCallStore = create<CallView>(() => EMPTY_VIEW)

export const extensionFollowerStorage: FollowerStorage = {
  get: (keys) => browser.storage.local.get(keys),
  onChanged(listener) {
    const wrapped = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === "local") listener(changes)
    }
    browser.storage.onChanged.addListener(wrapped)
    return () => browser.storage.onChanged.removeListener(wrapped)
  },
}

/** Starts following the call of this page's window (or a given call); returns a stop function. */
export function startFollowing(windowId: number | null, callId?: string | null): () => void {
  return followCall({
    storage: extensionFollowerStorage,
    windowId,
    callId,
    onView: (view) => useCallStore.setState(view, true),
  })
}
