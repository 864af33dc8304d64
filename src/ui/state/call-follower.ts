/**
 * Keeps a page's view of one call in step with extension storage: picks the call to follow
 * (the window's meeting, else the most recently active call), loads its meta and utterance
 * chunks, then applies storage changes as the background writes them. Framework-free, so it is
 * unit-tested in Node with a fake storage.
 */
import type { ActivePointer, CallMeta, LiveUtterance } from "../../session/call-types"
import { chunkIndexOfKey, STORAGE_KEYS } from "../../state/storage-keys"

export interface CallView {
  callId: string | null
  meta: CallMeta | null
  chunks: LiveUtterance[][]
  utterances: LiveUtterance[]
  loaded: boolean
}

export const EMPTY_VIEW: CallView = { callId: null, meta: null, chunks: [], utterances: [], loaded: false }

export interface StorageChange {
  newValue?: unknown
}

export interface FollowerStorage {
  get(keys: string[]): Promise<Record<string, unknown>>
  onChanged(listener: (changes: Record<string, StorageChange>) => void): () => void
}

export interface FollowOptions {
  storage: FollowerStorage
  /** The window whose meeting the page follows; null: the most recently active call. */
  windowId: number | null
  /** A fixed call to show (history); when set, the active pointer is ignored. */
  callId?: string | null
  onView(view: CallView): void
}

export function pickCallId(pointer: ActivePointer | undefined, windowId: number | null): string | null {
  if (!pointer) return null
  const forWindow = windowId === null ? undefined : pointer.byWindow[String(windowId)]
  return forWindow ?? pointer.lastCallId
}

function withUtterances(view: Omit<CallView, "utterances">): CallView {
  return { ...view, utterances: view.chunks.flat() }
}

async function loadCall(storage: FollowerStorage, callId: string | null): Promise<CallView> {
  if (!callId) return { ...EMPTY_VIEW, loaded: true }
  const metaKey = STORAGE_KEYS.callMeta(callId)
  const metaResult = await storage.get([metaKey])
  const meta = (metaResult[metaKey] as CallMeta | undefined) ?? null
  const chunkKeys = Array.from({ length: meta?.chunkCount ?? 0 }, (_, index) =>
    STORAGE_KEYS.callChunk(callId, index),
  )
  const chunkResult = chunkKeys.length > 0 ? await storage.get(chunkKeys) : {}
  const chunks = chunkKeys.map((key) => (chunkResult[key] as LiveUtterance[] | undefined) ?? [])
  return withUtterances({ callId, meta, chunks, loaded: true })
}

/** Starts following; returns a function that stops it. */
export function followCall(options: FollowOptions): () => void {
  const { storage, windowId, onView } = options
  let view: CallView = EMPTY_VIEW
  let stopped = false
  let generation = 0
  // Changes that arrive while a call is loading are replayed on top of the loaded view.
  let pendingChanges: Array<Record<string, StorageChange>> = []

  const publish = (next: CallView) => {
    view = next
    if (!stopped) onView(next)
  }

  const switchTo = async (callId: string | null) => {
    const myGeneration = ++generation
    pendingChanges = []
    const loaded = await loadCall(storage, callId)
    if (myGeneration !== generation || stopped) return
    let next = loaded
    for (const changes of pendingChanges) next = applyChanges(next, changes)
    pendingChanges = []
    publish(next)
  }

  const start = async () => {
    if (options.callId !== undefined) return switchTo(options.callId)
    const result = await storage.get([STORAGE_KEYS.active])
    return switchTo(pickCallId(result[STORAGE_KEYS.active] as ActivePointer | undefined, windowId))
  }

  const unsubscribe = storage.onChanged((changes) => {
    const pointerChange = changes[STORAGE_KEYS.active]
    if (pointerChange && options.callId === undefined) {
      const nextId = pickCallId(pointerChange.newValue as ActivePointer | undefined, windowId)
      if (nextId !== view.callId) {
        void switchTo(nextId)
        return
      }
    }
    if (!view.loaded) {
      pendingChanges.push(changes)
      return
    }
    const next = applyChanges(view, changes)
    if (next !== view) publish(next)
  })

  void start()
  return () => {
    stopped = true
    unsubscribe()
  }
}

/** Applies one batch of storage changes to a view; returns the same object when nothing applies. */
export function applyChanges(view: CallView, changes: Record<string, StorageChange>): CallView {
  const callId = view.callId
  if (!callId) return view
  let meta = view.meta
  let chunks: LiveUtterance[][] | null = null
  for (const [key, change] of Object.entries(changes)) {
    if (key === STORAGE_KEYS.callMeta(callId)) {
      meta = (change.newValue as CallMeta | undefined) ?? null
      continue
    }
    const index = chunkIndexOfKey(key, callId)
    if (index === null) continue
    chunks ??= [...view.chunks]
    while (chunks.length <= index) chunks.push([])
    chunks[index] = (change.newValue as LiveUtterance[] | undefined) ?? []
  }
  if (meta === view.meta && chunks === null) return view
  if (meta === null) return withUtterances({ ...view, meta: null, chunks: [] }) // the call was deleted
  // A meta-only change (live metrics, nudges) keeps the same utterance array, so memoised
  // transcript rendering does not redo its work.
  return chunks === null ? { ...view, meta } : withUtterances({ ...view, meta, chunks })
}
