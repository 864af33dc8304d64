/**
 * Overlap stitching for caption windows. Meet drops the start of a long monologue from the live
 * block and Zoom's subtitle overlay is a rolling window of the last words, so each snapshot is a
 * window onto a longer text. Matching the new window against the text gathered so far (on
 * normalised words, so case and punctuation revisions still match) tells whether the window was
 * revised in place, scrolled on, or shows something unrelated.
 */
import type { Token } from "./tokens"

export type StitchKind = "in-place" | "scrolled" | "unrelated"

/** The stitched text is `full[0..start)` followed by `next[skip..]`. */
export interface StitchResult {
  kind: StitchKind
  start: number
  skip: number
}

/** The last few words of a window are often revised at the same time as it scrolls. */
const TAIL_TOLERANCE = 3
/** A rolling window keeps most of its words, so two matching words are enough evidence. */
const MIN_OVERLAP_ROLLING = 2
/** A block rewritten in place needs stronger evidence before we believe it scrolled. */
const MIN_OVERLAP_WINDOWED = 3
/** Meet only windows long monologues; a short block is revised, never scrolled. */
const MIN_WINDOW_TOKENS = 6
/** How far back a shrinking revision can re-reveal words that had scrolled out. */
const REREVEAL_RANGE = 20
/** The first words of a window can be revised, or cut mid-word by the overlay. */
const MAX_REVISED_LEAD = 2

function leadingRun(full: readonly Token[], i: number, next: readonly Token[], j: number): number {
  let run = 0
  while (i + run < full.length && j + run < next.length && full[i + run]?.norm === next[j + run]?.norm) run++
  return run
}

function reachesEnd(full: readonly Token[], i: number, run: number): boolean {
  return i + run >= full.length - TAIL_TOLERANCE
}

function stitchSettled(
  full: readonly Token[],
  windowStart: number,
  next: readonly Token[],
  rolling: boolean,
  from: number,
): StitchResult {
  const windowLength = full.length - windowStart
  if (leadingRun(full, windowStart, next, 0) >= Math.min(windowLength, next.length)) {
    return { kind: "in-place", start: windowStart, skip: 0 }
  }
  for (let i = from; i < full.length; i++) {
    const run = leadingRun(full, i, next, 0)
    if (run >= MIN_OVERLAP_WINDOWED && i + run === full.length) return { kind: "scrolled", start: i, skip: 0 }
  }
  return { kind: "unrelated", start: rolling ? full.length : windowStart, skip: 0 }
}

function isCutMidWord(first: Token | undefined, previous: Token | undefined): boolean {
  return !!first && !!previous && first.norm !== previous.norm && previous.norm.endsWith(first.norm)
}

function sharesMostWords(window: readonly Token[], next: readonly Token[]): boolean {
  const words = new Set(window.map((token) => token.norm))
  const shared = next.filter((token) => words.has(token.norm)).length
  return shared * 2 >= Math.min(window.length, next.length) && shared > 0
}

/**
 * @param full the text gathered so far for one caption block
 * @param windowStart where the block's previous window began inside `full`
 * @param next the block's current text
 * @param rolling true for overlays that always show only the last words (Zoom)
 * @param strict the block's words are settled (someone else spoke since it last changed): only a
 *   window that keeps every old word counts as a continuation, so a new turn that happens to start
 *   with words from the old one ("before we …") is not glued onto it
 * @param floor words before this index belong to finished utterances: never re-aligned
 */
export function stitchWindow(
  full: readonly Token[],
  windowStart: number,
  next: readonly Token[],
  rolling: boolean,
  strict = false,
  floor = 0,
): StitchResult {
  if (full.length === 0 || next.length === 0) return { kind: "in-place", start: windowStart, skip: 0 }
  const from = Math.max(floor, windowStart - REREVEAL_RANGE)
  if (strict) return stitchSettled(full, windowStart, next, rolling, from)
  const minRun = rolling ? MIN_OVERLAP_ROLLING : MIN_OVERLAP_WINDOWED
  const mayScroll = rolling || full.length - windowStart >= MIN_WINDOW_TOKENS

  const inPlaceRun = leadingRun(full, windowStart, next, 0)
  let best: { start: number; run: number } | null = null
  for (let i = from; i < full.length; i++) {
    if (i === windowStart || (i > windowStart && !mayScroll)) continue
    const run = leadingRun(full, i, next, 0)
    if (run < minRun || !reachesEnd(full, i, run)) continue
    const closer = best && Math.abs(i - windowStart) < Math.abs(best.start - windowStart)
    if (!best || run > best.run || (run === best.run && closer)) best = { start: i, run }
  }
  if (inPlaceRun >= 1 && (!best || inPlaceRun >= best.run))
    return { kind: "in-place", start: windowStart, skip: 0 }
  if (best) return { kind: "scrolled", start: best.start, skip: 0 }

  // The window's first words were revised ("gonna" → "going to") or cut mid-word ("ompany").
  for (let lead = 1; lead <= MAX_REVISED_LEAD && lead < next.length; lead++) {
    for (let i = from; i < full.length; i++) {
      const run = leadingRun(full, i, next, lead)
      if (run < 1 || !reachesEnd(full, i, run)) continue
      if (lead === 1 && isCutMidWord(next[0], full[i - 1])) {
        return { kind: i === windowStart ? "in-place" : "scrolled", start: i, skip: 1 }
      }
      const start = Math.max(from, i - lead)
      if (run < 2 || (start > windowStart && !mayScroll)) continue
      return { kind: start === windowStart ? "in-place" : "scrolled", start, skip: 0 }
    }
  }
  // A short block rewritten by the recogniser ("we are planning" → "We're planning") still
  // shares most of its words with what it was.
  if (!rolling && sharesMostWords(full.slice(windowStart), next)) {
    return { kind: "in-place", start: windowStart, skip: 0 }
  }
  return { kind: "unrelated", start: rolling ? full.length : windowStart, skip: 0 }
}
