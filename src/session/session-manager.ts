/**
 * The background's single writer for call data. It applies content-script messages to the call
 * sessions, persists what changed (throttled, chunked) and only then resolves the message's
 * promise, which is when the content script gets its ack. A service-worker restart therefore
 * loses nothing that was acked, and the content script resends the rest.
 */
import type { ContentToBackground } from "../messaging/contract"
import type { KeyValueStore } from "../state/kv-store"
import { STORAGE_KEYS } from "../state/storage-keys"
import { CallSession, type Classify, type Summarize } from "./call-session"
import type { ActivePointer, CallIndexEntry, CallMeta, LiveUtterance } from "./call-types"
import { buildIndexEntry, upsertIndexEntry } from "./call-index"
import { callLanguage } from "./call-language"
import { isPlaceholderSpeaker, sameSpeaker } from "./seller"
import type { Platform } from "../core/types"

export interface MessageOrigin {
  tabId: number | null
  windowId: number | null
}

/** Extra behaviour run after each change (the live coach plugs in here). */
export interface SessionObserver {
  /** Called after utterances changed; returns true when the UI should see it at once (a nudge). */
  onUtterances(session: CallSession, changed: readonly LiveUtterance[], now: number): boolean
  onEnded(session: CallSession, now: number): void
  /** The seller changed: what was coached may have been someone else's words. */
  onSellerChanged?(session: CallSession, now: number): void
}

/** Who the seller was on each platform, as the user last said it ("this is me"). */
export interface SellerMemory {
  recall(platform: Platform): Promise<string | null>
  remember(platform: Platform, speaker: string): Promise<void>
}

export interface SessionManagerOptions {
  store: KeyValueStore
  classify: Classify
  summarize: Summarize
  now: () => number
  observer?: SessionObserver
  /** Minimum milliseconds between two storage writes while captions stream in. */
  flushIntervalMs?: number
  /** Told when writing starts failing (message) and when it works again (null). */
  onWriteHealth?: (error: string | null) => void
  /** Where "this is me" is remembered per platform; without it a choice holds for its call only. */
  sellerMemory?: SellerMemory
}

export class SessionManager {
  private readonly sessions = new Map<string, CallSession>()
  private readonly loading = new Map<string, Promise<CallSession | null>>()
  private waiters: Array<{ resolve: () => void; reject: (error: unknown) => void }> = []
  /** The last storage write error (quota exceeded…), null once a write succeeds again. */
  lastWriteError: string | null = null
  private flushTimer: ReturnType<typeof setTimeout> | null = null
  private flushing: Promise<void> = Promise.resolve()
  private lastFlushAt = 0
  private pointer: ActivePointer | null = null
  private pointerDirty = false
  private readonly flushIntervalMs: number

  constructor(private readonly options: SessionManagerOptions) {
    this.flushIntervalMs = options.flushIntervalMs ?? 250
  }

  /**
   * Applies one validated message. Resolves once applied, with `persisted`, which resolves once
   * its effects are in storage (then, and only then, the content script may forget it).
   */
  async handle(message: ContentToBackground, origin: MessageOrigin): Promise<{ persisted: Promise<void> }> {
    const now = this.options.now()
    let urgent = false
    if (message.kind === "call-started") {
      const existing = await this.load(message.callId)
      // Only the call's own fields: the message's kind and seq are transport, not call data.
      const { callId, platform, title, startedAt } = message
      const session =
        existing ??
        CallSession.create(
          { callId, platform, title, startedAt, tabId: origin.tabId, windowId: origin.windowId },
          this.options.summarize([]),
        )
      if (!existing) session.patchMeta({ rememberedSeller: await this.recallSeller(platform) }, now)
      this.sessions.set(message.callId, session)
      session.setWindow(origin.tabId, origin.windowId)
      session.patchMeta({ title: message.title ?? session.meta.title }, now)
    } else {
      const session = await this.load(message.callId)
      if (!session) return { persisted: Promise.resolve() } // a call we never heard of: nothing to attach to
      session.setWindow(origin.tabId, origin.windowId)
      if (message.kind === "utterances") {
        this.adoptRememberedSeller(session, message.updates, now)
        const changed = session.applyUpdates(message.updates, this.options.classify, now)
        if (changed.length > 0) {
          const language = callLanguage(session.utterances)
          if (language !== (session.meta.language ?? "en")) session.patchMeta({ language }, now)
          session.refreshSummary(this.options.summarize)
          urgent = this.options.observer?.onUtterances(session, changed, now) ?? false
        }
      } else if (message.kind === "status") {
        session.setStatus(message.status, now)
        urgent = true
      } else {
        this.endSession(session, message.reason, message.at)
        urgent = true
      }
    }
    this.markActive(message.callId, origin.windowId)
    return { persisted: this.requestFlush(urgent) }
  }

  /**
   * "This is me" on `speaker`: the seller for the rest of the call, lines reclassified, metrics
   * recomputed, and remembered for this platform (unless the label is a placeholder). False when
   * the call is unknown or has no line by that speaker.
   */
  async setSeller(callId: string, speaker: string): Promise<boolean> {
    const session = await this.load(callId)
    const spoken = session?.utterances.find((utterance) => sameSpeaker(utterance.speaker, speaker))
    if (!session || !spoken) return false
    const now = this.options.now()
    session.assignSeller({ speaker: spoken.speaker, source: "user" }, this.options.classify, now)
    session.refreshSummary(this.options.summarize)
    this.options.observer?.onSellerChanged?.(session, now)
    if (!isPlaceholderSpeaker(spoken.speaker)) {
      await this.options.sellerMemory?.remember(session.meta.platform, spoken.speaker).catch(() => undefined)
    }
    await this.requestFlush(true)
    return true
  }

  /** The meeting tab went away without saying goodbye (closed, crashed, navigated). */
  async endCallsOfTab(
    tabId: number,
    reason: "tab-closed" | "navigated",
    callIds: Iterable<string>,
  ): Promise<void> {
    for (const callId of callIds) {
      const session = await this.load(callId)
      if (session && session.meta.tabId === tabId && !session.ended) {
        this.endSession(session, reason, this.options.now())
      }
    }
    await this.requestFlush(true)
  }

  /**
   * After a browser restart: any call still open belongs to a session that died. Ends each one
   * `shouldRecover` accepts (all by default) as it was last heard, with reason "recovered".
   */
  async recoverUnendedCalls(shouldRecover?: (meta: CallMeta) => boolean | Promise<boolean>): Promise<number> {
    const index = await this.readIndex()
    let recovered = 0
    for (const entry of index) {
      if (entry.endedAt !== null) continue
      const session = await this.load(entry.callId)
      if (!session || session.ended) continue
      if (shouldRecover && !(await shouldRecover(session.meta))) continue
      if (session.ended) continue // ended by a message while the check ran
      const lastHeard = session.meta.updatedAt
      this.endSession(session, "recovered", lastHeard)
      recovered += 1
    }
    await this.requestFlush(true)
    return recovered
  }

  /** Calls in memory that have not ended (the coach's clock ticks for these). */
  activeSessions(): CallSession[] {
    return [...this.sessions.values()].filter((session) => !session.ended)
  }

  getSession(callId: string): CallSession | undefined {
    return this.sessions.get(callId)
  }

  /** Loads a call (from memory or storage), for the UI-request handlers. */
  async session(callId: string): Promise<CallSession | null> {
    return this.load(callId)
  }

  /** Persists a change made outside the message flow (e.g. a UI request). */
  async persist(urgent = true): Promise<void> {
    await this.requestFlush(urgent)
  }

  /**
   * Stores a complete, ended call (an imported transcript) through the same flush as live calls,
   * so its chunks, meta and history row go to storage in one write, after any pending index
   * change. Resolves once stored; rejects (nothing kept, in storage or in memory) if the write fails.
   */
  async storeCompleteCall(meta: CallMeta, utterances: LiveUtterance[]): Promise<void> {
    const session = new CallSession(meta, utterances)
    session.markAllDirty()
    this.sessions.set(meta.callId, session)
    try {
      await this.requestFlush(true)
    } finally {
      // Ended and written (or refused): nothing more will change it, so memory need not hold it.
      this.forget(meta.callId)
    }
  }

  /** Forgets the in-memory copy of a deleted call. */
  forget(callId: string): void {
    this.sessions.delete(callId)
  }

  private async recallSeller(platform: Platform): Promise<string | null> {
    try {
      return (await this.options.sellerMemory?.recall(platform)) ?? null
    } catch {
      return null
    }
  }

  /** A seller remembered for this platform becomes this call's seller once that speaker talks. */
  private adoptRememberedSeller(
    session: CallSession,
    updates: readonly { speaker: string }[],
    now: number,
  ): void {
    const remembered = session.meta.rememberedSeller
    if (!remembered || session.meta.seller) return
    const match = updates.find((update) => sameSpeaker(update.speaker, remembered))
    if (!match) return
    session.assignSeller({ speaker: match.speaker, source: "remembered" }, this.options.classify, now)
    this.options.observer?.onSellerChanged?.(session, now)
  }

  private endSession(session: CallSession, reason: Parameters<CallSession["end"]>[0], at: number): void {
    if (session.ended) return
    session.end(reason, at)
    session.refreshSummary(this.options.summarize)
    this.options.observer?.onEnded(session, at)
  }

  private markActive(callId: string, windowId: number | null): void {
    const pointer = this.pointer ?? { lastCallId: null, byWindow: {} }
    const windowKey = windowId === null ? null : String(windowId)
    if (pointer.lastCallId === callId && (windowKey === null || pointer.byWindow[windowKey] === callId))
      return
    this.pointer = {
      lastCallId: callId,
      byWindow: windowKey === null ? pointer.byWindow : { ...pointer.byWindow, [windowKey]: callId },
    }
    this.pointerDirty = true
  }

  private async load(callId: string): Promise<CallSession | null> {
    const inMemory = this.sessions.get(callId)
    if (inMemory) return inMemory
    let pending = this.loading.get(callId)
    if (!pending) {
      pending = this.readSession(callId)
      this.loading.set(callId, pending)
    }
    const session = await pending
    this.loading.delete(callId)
    if (session && !this.sessions.has(callId)) this.sessions.set(callId, session)
    return this.sessions.get(callId) ?? null
  }

  private async readSession(callId: string): Promise<CallSession | null> {
    const metaKey = STORAGE_KEYS.callMeta(callId)
    const metaResult = await this.options.store.get([metaKey])
    const meta = metaResult[metaKey] as CallMeta | undefined
    if (!meta) return null
    const chunkKeys = Array.from({ length: meta.chunkCount }, (_, index) =>
      STORAGE_KEYS.callChunk(callId, index),
    )
    const chunks = await this.options.store.get(chunkKeys)
    const utterances = chunkKeys.flatMap((key) => (chunks[key] as LiveUtterance[] | undefined) ?? [])
    return new CallSession(meta, utterances)
  }

  private async readIndex(): Promise<CallIndexEntry[]> {
    const result = await this.options.store.get([STORAGE_KEYS.callIndex])
    return (result[STORAGE_KEYS.callIndex] as CallIndexEntry[] | undefined) ?? []
  }

  private requestFlush(urgent: boolean): Promise<void> {
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }))
    const wait = urgent ? 0 : Math.max(0, this.lastFlushAt + this.flushIntervalMs - this.options.now())
    if (this.flushTimer !== null && wait === 0) {
      clearTimeout(this.flushTimer)
      this.flushTimer = null
    }
    if (this.flushTimer === null) {
      this.flushTimer = setTimeout(() => {
        this.flushTimer = null
        this.flushing = this.flushing.then(() => this.flush())
      }, wait)
    }
    return done
  }

  private async flush(): Promise<void> {
    const waiters = this.waiters
    this.waiters = []
    this.lastFlushAt = this.options.now()
    const items: Record<string, unknown> = {}
    const changedMetas: CallMeta[] = []
    const written: CallSession[] = []
    for (const session of this.sessions.values()) {
      if (!session.isDirty) continue
      written.push(session)
      const { meta, chunks } = session.takeDirty()
      for (const [index, chunk] of chunks) items[STORAGE_KEYS.callChunk(session.meta.callId, index)] = chunk
      if (meta) {
        items[STORAGE_KEYS.callMeta(meta.callId)] = meta
        changedMetas.push(meta)
      }
    }
    if (changedMetas.length > 0) {
      let index = await this.readIndex()
      for (const meta of changedMetas) index = upsertIndexEntry(index, buildIndexEntry(meta))
      items[STORAGE_KEYS.callIndex] = index
    }
    if (this.pointerDirty && this.pointer) {
      items[STORAGE_KEYS.active] = this.pointer
      this.pointerDirty = false
    }
    try {
      if (Object.keys(items).length > 0) await this.options.store.set(items)
      if (this.lastWriteError !== null) this.options.onWriteHealth?.(null)
      this.lastWriteError = null
    } catch (error) {
      // Nothing is lost: the data stays in memory, is written again with the next flush, and
      // the messages it came from stay unacked (the content script still holds them).
      const message = error instanceof Error ? error.message : String(error)
      if (this.lastWriteError === null) this.options.onWriteHealth?.(message)
      this.lastWriteError = message
      for (const session of written) session.markAllDirty()
      if (items[STORAGE_KEYS.active] !== undefined) this.pointerDirty = true
      for (const waiter of waiters) waiter.reject(error)
      return
    }
    for (const waiter of waiters) waiter.resolve()
  }
}
