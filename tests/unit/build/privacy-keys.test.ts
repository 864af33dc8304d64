/**
 * The privacy statement lists what the extension stores. This keeps that list in step with the
 * code: every storage key the code writes must be named in assets/store/privacy.md.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { FEEDBACK_KEY } from "../../../src/background/coach"
import { SESSION_MARKER_KEY } from "../../../src/background/recovery"
import { SELLER_MEMORY_KEY } from "../../../src/background/seller-memory"
import { CORRECTIONS_KEY } from "../../../src/state/corrections"
import { SETTINGS_KEY } from "../../../src/state/settings"
import { STORAGE_KEYS } from "../../../src/state/storage-keys"
import { REVIEW_KEYS } from "../../../src/ui/review/review-storage"

const statement = readFileSync(join(import.meta.dirname, "../../../assets/store/privacy.md"), "utf8")

const KEYS = [
  FEEDBACK_KEY,
  SESSION_MARKER_KEY,
  SELLER_MEMORY_KEY,
  CORRECTIONS_KEY,
  SETTINGS_KEY,
  STORAGE_KEYS.callIndex,
  STORAGE_KEYS.active,
  STORAGE_KEYS.callMeta("<id>"),
  STORAGE_KEYS.callChunk("<id>", 0).replace(/0$/, "<n>"),
  ...Object.values(REVIEW_KEYS),
]

describe("the privacy statement", () => {
  it.each(KEYS)("names the storage key %s", (key) => {
    expect(statement).toContain(`\`${key}\``)
  })
})
