/**
 * Remembers, per platform, who the user said they are ("this is me" in the side panel), so the
 * next call on that platform knows the seller as soon as that speaker talks. Kept in extension
 * storage on this machine, like everything else.
 */
import type { Platform } from "../core/types"
import type { RememberedSellers } from "../session/seller"
import type { SellerMemory } from "../session/session-manager"
import type { KeyValueStore } from "../state/kv-store"

/** RememberedSellers: platform → the speaker label the user chose last. */
export const SELLER_MEMORY_KEY = "seller/by-platform"

export function createSellerMemory(store: KeyValueStore): SellerMemory {
  const read = async (): Promise<RememberedSellers> => {
    const value = (await store.get([SELLER_MEMORY_KEY]))[SELLER_MEMORY_KEY]
    return typeof value === "object" && value !== null ? (value as RememberedSellers) : {}
  }
  return {
    async recall(platform: Platform) {
      const name = (await read())[platform]
      return typeof name === "string" && name.trim() !== "" ? name : null
    },
    async remember(platform: Platform, speaker: string) {
      await store.set({ [SELLER_MEMORY_KEY]: { ...(await read()), [platform]: speaker } })
    },
  }
}
