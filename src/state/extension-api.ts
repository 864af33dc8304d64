/**
 * The browser's own extension namespace, typed with webextension-polyfill's types but without its
 * code: in Manifest V3 both browsers answer with promises (Firefox under `browser`, Chrome under
 * `chrome`), and the polyfill's ~9 KB would push the service worker over its size budget.
 * Callers that need a reply from runtime.onMessage use sendResponse, which both browsers support.
 */
import type Browser from "webextension-polyfill"

export type ExtensionApi = typeof Browser

interface ExtensionGlobals {
  browser?: ExtensionApi
  chrome?: ExtensionApi
}

/** `browser` where it exists (Firefox), else `chrome`; throws outside an extension context. */
export function extensionApi(
  scope: ExtensionGlobals = globalThis as unknown as ExtensionGlobals,
): ExtensionApi {
  const api = scope.browser ?? scope.chrome
  if (!api) throw new Error("One-Up Coach: no extension API here (not running inside the extension)")
  return api
}
