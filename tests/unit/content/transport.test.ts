import { describe, expect, it } from "vitest"
import type { UtteranceUpdate } from "../../../src/capture/types"
import { CaptureTransport, compactOutbox, type PortLike } from "../../../src/content/transport"
import type { ContentToBackground } from "../../../src/messaging/contract"

class FakePort implements PortLike {
  sent: ContentToBackground[] = []
  private messageListeners: Array<(message: unknown) => void> = []
  private disconnectListeners: Array<() => void> = []
  postMessage(message: unknown) {
    this.sent.push(message as ContentToBackground)
  }
  disconnect() {}
  onMessage = { addListener: (listener: (message: unknown) => void) => this.messageListeners.push(listener) }
  onDisconnect = { addListener: (listener: () => void) => this.disconnectListeners.push(listener) }
  ack(upTo: number) {
    this.messageListeners.forEach((listener) => listener({ kind: "ack", upTo }))
  }
  drop() {
    this.disconnectListeners.forEach((listener) => listener())
  }
}

function setup() {
  const ports: FakePort[] = []
  const timers: Array<() => void> = []
  const transport = new CaptureTransport({
    connect: () => {
      const port = new FakePort()
      ports.push(port)
      return port
    },
    isContextValid: () => true,
    setTimer: (callback) => timers.push(callback),
  })
  const runTimers = () => timers.splice(0).forEach((callback) => callback())
  return { transport, ports, runTimers }
}

const update = (id: string, text: string, revision: number): UtteranceUpdate => ({
  callId: "c1",
  id,
  speaker: "You",
  self: true,
  text,
  start: 0,
  end: 1,
  revision,
  final: false,
})

describe("CaptureTransport", () => {
  it("numbers messages and forgets them once acked", () => {
    const { transport, ports } = setup()
    transport.send({ kind: "call-started", callId: "c1", platform: "meet", title: null, startedAt: 1 })
    transport.send({ kind: "utterances", callId: "c1", updates: [update("u1", "hi", 1)] })
    expect(ports[0]?.sent.map((message) => message.seq)).toEqual([1, 2])
    expect(transport.pending).toBe(2)
    ports[0]?.ack(1)
    expect(transport.pending).toBe(1)
    ports[0]?.ack(2)
    expect(transport.pending).toBe(0)
  })

  it("reconnects after the service worker dropped the port and resends what was not acked, compacted", () => {
    const { transport, ports, runTimers } = setup()
    transport.send({ kind: "call-started", callId: "c1", platform: "meet", title: null, startedAt: 1 })
    ports[0]?.ack(1)
    transport.send({ kind: "utterances", callId: "c1", updates: [update("u1", "we", 1)] })
    transport.send({
      kind: "utterances",
      callId: "c1",
      updates: [update("u1", "we were", 2), update("u2", "so", 1)],
    })
    ports[0]?.drop()
    expect(ports).toHaveLength(1)
    runTimers()
    expect(ports).toHaveLength(2)
    const resent = ports[1]?.sent ?? []
    expect(resent).toHaveLength(1)
    expect(resent[0]).toMatchObject({ kind: "utterances", seq: 3 })
    const texts = resent[0]?.kind === "utterances" ? resent[0].updates.map((u) => u.text) : []
    expect(texts).toEqual(["we were", "so"])
    ports[1]?.ack(3)
    expect(transport.pending).toBe(0)
  })

  it("sends the older unacked messages first when a new message opens a new port", () => {
    const { transport, ports, runTimers } = setup()
    transport.send({ kind: "call-started", callId: "c1", platform: "meet", title: null, startedAt: 1 })
    ports[0]?.ack(1)
    transport.send({ kind: "utterances", callId: "c1", updates: [update("u1", "first words", 1)] })
    ports[0]?.drop() // the service worker died with message 2 unacked
    // The page speaks again before the reconnect timer fires.
    transport.send({ kind: "utterances", callId: "c1", updates: [update("u2", "second line", 1)] })
    const resent = ports[1]?.sent ?? []
    const ids = resent.flatMap((message) =>
      message.kind === "utterances" ? message.updates.map((u) => u.id) : [],
    )
    expect(ids).toEqual(["u1", "u2"])
    // The background acks the latest seq; nothing older may have been skipped.
    ports[1]?.ack(resent.at(-1)?.seq ?? 0)
    expect(transport.pending).toBe(0)
    runTimers()
    expect(ports).toHaveLength(2)
  })

  it("does not reconnect when nothing is pending", () => {
    const { transport, ports, runTimers } = setup()
    transport.send({ kind: "call-started", callId: "c1", platform: "meet", title: null, startedAt: 1 })
    ports[0]?.ack(1)
    ports[0]?.drop()
    runTimers()
    expect(ports).toHaveLength(1)
    transport.send({ kind: "call-ended", callId: "c1", reason: "left", at: 2 })
    expect(ports).toHaveLength(2)
  })

  it("stops for good once the extension context is gone (extension reloaded)", () => {
    let valid = true
    const ports: FakePort[] = []
    const transport = new CaptureTransport({
      connect: () => {
        const port = new FakePort()
        ports.push(port)
        return port
      },
      isContextValid: () => valid,
      setTimer: () => undefined,
    })
    valid = false
    transport.send({ kind: "call-ended", callId: "c1", reason: "left", at: 2 })
    expect(ports).toHaveLength(0)
    expect(transport.pending).toBe(1)
  })
})

describe("compactOutbox", () => {
  it("keeps non-utterance messages and ascending sequence numbers", () => {
    const outbox: ContentToBackground[] = [
      { kind: "call-started", seq: 1, callId: "c1", platform: "meet", title: null, startedAt: 1 },
      { kind: "utterances", seq: 2, callId: "c1", updates: [update("u1", "a", 1)] },
      { kind: "status", seq: 3, callId: "c1", status: { state: "capturing", platform: "meet" } },
      { kind: "utterances", seq: 4, callId: "c1", updates: [update("u1", "ab", 2)] },
      { kind: "call-ended", seq: 5, callId: "c1", reason: "left", at: 9 },
    ]
    const compacted = compactOutbox(outbox)
    expect(compacted.map((message) => `${message.kind}:${message.seq}`)).toEqual([
      "call-started:1",
      "status:3",
      "utterances:4",
      "call-ended:5",
    ])
    const merged = compacted[2]
    expect(merged?.kind === "utterances" ? merged.updates : []).toEqual([update("u1", "ab", 2)])
  })
})
