/**
 * Merges a manifest override into a built manifest. Objects merge key by key, arrays are
 * unioned (so an override can add permissions without restating Plasmo's), a null value removes
 * the key (so a browser can drop what it does not support), anything else replaces. Keys named
 * "//" are comments, at any depth.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type JsonObject = { [key: string]: Json }

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

export function mergeManifest(base: JsonObject, override: JsonObject): JsonObject {
  const removed = new Set(Object.keys(override).filter((key) => override[key] === null))
  const merged: JsonObject = Object.fromEntries(Object.entries(base).filter(([key]) => !removed.has(key)))
  for (const [key, value] of Object.entries(override)) {
    if (key.startsWith("//") || value === null) continue // comments in override files; removals done
    const current = merged[key]
    if (Array.isArray(value) && Array.isArray(current)) {
      const seen = new Set(current.map((item) => JSON.stringify(item)))
      merged[key] = [...current, ...value.filter((item) => !seen.has(JSON.stringify(item)))]
    } else if (isObject(value) && isObject(current)) {
      merged[key] = mergeManifest(current, value)
    } else {
      // A new object still loses its comments and null keys.
      merged[key] = isObject(value) ? mergeManifest({}, value) : value
    }
  }
  return merged
}

/** Removes listed values from an array field, e.g. a permission one browser lacks. */
export function withoutValues(manifest: JsonObject, key: string, values: readonly string[]): JsonObject {
  const current = manifest[key]
  if (!Array.isArray(current)) return manifest
  return { ...manifest, [key]: current.filter((item) => typeof item !== "string" || !values.includes(item)) }
}
