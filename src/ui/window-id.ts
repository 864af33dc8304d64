import browser from "webextension-polyfill"

/** The browser window this extension page lives in (no `tabs` permission needed). */
export async function currentWindowId(): Promise<number | null> {
  try {
    return (await browser.windows.getCurrent()).id ?? null
  } catch {
    return null
  }
}
