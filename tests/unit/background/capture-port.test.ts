// The background accepts capture ports only from this extension's own content scripts running in
// a tab; anything else is disconnected before a single message reaches the session manager.
import type { Runtime } from "webextension-polyfill"
import { describe, expect, it, vi } from "vitest"
import { acceptCapturePort } from "../../../src/background/capture-port"
import { CAPTURE_PORT, type ContentToBackground } from "../../../src/messaging/contract"
import type { SessionManager } from "../../../src/session/session-manager"

const OUR_ID = "our-extension-id"

function fakePort(name: string, sender: Runtime.MessageSender | undefined) {
  const messageListeners: Array<(message: unknown) => void> = []
  const disconnectListeners: Array<() => void> = []
  const port = {
    name,
    sender,
    postMessage: vi.fn(),
    disconnect: vi.fn(),
    onMessage: { addListener: (listener: (message: unknown) => void) => messageListeners.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => disconnectListeners.push(listener) },
  }
  return {
    port,
    asPort: port as unknown as Runtime.Port,
    listeners: () => messageListeners.length + disconnectListeners.length,
    receive: (message: unknown) => messageListeners.forEach((listener) => listener(message)),
    drop: () => disconnectListeners.forEach((listener) => listener()),
  }
}

function fakeManager() {
  const manager = {
    handle: vi.fn(async (_message: ContentToBackground) => ({ persisted: Promise.resolve() })),
    endCallsOfTab: vi.fn(async () => undefined),
  }
  return { manager, asManager: manager as unknown as SessionManager }
}

const tab = {
  id: 7,
  windowId: 3,
  index: 0,
  highlighted: false,
  active: true,
  pinned: false,
  incognito: false,
}
const started = { kind: "call-started", seq: 1, callId: "c1", platform: "meet", title: null, startedAt: 1 }
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe("acceptCapturePort", () => {
  it.each([
    ["another extension, from a tab", { id: "someone-else", tab }],
    ["no sender id", { tab }],
    [
      "our id but no tab (an extension page or the worker)",
      { id: OUR_ID, url: `chrome-extension://${OUR_ID}/popup.html` },
    ],
    ["our id, a tab without an id", { id: OUR_ID, tab: { ...tab, id: undefined } }],
    ["no sender at all", undefined],
  ] as Array<[string, Runtime.MessageSender | undefined]>)(
    "disconnects %s without listening",
    async (_name, sender) => {
      const { port, asPort, listeners, receive } = fakePort(CAPTURE_PORT, sender)
      const { manager, asManager } = fakeManager()
      acceptCapturePort(asPort, asManager, OUR_ID)
      expect(port.disconnect).toHaveBeenCalledTimes(1)
      expect(listeners()).toBe(0)
      receive(started)
      await settle()
      expect(manager.handle).not.toHaveBeenCalled()
      expect(port.postMessage).not.toHaveBeenCalled()
    },
  )

  it("leaves ports of another name alone", () => {
    const { port, asPort, listeners } = fakePort("someone-elses-port", { id: OUR_ID, tab })
    acceptCapturePort(asPort, fakeManager().asManager, OUR_ID)
    expect(port.disconnect).not.toHaveBeenCalled()
    expect(listeners()).toBe(0)
  })

  it("hands our content script's valid messages to the manager with the tab they came from, and acks them", async () => {
    const { port, asPort, receive, drop } = fakePort(CAPTURE_PORT, { id: OUR_ID, tab })
    const { manager, asManager } = fakeManager()
    acceptCapturePort(asPort, asManager, OUR_ID)
    receive(started)
    await settle()
    expect(manager.handle).toHaveBeenCalledWith(
      expect.objectContaining({ kind: "call-started", callId: "c1" }),
      {
        tabId: 7,
        windowId: 3,
      },
    )
    expect(port.postMessage).toHaveBeenCalledWith({ kind: "ack", upTo: 1 })
    drop()
    await settle()
    expect(manager.endCallsOfTab).toHaveBeenCalledWith(7, "tab-closed", new Set(["c1"]))
  })

  it("drops malformed messages from our own content script without acking them", async () => {
    const { port, asPort, receive } = fakePort(CAPTURE_PORT, { id: OUR_ID, tab })
    const { manager, asManager } = fakeManager()
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined)
    acceptCapturePort(asPort, asManager, OUR_ID)
    for (const message of [
      null,
      "call-ended",
      { ...started, kind: "delete-all" },
      { ...started, callId: "" },
    ]) {
      receive(message)
    }
    await settle()
    expect(manager.handle).not.toHaveBeenCalled()
    expect(port.postMessage).not.toHaveBeenCalled()
    expect(port.disconnect).not.toHaveBeenCalled()
    expect(warn).toHaveBeenCalledTimes(4)
    warn.mockRestore()
  })
})
