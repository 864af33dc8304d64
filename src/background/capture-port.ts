/**
 * Receives the content scripts' capture ports: validates each message, hands it to the session
 * manager in arrival order, and acks it once persisted.
 */
import type { Runtime } from "webextension-polyfill"
import { CAPTURE_PORT, type BackgroundToContent } from "../messaging/contract"
import { parseContentMessage } from "../messaging/validate"
import { showCallBadge } from "./badge"
import type { SessionManager } from "../session/session-manager"

export function acceptCapturePort(port: Runtime.Port, manager: SessionManager, extensionId: string): void {
  if (port.name !== CAPTURE_PORT) return
  // Only our own content scripts, running in a tab, may report captions.
  const tab = port.sender?.tab
  if (port.sender?.id !== extensionId || tab?.id === undefined) {
    port.disconnect()
    return
  }
  const origin = { tabId: tab.id, windowId: tab.windowId ?? null }
  const callIds = new Set<string>()
  let queue = Promise.resolve()
  let acked = 0
  let connected = true

  port.onMessage.addListener((raw: unknown) => {
    const message = parseContentMessage(raw)
    if (!message) {
      console.warn("One-Up Coach: dropped a malformed capture message")
      return
    }
    callIds.add(message.callId)
    if (message.kind === "call-started") showCallBadge(origin.tabId, true)
    if (message.kind === "call-ended") showCallBadge(origin.tabId, false)
    // Messages are applied strictly in order, but the next one does not wait for storage:
    // persistence is batched, and each ack goes out when its batch is written.
    queue = queue.then(async () => {
      try {
        const { persisted } = await manager.handle(message, origin)
        persisted.then(
          () => {
            if (message.seq > acked && connected) {
              acked = message.seq
              const ack: BackgroundToContent = { kind: "ack", upTo: acked }
              port.postMessage(ack)
            }
          },
          () => undefined,
        )
        // A failed write is not acked; the content script keeps the message and resends it.
        persisted.catch(() => port.disconnect())
      } catch (error) {
        // Acks are cumulative, so nothing after a failed message may be acked on this port:
        // dropping it makes the content script reconnect and resend everything unacked.
        console.error("One-Up Coach: could not apply a capture message", error)
        connected = false
        port.disconnect()
      }
    })
  })

  port.onDisconnect.addListener(() => {
    connected = false
    // The page went away without ending its call: closed tab, crash or navigation.
    void queue.then(() => manager.endCallsOfTab(origin.tabId, "tab-closed", callIds))
  })
}
