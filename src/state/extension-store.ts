/** KeyValueStore over the extension's local storage (all contexts share it). */
import { extensionApi } from "./extension-api"
import type { KeyValueStore } from "./kv-store"

export const extensionStore: KeyValueStore = {
  get: (keys) => extensionApi().storage.local.get(keys),
  set: (items) => extensionApi().storage.local.set(items),
  remove: (keys) => extensionApi().storage.local.remove(keys),
}
