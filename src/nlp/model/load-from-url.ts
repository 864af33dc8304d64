/**
 * Extension pages and the service worker: fetch the model file packaged with the extension (a
 * local chrome-extension:// read, never the network) and install it.
 */
import { installModel } from "./installed"
import { decodeModel } from "./linear-model"

export async function installModelFromUrl(url: string): Promise<void> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`classifier: could not read the model file (${response.status})`)
  installModel(decodeModel(await response.json()))
}
