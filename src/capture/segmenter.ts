/**
 * From caption snapshots to utterances: pure, platform-independent, driven by injected times.
 *
 * A caption block (one DOM element per speaker turn, or one overlay row per speaker on Zoom) is
 * rewritten in place while recognition improves. The segmenter keeps one state per block, stitches
 * windowed text back together (stitch.ts), and carves the block's text into utterances:
 * - an utterance is updated, never duplicated, while its block is revised;
 * - it is final when a newer block replaced it (after a short settle time, because Meet still
 *   edits older blocks), its block's speaker changed, it was unchanged for `idleMs`, its block
 *   disappeared for longer than a flicker, or the call ended;
 * - a block that keeps growing after an idle finalisation starts a new utterance;
 * - edits that arrive after finalisation are late corrections: a new revision, still final.
 * On a rolling overlay (Zoom) a row that is seen for the first time may replay words its speaker
 * already said (replay.ts): those words are not captured again.
 */
import { replayedPrefix } from "./replay"
import { stitchWindow } from "./stitch"
import { collapseSpace, joinTokens, normalizeText, tokenize, type Token } from "./tokens"
import type { CaptionBlock, UtteranceUpdate } from "./types"

export interface SegmenterOptions {
  callId: string
  /** Epoch ms of the call start: utterance start/end are seconds after it. */
  callStartMs: number
  /** Whether a speaker is the seller; `pageSelf` is what the page said (Meet "You"), if anything. */
  isSelf: (speaker: string, pageSelf: boolean | null) => boolean
  /** Unchanged this long, a live utterance is final. */
  idleMs?: number
  /** A block gone for less than this is a flicker, not an ending. */
  flickerMs?: number
  /** A replaced block may still be edited for this long before its utterance is final. */
  settleMs?: number
  /**
   * The page shows rolling windows of the last words, one row per current speaker (Zoom): text
   * with no overlap continues the row, and a newer row does not replace an older one.
   */
  rollingWindow?: boolean
}

export interface Segmenter {
  /** One snapshot of every caption block on the page, in page order. Returns changed utterances. */
  ingest(blocks: readonly CaptionBlock[], nowMs: number): UtteranceUpdate[]
  /** Time passing: idle, settle and flicker finalisation. */
  tick(nowMs: number): UtteranceUpdate[]
  /** The call ended: every live utterance becomes final. */
  end(nowMs: number): UtteranceUpdate[]
  /** Utterances not final yet. */
  readonly liveCount: number
}

export const DEFAULT_IDLE_MS = 3000
export const DEFAULT_FLICKER_MS = 1000
export const DEFAULT_SETTLE_MS = 1000
/** Finished blocks remembered so a virtualised list re-mounting them does not duplicate them. */
const RETIRED_MEMORY = 40
/** Re-rendered history is matched on the whole text; short lines ("Yes.") repeat for real. */
const MIN_TOKENS_FOR_HISTORY_MATCH = 4

interface Utterance {
  seq: number
  id: string
  speaker: string
  self: boolean
  text: string
  startMs: number
  endMs: number
  lastChangeMs: number
  revision: number
  final: boolean
}

interface Segment {
  utterance: Utterance
  /** First token of `BlockState.full` that belongs to this utterance. */
  startToken: number
  /** Token count of the block when this utterance went final by idling; growth starts a new one. */
  endToken: number | null
}

interface BlockState {
  key: string
  /** Position in the conversation; fractional for history re-inserted above newer blocks. */
  order: number
  speaker: string
  pageSelf: boolean | null
  lastRaw: string
  /** Every word the block has shown, including what scrolled out of its window. */
  full: Token[]
  /** Leading words of `full` that replayed earlier speech (Zoom): they start no utterance. */
  replayed: number
  windowStart: number
  segments: Segment[]
  /** A newer block replaced this one: later edits correct its last utterance. */
  closed: boolean
  supersededAt: number | null
  missingSince: number | null
  lastChangeMs: number
}

export function createSegmenter(options: SegmenterOptions): Segmenter {
  return new CaptionSegmenter(options)
}

class CaptionSegmenter implements Segmenter {
  private readonly idleMs: number
  private readonly flickerMs: number
  private readonly settleMs: number
  private readonly rolling: boolean
  private readonly blocks = new Map<string, BlockState>()
  private retired: BlockState[] = []
  private nextOrder = 1
  private nextSeq = 1
  private changed = new Set<Utterance>()
  /** Last time any block changed: on a rolling overlay, someone else talking means a new turn. */
  private lastActivity = { key: "", atMs: -Infinity }

  constructor(private readonly options: SegmenterOptions) {
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS
    this.flickerMs = options.flickerMs ?? DEFAULT_FLICKER_MS
    this.settleMs = options.settleMs ?? DEFAULT_SETTLE_MS
    this.rolling = options.rollingWindow ?? false
  }

  get liveCount(): number {
    let live = 0
    for (const block of this.blocks.values()) {
      for (const segment of block.segments) if (!segment.utterance.final) live++
    }
    return live
  }

  ingest(blocks: readonly CaptionBlock[], nowMs: number): UtteranceUpdate[] {
    this.finaliseByTime(nowMs)
    const entries = blocks
      .map((block) => ({ ...block, text: collapseSpace(block.text), speaker: collapseSpace(block.speaker) }))
      .filter((block) => block.text !== "")
    const states = this.matchStates(entries, nowMs)
    const present = new Set<BlockState>()
    entries.forEach((entry, index) => {
      const state = states[index]
      if (!state) return
      present.add(this.update(state, entry, nowMs))
    })
    for (const state of this.blocks.values()) {
      if (!present.has(state) && state.missingSince === null) state.missingSince = nowMs
    }
    return this.flush()
  }

  tick(nowMs: number): UtteranceUpdate[] {
    this.finaliseByTime(nowMs)
    return this.flush()
  }

  end(nowMs: number): UtteranceUpdate[] {
    this.finaliseByTime(nowMs)
    for (const state of this.blocks.values()) this.finaliseBlock(state)
    this.blocks.clear()
    return this.flush()
  }

  // ---- matching snapshot entries to block states -------------------------------------------

  /** Known keys map directly; unknown keys may be a re-rendered block (flicker, virtual list). */
  private matchStates(entries: CaptionBlock[], nowMs: number): (BlockState | null)[] {
    const states: (BlockState | null)[] = entries.map((entry) => this.blocks.get(entry.key) ?? null)
    const claimed = new Set(states.filter((state): state is BlockState => state !== null))
    let lastHistoryOrder = -Infinity
    entries.forEach((entry, index) => {
      if (states[index]) return
      if (this.rolling) {
        states[index] = this.matchRollingRow(entry, claimed, nowMs)
        return
      }
      const { before, after } = neighbourOrders(states, index)
      const adopted = this.adoptMissing(entry, before, after, claimed)
      if (adopted) {
        this.rekey(adopted, entry.key)
        states[index] = adopted
        claimed.add(adopted)
        return
      }
      // History comes back above newer blocks, at the top of a fresh region, or after history.
      const mayBeHistory = after !== undefined || before === undefined || before === lastHistoryOrder
      const reRendered = mayBeHistory
        ? this.restoreRetired(entry, Math.max(before ?? -Infinity, lastHistoryOrder), after)
        : null
      if (reRendered) {
        lastHistoryOrder = reRendered.order
        states[index] = reRendered
        claimed.add(reRendered)
        return
      }
      const state = this.createBlock(
        entry,
        nowMs,
        after === undefined ? this.nextOrder++ : between(before, after),
      )
      if (after !== undefined) this.supersede(state, nowMs)
      else this.supersedeOlder(state, nowMs)
      states[index] = state
      claimed.add(state)
    })
    return states
  }

  /**
   * A row seen for the first time on a rolling overlay: the re-render of a row that went missing
   * and whose words it continues (when nobody else spoke since, else it is the speaker's next
   * turn), or a new row. Rows have no conversation order on the overlay (Zoom puts new rows on
   * top), so neighbours say nothing here.
   */
  private matchRollingRow(entry: CaptionBlock, claimed: Set<BlockState>, nowMs: number): BlockState {
    const adopted = this.adoptMissing(entry, undefined, undefined, claimed)
    if (adopted) this.rekey(adopted, entry.key)
    const state = adopted ?? this.createBlock(entry, nowMs, this.nextOrder++)
    claimed.add(state)
    return state
  }

  private adoptMissing(
    entry: CaptionBlock,
    before: number | undefined,
    after: number | undefined,
    claimed: Set<BlockState>,
  ): BlockState | null {
    let found: BlockState | null = null
    for (const state of this.blocks.values()) {
      if (claimed.has(state) || state.speaker !== entry.speaker) continue
      if (this.rolling && this.anotherSpokeSince(state)) continue
      if (before !== undefined && state.order <= before) continue
      if (after !== undefined && state.order >= after) continue
      if (!this.continues(state, entry.text)) continue
      if (!found || state.order < found.order) found = state
    }
    return found
  }

  private restoreRetired(entry: CaptionBlock, above: number, below: number | undefined): BlockState | null {
    const tokens = tokenize(entry.text)
    if (tokens.length < MIN_TOKENS_FOR_HISTORY_MATCH) return null
    const wanted = normalizeText(entry.text)
    const index = this.retired.findIndex(
      (state) =>
        state.speaker === entry.speaker &&
        state.order > above &&
        (below === undefined || state.order < below) &&
        normalizeText(joinTokens(state.full)) === wanted,
    )
    const state = index >= 0 ? this.retired[index] : undefined
    if (!state) return null
    this.retired.splice(index, 1)
    this.rekey(state, entry.key)
    state.closed = true
    state.missingSince = null
    return state
  }

  private continues(state: BlockState, text: string): boolean {
    const tokens = tokenize(text)
    const floor = stitchFloor(state)
    return (
      stitchWindow(state.full, state.windowStart, tokens, this.rolling, false, floor).kind !== "unrelated"
    )
  }

  private rekey(state: BlockState, key: string): void {
    if (this.blocks.get(state.key) === state) this.blocks.delete(state.key)
    state.key = key
    this.blocks.set(key, state)
  }

  private createBlock(entry: CaptionBlock, nowMs: number, order: number): BlockState {
    const state: BlockState = {
      key: entry.key,
      order,
      speaker: entry.speaker,
      pageSelf: entry.self,
      lastRaw: "",
      full: [],
      replayed: this.rolling ? this.replayedWords(entry) : 0,
      windowStart: 0,
      segments: [],
      closed: false,
      supersededAt: null,
      missingSince: null,
      lastChangeMs: nowMs,
    }
    const previous = this.blocks.get(entry.key)
    if (previous) this.retire(previous)
    this.blocks.set(entry.key, state)
    return state
  }

  /** Leading words of a new row that repeat the end of what its speaker already said. */
  private replayedWords(entry: CaptionBlock): number {
    const earlier = [...this.blocks.values(), ...this.retired]
      .filter((state) => state.speaker === entry.speaker && state.full.length > 0)
      .map((state) => state.full)
    return earlier.length === 0 ? 0 : replayedPrefix(tokenize(entry.text), earlier)
  }

  private supersede(state: BlockState, nowMs: number): void {
    if (this.rolling || state.closed) return
    state.closed = true
    state.supersededAt = nowMs
  }

  private supersedeOlder(newer: BlockState, nowMs: number): void {
    for (const state of this.blocks.values()) if (state.order < newer.order) this.supersede(state, nowMs)
  }

  // ---- applying one entry ------------------------------------------------------------------

  private update(state: BlockState, entry: CaptionBlock, nowMs: number): BlockState {
    state.missingSince = null
    if (entry.speaker !== state.speaker) {
      if (!this.continues(state, entry.text)) {
        // The element now shows someone else's turn (Zoom's single reused row): a new block.
        this.finaliseBlock(state)
        const fresh = this.createBlock(entry, nowMs, this.nextOrder++)
        this.supersedeOlder(fresh, nowMs)
        this.applyText(fresh, entry.text, nowMs)
        return fresh
      }
      // Same words, new name: Teams renaming an "Unknown" guest, Zoom resolving an avatar.
      state.speaker = entry.speaker
      state.pageSelf = entry.self
      this.relabel(state)
    } else if (entry.self !== state.pageSelf) {
      state.pageSelf = entry.self
      this.relabel(state)
    }
    if (entry.text !== state.lastRaw) this.applyText(state, entry.text, nowMs)
    return state
  }

  private relabel(state: BlockState): void {
    const self = this.options.isSelf(state.speaker, state.pageSelf)
    for (const { utterance } of state.segments) {
      if (utterance.speaker === state.speaker && utterance.self === self) continue
      utterance.speaker = state.speaker
      utterance.self = self
      this.changed.add(utterance)
    }
  }

  private applyText(state: BlockState, raw: string, nowMs: number): void {
    const tokens = tokenize(raw)
    state.lastRaw = raw
    if (tokens.length === 0) return
    const settled = this.rolling && this.anotherSpokeSince(state)
    const floor = stitchFloor(state)
    const stitched = stitchWindow(state.full, state.windowStart, tokens, this.rolling, settled, floor)
    if (stitched.kind === "unrelated" && settled) {
      // The row went quiet, someone else talked, and it now shows a new turn of its speaker.
      const live = this.liveSegment(state)
      if (live) this.finaliseSegment(live, state.full.length)
    }
    state.full = state.full.slice(0, stitched.start).concat(tokens.slice(stitched.skip))
    state.windowStart = stitched.start
    state.lastChangeMs = nowMs
    this.lastActivity = { key: state.key, atMs: nowMs }
    this.distribute(state, nowMs)
  }

  private anotherSpokeSince(state: BlockState): boolean {
    return this.lastActivity.key !== state.key && this.lastActivity.atMs >= state.lastChangeMs
  }

  /** Gives each utterance of the block its slice of the block's words. */
  private distribute(state: BlockState, nowMs: number): void {
    const last = state.segments[state.segments.length - 1]
    const growsAfterIdle =
      last?.utterance.final && !state.closed && last.endToken !== null && state.full.length > last.endToken
    const firstWords = !last && state.full.length > state.replayed
    if (firstWords || growsAfterIdle) {
      state.segments.push({
        utterance: this.createUtterance(state, nowMs),
        startToken: last?.endToken ?? state.replayed,
        endToken: null,
      })
    }
    state.segments.forEach((segment, index) => {
      const end = state.segments[index + 1]?.startToken ?? state.full.length
      const text = joinTokens(state.full.slice(segment.startToken, end))
      const utterance = segment.utterance
      if (text === "" || text === utterance.text) return
      utterance.text = text
      if (!utterance.final) {
        utterance.endMs = nowMs
        utterance.lastChangeMs = nowMs
      }
      this.changed.add(utterance)
    })
  }

  private createUtterance(state: BlockState, nowMs: number): Utterance {
    const seq = this.nextSeq++
    return {
      seq,
      id: `${this.options.callId}:${seq}`,
      speaker: state.speaker,
      self: this.options.isSelf(state.speaker, state.pageSelf),
      text: "",
      startMs: nowMs,
      endMs: nowMs,
      lastChangeMs: nowMs,
      revision: 0,
      final: false,
    }
  }

  // ---- finalisation ------------------------------------------------------------------------

  private finaliseByTime(nowMs: number): void {
    for (const state of [...this.blocks.values()]) {
      if (state.missingSince !== null && nowMs - state.missingSince >= this.flickerMs) {
        this.finaliseBlock(state)
        this.retire(state)
        continue
      }
      const live = this.liveSegment(state)
      if (!live) continue
      const quietSince = live.utterance.lastChangeMs
      if (state.closed && nowMs - Math.max(quietSince, state.supersededAt ?? quietSince) >= this.settleMs) {
        this.finaliseSegment(live, null)
      } else if (nowMs - quietSince >= this.idleMs) {
        this.finaliseSegment(live, state.full.length)
      }
    }
  }

  private liveSegment(state: BlockState): Segment | null {
    const last = state.segments[state.segments.length - 1]
    return last && !last.utterance.final ? last : null
  }

  private finaliseSegment(segment: Segment, endToken: number | null): void {
    segment.utterance.final = true
    segment.endToken = endToken
    this.changed.add(segment.utterance)
  }

  private finaliseBlock(state: BlockState): void {
    const live = this.liveSegment(state)
    if (live) this.finaliseSegment(live, null)
    state.closed = true
  }

  private retire(state: BlockState): void {
    if (this.blocks.get(state.key) === state) this.blocks.delete(state.key)
    this.retired.push(state)
    if (this.retired.length > RETIRED_MEMORY) this.retired.shift()
  }

  private flush(): UtteranceUpdate[] {
    if (this.changed.size === 0) return []
    const changed = [...this.changed].sort((a, b) => a.seq - b.seq)
    this.changed = new Set()
    const { callId, callStartMs } = this.options
    return changed
      .filter((utterance) => utterance.text !== "")
      .map((utterance) => {
        utterance.revision += 1
        return {
          callId,
          id: utterance.id,
          speaker: utterance.speaker,
          self: utterance.self,
          text: utterance.text,
          start: secondsSince(callStartMs, utterance.startMs),
          end: secondsSince(callStartMs, utterance.endMs),
          revision: utterance.revision,
          final: utterance.final,
        }
      })
  }
}

/**
 * Words before this index belong to finished utterances of the block and are never re-aligned.
 * The first utterance's start is no floor: words before it (a replayed prefix) are still on screen.
 */
function stitchFloor(state: BlockState): number {
  return state.segments.length > 1 ? (state.segments[state.segments.length - 1]?.startToken ?? 0) : 0
}

function neighbourOrders(
  states: readonly (BlockState | null)[],
  index: number,
): { before: number | undefined; after: number | undefined } {
  let before: number | undefined
  let after: number | undefined
  for (let i = index - 1; i >= 0 && before === undefined; i--) before = states[i]?.order
  for (let i = index + 1; i < states.length && after === undefined; i++) after = states[i]?.order
  return { before, after }
}

function between(before: number | undefined, after: number): number {
  return before === undefined ? after - 0.5 : (before + after) / 2
}

function secondsSince(startMs: number, atMs: number): number {
  return Math.max(0, Math.round((atMs - startMs) / 10) / 100)
}
