/** "This is me": the side panel tells the background who the seller is (the background writes). */
import { sendUiRequest } from "../ui-requests"

export interface SellerActions {
  /** The seller is `speaker` for the rest of the call (and on this platform from now on). */
  setSeller(callId: string, speaker: string): Promise<boolean>
}

export const extensionSellerActions: SellerActions = {
  setSeller: (callId, speaker) =>
    sendUiRequest({ kind: "set-seller", callId, speaker })
      .then((response) => response.ok)
      .catch(() => false),
}
