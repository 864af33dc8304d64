/**
 * The four extension calls a content script makes, typed, without webextension-polyfill: the
 * polyfill is ~9 KB that every meeting page would parse on every call. Both browsers answer these
 * calls with promises in Manifest V3: Firefox under `browser`, Chrome under `chrome`.
 */
import type { PortLike } from "./transport"

type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>

export interface ContentExtensionApi {
  /** `runtime` (or its id) goes missing once the extension is reloaded: this script is orphaned. */
  runtime?: { readonly id?: string; connect(info: { name: string }): PortLike }
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> }
    onChanged: { addListener(listener: (changes: StorageChanges, area: string) => void): void }
  }
}

interface ExtensionGlobals {
  browser?: ContentExtensionApi
  chrome?: ContentExtensionApi
}

/** The browser's own namespace: `browser` where it exists (Firefox), else `chrome`. */
export function contentExtensionApi(
  scope: ExtensionGlobals = globalThis as ExtensionGlobals,
): ContentExtensionApi {
  const api = scope.browser ?? scope.chrome
  if (!api) throw new Error("One-Up Coach: no extension API in this page (not running as a content script)")
  return api
}
