/** Typed UI → background requests (the contract is src/messaging/contract.ts). */
import browser from "webextension-polyfill"
import type { UiMessage, UiResponse } from "../messaging/contract"

export async function sendUiRequest<M extends UiMessage>(message: M): Promise<UiResponse<M["kind"]>> {
  return (await browser.runtime.sendMessage(message)) as UiResponse<M["kind"]>
}
