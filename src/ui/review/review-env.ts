/**
 * Everything the review page needs from the outside world, as one facade: storage to follow the
 * imported call and keep the page's own items, the background requests, file output. The entry
 * point (src/tabs/review.tsx) passes the extension's; tests pass fakes.
 */
import type { CallJson } from "../../core/types"
import type { RewriteLookup } from "../../metrics/moments"
import type { ImportCallResponse } from "../../messaging/contract"
import type { KeyValueStore } from "../../state/kv-store"
import { normalizeSettings, SETTINGS_KEY } from "../../state/settings"
import type { CallExporter } from "../popup/popup-env"
import type { FollowerStorage } from "../state/call-follower"
import { readTranscriptBytes } from "./read-file"
import type { LineClassifier } from "./judge"
import type { ReviewQueueDeps } from "./review-queue"
import { normalizeNames, REVIEW_KEYS } from "./review-storage"
import { rememberName } from "./seller-choice"

export interface ReviewEnv {
  /** Reads and follows extension storage (the imported call, corrections, progress). */
  storage: FollowerStorage
  /** Writes the page's own items (remembered names, drill progress, corrections). */
  store: KeyValueStore
  /** Asks the background to store a scored file as an imported call. */
  importCall(call: CallJson): Promise<ImportCallResponse | undefined>
  deleteCall(callId: string): Promise<boolean>
  /** Asks the background to classify lines (file import, rehearsal): the page has no classifier. */
  classifyLines: LineClassifier
  exporter: CallExporter
  rewriteFor: RewriteLookup
  now(): number
}

/** The file queue's dependencies over the page's facade. */
export function queueDeps(env: ReviewEnv): ReviewQueueDeps {
  return {
    readBytes: readTranscriptBytes,
    async knownNames() {
      const stored = await env.store.get([REVIEW_KEYS.sellerNames, SETTINGS_KEY])
      return [
        ...normalizeNames(stored[REVIEW_KEYS.sellerNames]),
        ...normalizeSettings(stored[SETTINGS_KEY]).myNames,
      ]
    },
    async rememberName(name) {
      const stored = await env.store.get([REVIEW_KEYS.sellerNames])
      const names = rememberName(normalizeNames(stored[REVIEW_KEYS.sellerNames]), name)
      await env.store.set({ [REVIEW_KEYS.sellerNames]: names })
    },
    importCall: (call) => env.importCall(call),
    classifyLines: env.classifyLines,
  }
}
