/**
 * The classifier's model in the service worker. The entry file names the packaged model's URL;
 * everything that classifies waits for `modelReady`, so no caption is ever judged by a
 * half-loaded classifier (loading is a local file read of a few milliseconds).
 */
import { installModelFromUrl } from "../nlp/model/load-from-url"

let giveUrl: (url: string) => void = () => undefined
const url = new Promise<string>((resolve) => (giveUrl = resolve))

export const modelReady: Promise<void> = url.then(installModelFromUrl).catch((error: unknown) => {
  console.error("One-Up Coach: the classifier model could not be loaded", error)
})

export function loadClassifierModel(modelUrl: string): void {
  giveUrl(modelUrl)
}
