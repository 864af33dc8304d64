/**
 * Where things live in extension storage (storage.local). The background is the only writer of
 * call data; pages read these keys and follow storage.onChanged.
 *
 * A call is stored as a small meta record plus its utterances in fixed-size chunks, so a long
 * call's persistence rewrites only the chunk that changed, not the whole transcript.
 */
export const UTTERANCES_PER_CHUNK = 100

export const STORAGE_KEYS = {
  /** CallIndexEntry[]: every stored call, newest first (history). */
  callIndex: "calls/index",
  /** ActivePointer: which call the side panel should follow. */
  active: "calls/active",
  callMeta: (callId: string) => `call/${callId}/meta`,
  callChunk: (callId: string, chunk: number) => `call/${callId}/u/${chunk}`,
} as const

export function isCallKey(key: string, callId: string): boolean {
  return key.startsWith(`call/${callId}/`)
}

/** Returns the chunk number a storage key holds, or null if it is not a chunk of that call. */
export function chunkIndexOfKey(key: string, callId: string): number | null {
  const prefix = `call/${callId}/u/`
  if (!key.startsWith(prefix)) return null
  const index = Number(key.slice(prefix.length))
  return Number.isInteger(index) && index >= 0 ? index : null
}
