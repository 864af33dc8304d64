/**
 * The slice of extension storage the session code needs. The browser implementation wraps
 * storage.local; tests use an in-memory map, so persistence logic runs in Node.
 */
export interface KeyValueStore {
  get(keys: string[]): Promise<Record<string, unknown>>
  set(items: Record<string, unknown>): Promise<void>
  remove(keys: string[]): Promise<void>
}

export function createMemoryStore(initial: Record<string, unknown> = {}): KeyValueStore & {
  data: Map<string, unknown>
} {
  const data = new Map(Object.entries(initial))
  // Values are cloned both ways, like the real storage, so tests catch shared-reference bugs.
  const clone = <T>(value: T): T => structuredClone(value)
  return {
    data,
    async get(keys) {
      return Object.fromEntries(keys.filter((key) => data.has(key)).map((key) => [key, clone(data.get(key))]))
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, clone(value))
    },
    async remove(keys) {
      for (const key of keys) data.delete(key)
    },
  }
}
