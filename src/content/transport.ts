/**
 * Content script → background transport with at-least-once delivery. Every message gets a
 * sequence number and stays in the outbox until the background acks it (it acks only after
 * persisting). When the service worker restarts the port drops; we reconnect and resend the
 * outbox, compacted so each utterance is sent once at its latest revision.
 */
import type { UtteranceUpdate } from "../capture/types"
import { CAPTURE_PORT, type BackgroundToContent, type ContentToBackground } from "../messaging/contract"

/** A message before the transport numbers it. */
export type OutgoingMessage = ContentToBackground extends infer M
  ? M extends ContentToBackground
    ? Omit<M, "seq">
    : never
  : never

/** The part of chrome.runtime.Port the transport uses (a fake one in tests). */
export interface PortLike {
  postMessage(message: unknown): void
  disconnect(): void
  onMessage: { addListener(listener: (message: unknown) => void): void }
  onDisconnect: { addListener(listener: () => void): void }
}

export interface TransportOptions {
  connect: (name: string) => PortLike
  /** False once the extension was reloaded or updated: this content script is orphaned. */
  isContextValid: () => boolean
  setTimer: (callback: () => void, ms: number) => unknown
  /** Backoff steps for reconnecting, in milliseconds. */
  retryDelaysMs?: readonly number[]
}

const DEFAULT_RETRY_DELAYS_MS = [50, 200, 500, 1000, 2000]

export class CaptureTransport {
  private port: PortLike | null = null
  private outbox: ContentToBackground[] = []
  private nextSeq = 1
  private attempts = 0
  private closed = false

  constructor(private readonly options: TransportOptions) {}

  send(message: OutgoingMessage): void {
    const numbered = { ...message, seq: this.nextSeq++ } as ContentToBackground
    this.outbox.push(numbered)
    if (this.port) this.post(numbered)
    else this.connectAndResend()
  }

  /** Messages not yet acknowledged (persisted) by the background. */
  get pending(): number {
    return this.outbox.length
  }

  close(): void {
    this.closed = true
    this.port?.disconnect()
    this.port = null
  }

  private ensurePort(): boolean {
    if (this.port) return true
    if (this.closed || !this.options.isContextValid()) return false
    try {
      const port = this.options.connect(CAPTURE_PORT)
      port.onMessage.addListener((message) => this.onAck(message as BackgroundToContent))
      port.onDisconnect.addListener(() => this.onDisconnect(port))
      this.port = port
      return true
    } catch {
      this.scheduleReconnect()
      return false
    }
  }

  private post(message: ContentToBackground): void {
    try {
      this.port?.postMessage(message)
    } catch {
      // The port died between checks; onDisconnect (or the retry) resends the outbox.
      this.port = null
      this.scheduleReconnect()
    }
  }

  private onAck(message: BackgroundToContent): void {
    if (message?.kind !== "ack") return
    this.attempts = 0
    this.outbox = this.outbox.filter((pending) => pending.seq > message.upTo)
  }

  private onDisconnect(port: PortLike): void {
    if (this.port !== port) return
    this.port = null
    if (this.outbox.length > 0) this.scheduleReconnect()
  }

  private scheduleReconnect(): void {
    if (this.closed || !this.options.isContextValid()) return
    const delays = this.options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS
    const delay = delays[Math.min(this.attempts, delays.length - 1)] ?? 1000
    this.attempts += 1
    this.options.setTimer(() => this.resend(), delay)
  }

  private resend(): void {
    if (!this.port) this.connectAndResend()
  }

  /**
   * A new port always starts with the whole outbox, oldest first: acks are cumulative, so the
   * background must never see a message before the unacked ones that came earlier.
   */
  private connectAndResend(): void {
    if (!this.ensurePort()) return
    this.outbox = compactOutbox(this.outbox)
    for (const message of this.outbox) this.post(message)
  }
}

/**
 * Merges queued utterance messages of the same call into one carrying the latest revision of
 * each utterance, keeping every other message (and the order of calls) as it was.
 */
export function compactOutbox(outbox: readonly ContentToBackground[]): ContentToBackground[] {
  const result: ContentToBackground[] = []
  const mergedByCall = new Map<
    string,
    { message: ContentToBackground & { kind: "utterances" }; byId: Map<string, UtteranceUpdate> }
  >()
  for (const message of outbox) {
    if (message.kind !== "utterances") {
      result.push(message)
      continue
    }
    let merged = mergedByCall.get(message.callId)
    if (!merged) {
      merged = { message: { ...message, updates: [] }, byId: new Map() }
      mergedByCall.set(message.callId, merged)
      result.push(merged.message)
    }
    merged.message.seq = message.seq
    for (const update of message.updates) {
      const known = merged.byId.get(update.id)
      if (!known || update.revision >= known.revision) merged.byId.set(update.id, update)
    }
  }
  for (const { message, byId } of mergedByCall.values()) message.updates = [...byId.values()]
  // Acks are cumulative, so the numbers must stay ascending after merging.
  return result.sort((a, b) => a.seq - b.seq)
}
