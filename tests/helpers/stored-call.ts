/** Reads the newest stored call (meta and every utterance chunk) as the background wrote it. */
import type { CallIndexEntry, CallMeta, LiveUtterance } from "../../src/session/call-types"
import { STORAGE_KEYS } from "../../src/state/storage-keys"
import type { ExtensionBrowser } from "./extension"

export async function storedCall(
  browser: ExtensionBrowser,
): Promise<{ meta: CallMeta; utterances: LiveUtterance[] }> {
  const index = (await browser.readStorage([STORAGE_KEYS.callIndex]))[
    STORAGE_KEYS.callIndex
  ] as CallIndexEntry[]
  const callId = index[0]?.callId ?? ""
  const metaKey = STORAGE_KEYS.callMeta(callId)
  const meta = (await browser.readStorage([metaKey]))[metaKey] as CallMeta
  const chunkKeys = Array.from({ length: meta.chunkCount }, (_, chunk) =>
    STORAGE_KEYS.callChunk(callId, chunk),
  )
  const chunks = await browser.readStorage(chunkKeys)
  return { meta, utterances: chunkKeys.flatMap((key) => (chunks[key] as LiveUtterance[] | undefined) ?? []) }
}
