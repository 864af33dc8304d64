/**
 * A review-page environment over one in-memory storage: writes through `store` reach followers of
 * `storage` as change events, like storage.local and storage.onChanged; the fake background
 * stores imports with the real record builder and classifies with the real classifier.
 */
import { vi } from "vitest"
import type { CallJson } from "../../../src/core/types"
import { buildIndexEntry, upsertIndexEntry } from "../../../src/session/call-index"
import type { CallIndexEntry } from "../../../src/session/call-types"
import { importedCallRecords } from "../../../src/session/imported-call"
import type { KeyValueStore } from "../../../src/state/kv-store"
import { STORAGE_KEYS, UTTERANCES_PER_CHUNK } from "../../../src/state/storage-keys"
import type { ReviewEnv } from "../../../src/ui/review/review-env"
import type { FollowerStorage, StorageChange } from "../../../src/ui/state/call-follower"
import { localClassifier } from "./local-classifier"

export function sharedStorage(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = { ...initial }
  const listeners = new Set<(changes: Record<string, StorageChange>) => void>()
  const emit = (changes: Record<string, StorageChange>) => listeners.forEach((listener) => listener(changes))
  const read = async (keys: string[]) =>
    Object.fromEntries(keys.filter((key) => key in data).map((key) => [key, structuredClone(data[key])]))
  const storage: FollowerStorage = {
    get: read,
    onChanged(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
  const store: KeyValueStore = {
    get: read,
    async set(items) {
      Object.assign(data, structuredClone(items))
      emit(Object.fromEntries(Object.entries(items).map(([key, value]) => [key, { newValue: value }])))
    },
    async remove(keys) {
      for (const key of keys) Reflect.deleteProperty(data, key)
      emit(Object.fromEntries(keys.map((key) => [key, { newValue: undefined }])))
    },
  }
  return { data, storage, store }
}

export function fakeReviewEnv(initial: Record<string, unknown> = {}) {
  const shared = sharedStorage(initial)
  let next = 1
  const importCall = vi.fn(async (call: CallJson) => {
    const { meta, utterances } = importedCallRecords(call, {
      callId: `file-${next++}`,
      now: 1_750_000_000_000,
    })
    const items: Record<string, unknown> = {}
    const chunkCount = Math.ceil(utterances.length / UTTERANCES_PER_CHUNK)
    for (let index = 0; index < chunkCount; index++) {
      items[STORAGE_KEYS.callChunk(meta.callId, index)] = utterances.slice(
        index * UTTERANCES_PER_CHUNK,
        (index + 1) * UTTERANCES_PER_CHUNK,
      )
    }
    const stored = { ...meta, chunkCount, utteranceCount: utterances.length }
    items[STORAGE_KEYS.callMeta(meta.callId)] = stored
    const index = (shared.data[STORAGE_KEYS.callIndex] as CallIndexEntry[] | undefined) ?? []
    items[STORAGE_KEYS.callIndex] = upsertIndexEntry(index, buildIndexEntry(stored))
    await shared.store.set(items)
    return { ok: true as const, callId: meta.callId }
  })
  const env: ReviewEnv = {
    storage: shared.storage,
    store: shared.store,
    importCall,
    deleteCall: vi.fn(async () => true),
    classifyLines: vi.fn(localClassifier),
    exporter: { download: vi.fn(), copy: vi.fn(async () => true) },
    rewriteFor: () => undefined,
    now: () => 1_750_000_000_000,
  }
  return { env, ...shared, importCall }
}
