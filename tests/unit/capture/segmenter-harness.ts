/** Drives a segmenter over a recorded caption sequence and keeps the latest state of each utterance. */
import { createSegmenter, type Segmenter, type SegmenterOptions } from "../../../src/capture/segmenter"
import type { CaptionBlock, UtteranceUpdate } from "../../../src/capture/types"

export type Snapshot = readonly (readonly [key: string, speaker: string, text: string])[]

export interface Recording {
  segmenter: Segmenter
  /** Every update in emission order. */
  log: UtteranceUpdate[]
  /** Latest update per utterance id, in creation order. */
  latest(): UtteranceUpdate[]
  at(ms: number, snapshot: Snapshot): UtteranceUpdate[]
  tick(ms: number): UtteranceUpdate[]
  end(ms: number): UtteranceUpdate[]
  /** The final utterances as `speaker: text` lines. */
  lines(): string[]
}

export function record(options: Partial<SegmenterOptions> = {}): Recording {
  const segmenter = createSegmenter({
    callId: "call",
    callStartMs: 0,
    isSelf: (speaker, pageSelf) => pageSelf ?? speaker === "You",
    ...options,
  })
  const log: UtteranceUpdate[] = []
  const keep = (updates: UtteranceUpdate[]) => {
    log.push(...updates)
    return updates
  }
  const latest = () => {
    const byId = new Map<string, UtteranceUpdate>()
    for (const update of log) byId.set(update.id, update)
    return [...byId.values()]
  }
  return {
    segmenter,
    log,
    latest,
    at: (ms, snapshot) => keep(segmenter.ingest(snapshot.map(toBlock), ms)),
    tick: (ms) => keep(segmenter.tick(ms)),
    end: (ms) => keep(segmenter.end(ms)),
    lines: () => latest().map((update) => `${update.speaker}: ${update.text}`),
  }
}

function toBlock([key, speaker, text]: readonly [string, string, string]): CaptionBlock {
  return { key, speaker, text, self: speaker === "You" ? true : null }
}

/** Snapshots of `text` typed word by word into one block, `stepMs` apart, starting at `fromMs`. */
export function typing(
  rec: Recording,
  key: string,
  speaker: string,
  text: string,
  fromMs: number,
  stepMs = 100,
  others: Snapshot = [],
): number {
  const words = text.split(" ")
  words.forEach((_, index) => {
    rec.at(fromMs + index * stepMs, [...others, [key, speaker, words.slice(0, index + 1).join(" ")]])
  })
  return fromMs + words.length * stepMs
}
