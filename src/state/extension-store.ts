/** KeyValueStore over the extension's local storage (all contexts share it). */
import browser from "webextension-polyfill"
import type { KeyValueStore } from "./kv-store"

export const extensionStore: KeyValueStore = {
  get: (keys) => browser.storage.local.get(keys),
  set: (items) => browser.storage.local.set(items),
  remove: (keys) => browser.storage.local.remove(keys),
}
