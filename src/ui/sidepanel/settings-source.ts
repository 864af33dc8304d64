/** The settings the side panel needs (the monologue threshold), followed as the options page saves them. */
import browser from "webextension-polyfill"
import { normalizeSettings, SETTINGS_KEY, type Settings } from "../../state/settings"

export type SettingsWatcher = (onSettings: (settings: Settings) => void) => () => void

export const watchExtensionSettings: SettingsWatcher = (onSettings) => {
  let stopped = false
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    const change = changes[SETTINGS_KEY]
    if (area === "local" && change && !stopped) onSettings(normalizeSettings(change.newValue))
  }
  browser.storage.onChanged.addListener(listener)
  void browser.storage.local
    .get(SETTINGS_KEY)
    .then((result) => {
      if (!stopped) onSettings(normalizeSettings(result[SETTINGS_KEY]))
    })
    .catch(() => undefined)
  return () => {
    stopped = true
    browser.storage.onChanged.removeListener(listener)
  }
}
