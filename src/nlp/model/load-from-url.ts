/**
 * Extension pages and the service worker: fetch the model file packaged with the extension (a
 * local chrome-extension:// read, never the network) and install it.
 */
import { installModel } from "./installed"
import { decodeModel } from "./linear-model"

/** Where the build puts the model file inside the extension (src/tools/build-target.ts copies it). */
export const PACKAGED_MODEL_PATH = "one-up-model.json"

export async function installModelFromUrl(url: string): Promise<void> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`classifier: could not read the model file (${response.status})`)
  installModel(decodeModel(await response.json()))
}
