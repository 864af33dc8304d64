/** Settings page: the seller's names, nudge behaviour, captions, history retention, data deletion. */
import { useEffect, useState } from "react"
import browser from "webextension-polyfill"
import { PRINCIPLE_IDS, PRINCIPLES, type PrincipleId } from "../../core/principles"
import { createCorrectionsStore, CORRECTIONS_KEY } from "../../state/corrections"
import { extensionStore } from "../../state/extension-store"
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_KEY, type Settings } from "../../state/settings"
import { downloadText } from "../popup/download"
import { REVIEW_KEYS } from "../review/review-storage"
import { extensionFollowerStorage } from "../state/call-store"
import { sendUiRequest } from "../ui-requests"
import { Corrections } from "./Corrections"
import "./options.css"

const corrections = createCorrectionsStore(extensionStore)

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null)
  const [namesText, setNamesText] = useState("")
  const [saved, setSaved] = useState<string | null>(null)

  useEffect(() => {
    void browser.storage.local.get(SETTINGS_KEY).then((result) => {
      const loaded = normalizeSettings(result[SETTINGS_KEY])
      setSettings(loaded)
      setNamesText(loaded.myNames.join(", "))
    })
  }, [])

  if (!settings) return null

  const save = async (next: Settings) => {
    const normalized = normalizeSettings(next)
    setSettings(normalized)
    await browser.storage.local.set({ [SETTINGS_KEY]: normalized })
    setSaved("Saved")
  }
  const togglePrinciple = (id: PrincipleId, on: boolean) =>
    save({
      ...settings,
      nudgePrinciples: on
        ? PRINCIPLE_IDS.filter((p) => p === id || settings.nudgePrinciples.includes(p))
        : settings.nudgePrinciples.filter((p) => p !== id),
    })
  const deleteAll = async () => {
    if (
      !window.confirm(
        "Delete every stored call, your corrections and practice progress, and reset all settings? This cannot be undone.",
      )
    )
      return
    await sendUiRequest({ kind: "delete-all" })
    await browser.storage.local.remove([CORRECTIONS_KEY, REVIEW_KEYS.sellerNames, REVIEW_KEYS.drillProgress])
    await save(DEFAULT_SETTINGS)
    setNamesText("")
    setSaved("All calls, corrections and practice deleted; settings reset")
  }

  return (
    <main className="options">
      <h1>One-Up Coach settings</h1>
      <p>
        <a href="/tabs/review.html" target="_blank" rel="noopener" data-testid="open-review">
          Review a recorded call or rehearse your next one
        </a>
      </p>
      <section>
        <h2>You in meetings</h2>
        <label>
          My name(s) as Zoom and Teams show them, comma separated
          <input
            data-testid="setting-my-names"
            value={namesText}
            onChange={(event) => setNamesText(event.target.value)}
            onBlur={() => save({ ...settings, myNames: namesText.split(",") })}
            placeholder="e.g. Dana Reyes, Dana R."
          />
        </label>
        <p className="hint">Google Meet marks your own captions as “You”, so Meet needs no name.</p>
        <label className="row">
          <input
            type="checkbox"
            data-testid="setting-auto-captions"
            checked={settings.autoEnableCaptions}
            onChange={(event) => save({ ...settings, autoEnableCaptions: event.target.checked })}
          />
          Turn the meeting’s captions on when a call starts (pressed once; never toggled back)
        </label>
      </section>
      <section>
        <h2>Nudges</h2>
        <label>
          How often
          <select
            data-testid="setting-frequency"
            value={settings.nudgeFrequency}
            onChange={(event) =>
              save({ ...settings, nudgeFrequency: event.target.value as Settings["nudgeFrequency"] })
            }
          >
            <option value="rare">Rare: only the most important moments</option>
            <option value="normal">Normal</option>
            <option value="frequent">Frequent: practice calls</option>
          </select>
        </label>
        <label>
          Monologue nudge after (seconds of you talking without a break)
          <input
            type="number"
            min={20}
            max={600}
            data-testid="setting-monologue"
            value={settings.monologueThresholdSec}
            onChange={(event) => save({ ...settings, monologueThresholdSec: Number(event.target.value) })}
          />
        </label>
        <fieldset>
          <legend>Principles that may nudge (all are still scored)</legend>
          {PRINCIPLE_IDS.map((id) => (
            <label key={id} className="row">
              <input
                type="checkbox"
                data-testid={`setting-principle-${id}`}
                checked={settings.nudgePrinciples.includes(id)}
                onChange={(event) => togglePrinciple(id, event.target.checked)}
              />
              {PRINCIPLES[id].title}
            </label>
          ))}
        </fieldset>
      </section>
      <section>
        <h2>Your data</h2>
        <p className="hint">
          Calls are stored only in this browser. Nothing is uploaded.{" "}
          {/* Shipped inside the extension (privacy.html, built from assets/store/privacy.md): works offline. */}
          <a href="/privacy.html" target="_blank" data-testid="privacy-statement">
            Privacy statement: what is stored and how to delete it
          </a>
        </p>
        <label>
          Keep call history for (days)
          <input
            type="number"
            min={1}
            max={3650}
            data-testid="setting-retention"
            value={settings.retentionDays}
            onChange={(event) => save({ ...settings, retentionDays: Number(event.target.value) })}
          />
        </label>
        <button className="danger" data-testid="delete-all-data" onClick={() => void deleteAll()}>
          Delete all data
        </button>
      </section>
      <Corrections
        storage={extensionFollowerStorage}
        corrections={corrections}
        download={downloadText}
        now={Date.now}
      />
      <p role="status" aria-live="polite" className="hint">
        {saved}
      </p>
    </main>
  )
}
