/**
 * One call's state in the background: applies utterance updates idempotently (a resent message
 * changes nothing), classifies changed text, and tracks which storage chunks are dirty.
 */
import type { CaptureStatus, UtteranceUpdate } from "../capture/types"
import type { CallSummary, Classification, Platform } from "../core/types"
import type { CallEndReason } from "../messaging/contract"
import { UTTERANCES_PER_CHUNK } from "../state/storage-keys"
import type { CallMeta, LiveUtterance } from "./call-types"
import { isSellerLine, type SellerChoice } from "./seller"
import { questionTargetFacts } from "../core/question-facts"

export type Classify = (text: string, self: boolean) => Classification
export type Summarize = (utterances: readonly LiveUtterance[]) => CallSummary

export interface NewCallInfo {
  callId: string
  platform: Platform
  title: string | null
  tabId: number | null
  windowId: number | null
  startedAt: number
}

export class CallSession {
  readonly utterances: LiveUtterance[]
  private readonly positionById = new Map<string, number>()
  private readonly dirtyChunks = new Set<number>()
  private metaDirty = true

  constructor(
    public meta: CallMeta,
    utterances: LiveUtterance[] = [],
  ) {
    this.utterances = utterances
    utterances.forEach((utterance, position) => this.positionById.set(utterance.id, position))
  }

  static create(info: NewCallInfo, emptySummary: CallSummary): CallSession {
    return new CallSession({
      ...info,
      endedAt: null,
      endReason: null,
      status: { state: "captions-off", platform: info.platform },
      utteranceCount: 0,
      chunkCount: 0,
      summary: emptySummary,
      updatedAt: info.startedAt,
      coach: null,
    })
  }

  get ended(): boolean {
    return this.meta.endedAt !== null
  }

  /** Applies updates; returns the utterances whose stored form changed. */
  applyUpdates(updates: readonly UtteranceUpdate[], classify: Classify, now: number): LiveUtterance[] {
    const changed: LiveUtterance[] = []
    for (const update of updates) {
      const position = this.positionById.get(update.id)
      const previous = position === undefined ? undefined : this.utterances[position]
      // Older or repeated revisions arrive after a resend: the stored one is already newer.
      if (previous && update.revision <= previous.revision) continue
      // A caption of nothing but invisible characters is no utterance (yet).
      if (!previous && update.text.trim() === "") continue
      // The user's "this is me" outranks what the page said about this speaker.
      const self = isSellerLine(this.meta.seller, update.speaker, update.self)
      const classification =
        previous && previous.text === update.text && previous.self === self
          ? pickClassification(previous)
          : classify(update.text, self)
      const next: LiveUtterance = { ...update, self, ...classification }
      if (position === undefined) {
        this.positionById.set(update.id, this.utterances.length)
        this.dirtyChunks.add(Math.floor(this.utterances.length / UTTERANCES_PER_CHUNK))
        this.utterances.push(next)
      } else {
        this.utterances[position] = next
        this.dirtyChunks.add(Math.floor(position / UTTERANCES_PER_CHUNK))
      }
      changed.push(next)
    }
    if (changed.length > 0) this.touch(now)
    return changed
  }

  /**
   * The seller is `choice.speaker` from now on: that speaker's lines become seller lines and every
   * other speaker's client lines, each reclassified when its side changed. Returns how many lines
   * changed side. The revision is the capture's own and stays as it is, so resends still dedupe.
   */
  assignSeller(choice: SellerChoice, classify: Classify, now: number): number {
    this.meta = { ...this.meta, seller: choice }
    let changed = 0
    this.utterances.forEach((utterance, position) => {
      const self = isSellerLine(choice, utterance.speaker, utterance.self)
      if (self === utterance.self) return
      this.utterances[position] = { ...utterance, self, ...classify(utterance.text, self) }
      this.dirtyChunks.add(Math.floor(position / UTTERANCES_PER_CHUNK))
      changed += 1
    })
    this.touch(now)
    return changed
  }

  setStatus(status: CaptureStatus, now: number): void {
    const current = this.meta.status
    if (current.state === status.state && current.detail === status.detail) return
    // Once a call ended, late status reports from a closing page must not reopen it.
    if (this.ended && status.state !== "ended") return
    this.meta = { ...this.meta, status }
    this.touch(now)
  }

  setWindow(tabId: number | null, windowId: number | null): void {
    if (this.meta.tabId === tabId && this.meta.windowId === windowId) return
    this.meta = { ...this.meta, tabId, windowId }
    this.metaDirty = true
  }

  /** Ends the call: every utterance still live is final as it stands. */
  end(reason: CallEndReason, at: number): void {
    if (this.ended) return
    this.utterances.forEach((utterance, position) => {
      if (utterance.final) return
      this.utterances[position] = { ...utterance, final: true, revision: utterance.revision + 1 }
      this.dirtyChunks.add(Math.floor(position / UTTERANCES_PER_CHUNK))
    })
    this.meta = {
      ...this.meta,
      endedAt: at,
      endReason: reason,
      status: { state: "ended", platform: this.meta.platform },
    }
    this.touch(at)
  }

  refreshSummary(summarize: Summarize): void {
    this.meta = { ...this.meta, summary: summarize(this.utterances) }
    this.metaDirty = true
  }

  patchMeta(patch: Partial<CallMeta>, now: number): void {
    this.meta = { ...this.meta, ...patch }
    this.touch(now)
  }

  /** Takes the chunks and meta that changed since the last call, for one storage write. */
  takeDirty(): { meta: CallMeta | null; chunks: Map<number, LiveUtterance[]> } {
    const chunks = new Map<number, LiveUtterance[]>()
    for (const index of this.dirtyChunks) {
      const start = index * UTTERANCES_PER_CHUNK
      chunks.set(index, this.utterances.slice(start, start + UTTERANCES_PER_CHUNK))
    }
    this.dirtyChunks.clear()
    const meta = this.metaDirty || chunks.size > 0 ? this.currentMeta() : null
    this.metaDirty = false
    return { meta, chunks }
  }

  /** After a failed write: everything is written again next time. */
  markAllDirty(): void {
    for (let index = 0; index * UTTERANCES_PER_CHUNK < this.utterances.length; index += 1)
      this.dirtyChunks.add(index)
    this.metaDirty = true
  }

  get isDirty(): boolean {
    return this.metaDirty || this.dirtyChunks.size > 0
  }

  private currentMeta(): CallMeta {
    this.meta = {
      ...this.meta,
      utteranceCount: this.utterances.length,
      chunkCount: Math.ceil(this.utterances.length / UTTERANCES_PER_CHUNK),
    }
    return this.meta
  }

  private touch(now: number): void {
    this.meta = { ...this.meta, updatedAt: now }
    this.metaDirty = true
  }
}

function pickClassification(utterance: LiveUtterance): Classification {
  const { verdict, labels, question, questionCount, questionKind } = utterance
  return { verdict, labels, question, questionCount, questionKind, ...questionTargetFacts(utterance) }
}
