/**
 * The statistical layer this context uses. Each entry point installs the shipped model once at
 * start (the service worker fetches the packaged file, Node reads it from disk), before it
 * classifies anything; classifying without one is a programming error, not a silent downgrade.
 */
import type { LinearModel } from "./linear-model"

let current: LinearModel | null = null

export function installModel(model: LinearModel | null): void {
  current = model
}

export function installedModel(): LinearModel {
  if (!current) throw new Error("classifier: the One-Up model is not loaded (install it before classifying)")
  return current
}

export function hasInstalledModel(): boolean {
  return current !== null
}
